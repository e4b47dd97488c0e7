import { describe, expect, it } from 'vitest';
import { factsOf, questionsOf } from './test-helpers';

/** The speaker each quote of a text is given. */
const speakers = (text: string) => factsOf(text, 'quote').map((f) => f.speaker);

describe('a quote attributed by "he" or "she"', () => {
	// Each row: a text, and the speaker its last quote must be given (undefined: no speaker can be told).
	const table: [string, string | undefined][] = [
		// The pronoun fits only the first person named: the one named last is a man.
		[
			'Harbour City coach Priya Natarajan said the decision to bring the spinner Daniel Osei back into the side was made on Saturday. "Dry pitches turn in the afternoon," she said.',
			'Priya Natarajan'
		],
		// Two women named in the sentence before: either could have said it.
		[
			'The Spanish player Maria Rivas beat the Nigerian player Ana Okoro in three sets on Sunday at the Coastal Open. "I felt calm all week long here," she said.',
			undefined
		],
		// Two men: the same.
		['The mayor, Tomas Ekwall, thanked councillor Daniel Brandt after the vote at the council meeting on Monday. "It was the right call," he said.', undefined],
		// A man and a woman: "he" can mean only the man, wherever he stands.
		[
			'Dr. Helen Marsh, who led the trial, praised the nurse Peter Vance for his work on the ward. "Nobody on the ward worked harder than him," he said.',
			'Peter Vance'
		],
		// One person named: that person, whatever the tagger knows of the name.
		['Oyelaran Tesk, an analyst at Brightwater Partners, said the deal was overdue. "It should have happened two years ago," she said.', 'Oyelaran Tesk'],
		// The sentence before names no one the pronoun fits: the one before it does.
		[
			'Chief executive Ingrid Solbakken spoke to staff at the depot on Tuesday. Profits rose after Mr. Brandt Halvorsen sold the oldest ship. "We are a leaner company now than we were," she said.',
			'Ingrid Solbakken'
		],
		// A title tells the gender: "Mrs." a woman, "Mr." a man.
		['Mrs. Agnes Dorrit met Mr. Colm Darragh at the school gates on the first morning of term. "The roof must be fixed first," she said.', 'Agnes Dorrit'],
		// The article's own pronouns tell the gender of a name the tagger does not know.
		[
			'The novelist Kelo Amadi wrote her first book at nineteen. Amadi later moved to Lagos. Amadi met the publisher Tunde Okoye at a book fair in 2019. "Publishing is slow, and it should be slow," she said.',
			'Kelo Amadi'
		]
	];
	it.each(table)('%s', (text, speaker) => {
		expect(speakers(text).at(-1)).toBe(speaker);
	});
});

describe('"Who said …?" offers the other speakers first', () => {
	// Four people speak and three more are named with a role: the choices are the speakers.
	const text = [
		'"We were patient all the way down the course," said Ian Morrow, the Kessing coach.',
		'Tessa Lowry, the Durnford captain, said the pace had been deliberate. "We wanted to break them early," Lowry said.',
		'"Nobody wanted a boat to hit a branch at full speed," said Alan Whitcombe, the regatta chair.',
		'"They listen, and they enjoy it," said Helen Farrant, the Milbury coach.',
		'The race was started by the umpire Gareth Pole, and the prizes were given by the mayor Ruth Okoye.',
		'The Kessing stroke, Jonah Reyes, 19, lifted the rate in the last 250 metres.'
	].join(' ');
	it('never offers a person who said nothing while enough speakers remain', () => {
		const said = questionsOf(text, 'quote').filter((q) => q.type === 'mcq' && q.prompt.startsWith('Who said'));
		expect(said.length).toBeGreaterThan(0);
		for (const q of said) if (q.type === 'mcq') expect([...q.choices].sort()).toEqual(['Alan Whitcombe', 'Helen Farrant', 'Ian Morrow', 'Tessa Lowry']);
	});
});

