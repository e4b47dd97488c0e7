import { describe, expect, it } from 'vitest';
import { extractFacts } from './facts';
import { buildCandidates, type Candidate } from './questions';
import { splitSentences } from './sentences';
import { sideDetail, surnameMentions } from './side-details';

/** Every candidate of a text, with the side detail it asks (if any). */
function judged(text: string): { c: Candidate; side: string | null; weight: string | null }[] {
	const sentences = splitSentences(text);
	const facts = extractFacts(sentences, { year: 2024, month: 5, day: 1 });
	const lead = sentences.find((s) => !s.heading)?.text;
	const view = { text, mentions: surnameMentions(facts, text), lead };
	return buildCandidates(facts, sentences, text).map((c) => {
		const d = sideDetail(c, view);
		return { c, side: d?.name ?? null, weight: d?.weight ?? null };
	});
}

const answersOf = (text: string, weight: string | null) =>
	new Set(
		judged(text)
			.filter((j) => j.weight === weight)
			.map((j) => j.c.fact.answer)
	);

describe('side details', () => {
	it('calls a count right after a verb of method minor, but not a count further on in the sentence', () => {
		const side = (text: string, answer: string) => judged(text).find((j) => j.c.fact.answer === answer && j.c.form !== 'statement')?.side;
		expect(side('The researchers surveyed 2,400 households in the valley last year.', '2,400')).toBe('a count of how the study was done');
		expect(side('The new aquarium became the most visited attraction in the region, drawing 96,000 guests in its first month.', '96,000')).not.toBe(
			'a count of how the study was done'
		);
	});

	it('calls the journal a study appeared in trivial', () => {
		expect(answersOf('The survey was published in the journal Nature Climate Change last week.', 'trivial').has('Nature Climate Change')).toBe(true);
	});

	it('calls the exact day of a date trivial, but not its year', () => {
		const text = 'The dam at Lake Orrin burst on March 14, 2021, flooding the valley. It was rebuilt in 2023 by the water board of Mira.';
		expect(answersOf(text, 'trivial').has('March 14, 2021')).toBe(true);
		expect(answersOf(text, 'trivial').has('2023')).toBe(false);
	});

	it('calls the year a record goes back to trivial', () => {
		const text = 'A crowd of 23,500 watched the final at the Riverside Oval, the largest for a league final since 2009.';
		expect(answersOf(text, 'trivial').has('2009')).toBe(true);
	});

	it('calls a number inside someone’s words trivial', () => {
		const text = '“The flood destroyed 40 homes in the lower valley,” the regional governor Ana Ruiz told reporters in Mira.';
		expect(answersOf(text, 'trivial').has('40')).toBe(true);
	});

	it('calls the comparison figure trivial and keeps the main one', () => {
		const text = 'Coral cover in the reserves rose to 27 percent, compared with 18 percent on the fished reefs of the bay.';
		expect(answersOf(text, 'trivial').has('18 percent')).toBe(true);
		expect(answersOf(text, 'trivial').has('27 percent')).toBe(false);
	});

	it('calls the starting point of a change trivial', () => {
		const text = 'The price of rye bread in the town rose from 6 cents to 19 cents within two months.';
		const trivial = answersOf(text, 'trivial');
		expect([...trivial].some((a) => a.startsWith('6'))).toBe(true);
		expect([...trivial].some((a) => a.startsWith('19'))).toBe(false);
	});

	it('calls where a quoted expert works trivial', () => {
		const text = 'The hydrologist Maria Solis of the University of Cuzco led the survey of the valley records.';
		expect(answersOf(text, 'trivial').has('University of Cuzco')).toBe(true);
	});

	it('calls a measurement outside the lead trivial, and minor in the lead', () => {
		const lead = 'The farmers of the valley dug a new channel 400 metres long to carry the floods away from the orchards.';
		const text = `${lead} Its banks stand 3 metres high along the road to the mill.`;
		expect(answersOf(text, 'trivial').has('3')).toBe(true);
		expect(answersOf(text, 'minor').has('400')).toBe(true);
	});

	it('keeps "pounds" of money a minor detail, never a trivial one', () => {
		const text = 'The council agreed a plan on Monday. Councils spend about 700 million pounds a year clearing litter from streets.';
		const blanks = judged(text).filter((j) => j.c.fact.answer === '700 million' && j.c.form !== 'statement');
		expect(blanks.length).toBeGreaterThan(0);
		expect(blanks.every((j) => j.weight === 'minor')).toBe(true);
	});

	it('makes a true/false statement on a minor detail trivial', () => {
		const lead = 'The farmers of the valley dug a new channel 400 metres long to carry the floods away from the orchards.';
		const statements = judged(lead).filter((j) => j.c.fact.answer === '400' && j.c.form === 'statement');
		expect(statements.length).toBeGreaterThan(0);
		expect(statements.every((j) => j.weight === 'trivial')).toBe(true);
	});

	it('keeps a measurement the sentence names as what a thing can do', () => {
		const text = 'The new patrol drone of the coast guard has a range of 900 kilometres, enough to reach the outer islands.';
		expect(answersOf(text, 'minor').has('900')).toBe(false);
	});
});

