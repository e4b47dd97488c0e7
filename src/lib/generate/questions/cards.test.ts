import { describe, expect, it } from 'vitest';
import { extractFacts, type FactOf } from '../facts';
import { splitSentences } from '../sentences';
import { cardQuestions } from './cards';

const cardsOf = (text: string, name: string) => {
	const sentences = splitSentences(text);
	const facts = extractFacts(sentences, null);
	const fact = facts.find((f): f is FactOf<'person'> => f.kind === 'person' && f.key === name && f.text === name);
	if (!fact) throw new Error(`no person ${name}`);
	return cardQuestions(fact, sentences[fact.sentence], facts).map((c) => (c.question.type === 'flashcard' ? c.question.back : ''));
};

describe('person flashcards', () => {
	it('gives no card for a nationality and a title alone', () => {
		expect(cardsOf('The Spanish player Lucía Herrera lost in the semi-final.\nHerrera said she was tired.', 'Lucía Herrera')).toEqual([]);
	});

	it('takes what the person did, not where they grew up, beside a bare title', () => {
		const backs = cardsOf('Brazilian artist Marina Costa, who grew up in Belém, wove the largest work in the show. Costa said it took a year.', 'Marina Costa');
		expect(backs.length).toBeGreaterThan(0);
		for (const back of backs) expect(back).not.toMatch(/grew up/);
	});

	it('keeps a role that names its team', () => {
		expect(cardsOf('Sparta goalkeeper Mateusz Kral blocked a late shot.', 'Mateusz Kral')).toEqual(['Sparta goalkeeper']);
	});

	it('gives an apposed title with the "who" clause after it, not the bare title', () => {
		const text = 'Odile Varga, the marine biologist who mapped the kelp forests of the Brask coast, retired on Friday. Varga said she would keep diving.';
		expect(cardsOf(text, 'Odile Varga')).toEqual(['The marine biologist who mapped the kelp forests of the Brask coast']);
	});

	it('gives what a person with no title did in the sentence that names them', () => {
		const text = 'Teodor Blanc won the regional chess championship in Lisle on Sunday. Blanc said the last game was the hardest.';
		expect(cardsOf(text, 'Teodor Blanc')).toEqual(['Won the regional chess championship in Lisle on Sunday']);
	});

	it('gives no card for a person with no title whose sentence tells only where they were born', () => {
		const text = 'Teodor Blanc was born in Lisle in 1990. Blanc said the town had no chess club.';
		expect(cardsOf(text, 'Teodor Blanc')).toEqual([]);
	});
});

describe('a "who" clause with quotation marks on a person’s card', () => {
	const rows: [string, string, RegExp][] = [
		['Analyst Mia Torres, who rates the stock “buy”, said the results were strong. Torres expects more.', 'Mia Torres', /who rates the stock “buy”$/],
		[
			'Historian Ola Berg, who called the treaty “a quiet triumph,” spoke at the launch. Berg wrote two books.',
			'Ola Berg',
			/who called the treaty “a quiet triumph”$/
		],
		[
			'Economist Petra Lind, who described the budget as “tight” after the vote, resigned. Lind will teach.',
			'Petra Lind',
			/who described the budget as “tight” after the vote$/
		],
		['Economist Lars Vik, who calls the plan "reckless", spoke on Monday. Vik has advised two governments.', 'Lars Vik', /who calls the plan "reckless"$/],
		// Near misses: no quotation at all; a quotation after the clause's end.
		[
			'Engineer Hákon Bjarnason, who designed the drill at the institute, said the hole refroze. Bjarnason was tired.',
			'Hákon Bjarnason',
			/who designed the drill at the institute$/
		],
		['Striker Ana Ruiz, who scored twice, said “we deserved it” after the game. Ruiz is 19.', 'Ana Ruiz', /who scored twice$/]
	];
	for (const [text, name, back] of rows) it(`gives ${name} the whole clause`, () => expect(cardsOf(text, name)[0]).toMatch(back));

	it('never stops a clause before a long quotation it opens', () => {
		const backs = cardsOf('Analyst Nadia Ferro, who called the plan “a reckless gamble with public money”, left the bank. Ferro now teaches.', 'Nadia Ferro');
		for (const back of backs) expect(back).not.toMatch(/who called the plan$/);
	});
});

describe('a card from a later mention by surname that gives the role', () => {
	/** The cards of the surname mention in the last sentence, with the full name on the front. */
	const surnameCards = (text: string, surname: string) => {
		const sentences = splitSentences(text);
		const facts = extractFacts(sentences, null);
		const fact = facts.findLast((f): f is FactOf<'person'> => f.kind === 'person' && f.text === surname);
		if (!fact) throw new Error(`no mention ${surname}`);
		return cardQuestions(fact, sentences[fact.sentence], facts).map((c) =>
			c.question.type === 'flashcard' ? `${c.question.prompt} → ${c.question.back}` : ''
		);
	};
	const rows: [string, string, string[]][] = [
		[
			'The pump was designed by engineer Greta Solheim. In tests, Solheim, a hydraulic engineer at the Vestby works, found the seals held.',
			'Solheim',
			['Greta Solheim → A hydraulic engineer at the Vestby works']
		],
		['“We paid on time,” said Tariq Benn. On Monday, Benn, the mayor of Tidemouth, paid the first rent.', 'Benn', ['Tariq Benn → The mayor of Tidemouth']],
		[
			'A late goal from striker Luca Moretti settled it. After the whistle, Moretti, the Italian winger who joined from Parma in May, ran to the fans.',
			'Moretti',
			['Luca Moretti → The Italian winger who joined from Parma in May']
		],
		[
			'The report was written by Dr. Ines Kara over two winters. As Kara, a historian of the Baltic grain trade, puts it, the ledgers lie.',
			'Kara',
			['Ines Kara → A historian of the Baltic grain trade']
		],
		// Near misses: a surname with no apposition, and one whose apposition is no role.
		['“It was cold,” said Olga Petrov. Later, Petrov said the crowd was small.', 'Petrov', []],
		['“It was far,” said Jonas Weir. In June, Weir, tired and cold, reached the island.', 'Weir', []]
	];
	for (const [text, surname, cards] of rows) it(`reads ${surname}`, () => expect(surnameCards(text, surname)).toEqual(cards));
});

describe('a "who" clause on a person’s card is read to its end', () => {
	// Each row: a text, the person, and the back of their first card.
	const rows: [string, string, string][] = [
		[
			'Councillor Dana Holt, who said the bridge, built in 1890, was no longer safe, called for a vote. Holt chairs the works committee.',
			'Dana Holt',
			'Councillor who said the bridge, built in 1890, was no longer safe'
		],
		[
			'Farmer Ruth Kell, who grew wheat, barley and oats on the high field, sold the land in May. Kell now keeps bees.',
			'Ruth Kell',
			'Farmer who grew wheat, barley and oats on the high field'
		],
		// Near miss: the clause ends at its comma.
		['Coach Lena Moe, who built the rowing team, left the club in June. Moe joined in 2015.', 'Lena Moe', 'Coach who built the rowing team']
	];
	for (const [text, name, back] of rows) it(`gives ${name} the whole clause`, () => expect(cardsOf(text, name)[0]).toBe(back));
});