describe('"Who said …?" with one other person in the text', () => {
	const text = [
		'"The river is cleaner than it has been for forty years," said Morven Achterberg, who runs the hatchery.',
		'Her colleague Tobias Quayle counts the young fish each spring. "Some years there are none at all," Quayle said.'
	].join(' ');
	it('asks the speaker typed, and takes the surname', () => {
		const said = questionsOf(text, 'quote').filter((q) => q.prompt.startsWith('Who said'));
		const first = said.find((q) => q.prompt.includes('cleaner'));
		expect(first?.type).toBe('short_answer');
		expect(first?.type === 'short_answer' && [first.answer, first.accept]).toEqual(['Morven Achterberg', ['Achterberg']]);
		expect(said.some((q) => q.prompt.includes('none at all') && q.type === 'short_answer')).toBe(true);
	});

	it('asks nothing when the speaker is the only person named', () => {
		const alone = '"The river is cleaner than it has been for forty years," said Morven Achterberg, who runs the hatchery on the upper reach.';
		expect(questionsOf(alone, 'quote').filter((q) => q.prompt.startsWith('Who said'))).toEqual([]);
	});
});

describe('a quote its attribution interrupts', () => {
	// Each row: a text, and the text its quote must be given.
	const table: [string, string][] = [
		[
			'Ilse Varga, who keeps the ferry log, has made the crossing for thirty years. "The river rose twice in a week," Varga said, "and nobody had seen that before."',
			'The river rose twice in a week … and nobody had seen that before.'
		],
		// A first half too short to be a quote of its own still opens the whole.
		[
			'Ilse Varga, who keeps the ferry log, came back. "This boat," says Varga, "is the only reason the village still has a school."',
			'This boat … is the only reason the village still has a school.'
		],
		// Near misses: a second quote that opens a new thought in capitals, or an attribution that ends the sentence.
		[
			'Ilse Varga, who keeps the ferry log, came back. "The river rose twice in a week," Varga said, "Nobody had seen that before."',
			'The river rose twice in a week,'
		],
		['Ilse Varga, who keeps the ferry log, came back. "The river rose twice in a single week," Varga said.', 'The river rose twice in a single week,']
	];
	it.each(table)('%s', (text, quote) => {
		expect(factsOf(text, 'quote')[0]?.text).toBe(quote);
	});

	it('asks who said the whole of it, without a full stop inside the quotation marks', () => {
		const text = `Ilse Varga, who keeps the ferry log, has made the crossing for thirty years. Her deputy Tom Brandt agreed. ${table[0][0].split('years. ')[1]}`;
		const said = questionsOf(text, 'quote').find((q) => q.prompt.startsWith('Who said'));
		expect(said?.prompt).toBe('Who said: “The river rose twice in a week … and nobody had seen that before”?');
	});
});

describe('"Who said …?" on a quote whose speaker was named a sentence or two before', () => {
	const named = 'Dr Ilse Varga ran the ferry company for thirty years. Her diary of the flood survives in the museum.';
	const quote = '"The river rose twice in a single week and nobody had seen that before," she wrote.';
	const others = 'The harbourmaster Tom Brandt and the mayor Ruth Okoye signed the report.';
	const said = (text: string) => questionsOf(text, 'quote').find((q) => q.prompt.startsWith('Who said'));
	it('asks it, with a source that runs from the name to the quote', () => {
		const q = said(`${others}\n\n${named}\n\n${quote}`);
		expect(q?.prompt).toBe('Who said: “The river rose twice in a single week and nobody had seen that before”?');
		expect(q?.source?.quote.startsWith('Dr Ilse Varga ran the ferry')).toBe(true);
		expect(q?.source?.quote.endsWith('she wrote.')).toBe(true);
	});

	it('asks nothing when the name is further back', () => {
		const far = `${others}\n\n${named} The diary runs to four volumes.\n\n${quote}`;
		expect(factsOf(far, 'quote')[0]?.speaker).toBe('Ilse Varga');
		expect(said(far)).toBeUndefined();
	});
});