describe('how often the article names a person', () => {
	/** Each person's mentions in a text. */
	const counted = (text: string) => surnameMentions(extractFacts(splitSentences(text), null), text);

	it.each([
		// A surname ending in a letter "\b" does not read as one.
		['Top seed Anja Kovačević lost the final. Kovačević served well. Kovačević then faded, and Kovačević said her foot hurt.', 'Anja Kovačević', 4],
		['Coach Marko Ivanović praised the side. Ivanović later left, and Ivanović was replaced.', 'Marko Ivanović', 3],
		// A story names its heroine by her given name.
		['The narrator, Agnes Pell, works at the customs house. Agnes notices the ledgers. Agnes tells nobody. Later Agnes confronts the clerk.', 'Agnes Pell', 4],
		// An honorific is no given name.
		['Mr Pearce objected to the plan. Residents said Mr and Mrs Tull agreed, and Mr and Mrs Hale wrote to the council.', 'Mr Pearce', 1],
		// A given name two people share counts for neither.
		['The historian Ruth Abara, the engineer Ruth Okafor and the mayor spoke. Ruth said the dam was safe. Okafor agreed.', 'Ruth Abara', 1]
	])('%s', (text, name, n) => {
		expect(counted(text).get(name)).toBe(n);
	});
});

describe('one end of a period', () => {
	const rule = (text: string, answer: string) =>
		judged(`The Orrin Valley trial of night buses ended on Friday. ${text}`)
			.filter((j) => j.c.fact.answer === answer && j.c.form !== 'statement')
			.map((j) => j.side);
	it.each([
		['Between May 2019 and September 2022, the council surveyed 4,000 riders.', 'May 2019', true],
		['Between May 2019 and September 2022, the council surveyed 4,000 riders.', 'September 2022', true],
		['The buses ran from 2018 to 2023 on four routes.', '2018', true],
		['The buses ran from March 2018 until June 2023 on four routes.', 'June 2023', true],
		['The council bought the first night bus in 2018 and sold it in 2023.', '2018', false],
		['In 2018 the council moved the depot from Mill Lane to Harbour Road.', '2018', false]
	])('%s → %s: %s', (sentence, answer, struck) => {
		const sides = rule(sentence, answer);
		expect(sides.length).toBeGreaterThan(0);
		expect(sides.every((s) => s === 'one end of a period')).toBe(struck);
	});

	it('leaves a true/false statement on the whole span', () => {
		const statements = judged('The trial ended. Between May 2019 and September 2022, the council surveyed 4,000 riders.').filter(
			(j) => j.c.form === 'statement' && j.c.fact.kind === 'date'
		);
		expect(statements.some((j) => j.side === 'one end of a period')).toBe(false);
	});
});
