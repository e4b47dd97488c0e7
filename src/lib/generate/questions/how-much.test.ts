import { describe, expect, it } from 'vitest';
import { extractFacts } from '../facts';
import { splitSentences } from '../sentences';
import { buildCandidates } from '.';

/** The real (wh) prompts of the quantity questions made from one text. */
const asked = (text: string) => {
	const sentences = splitSentences(text);
	const candidates = buildCandidates(extractFacts(sentences, { year: 2024, month: 9, day: 14 }), sentences, text);
	return [...new Set(candidates.filter((c) => c.fact.kind === 'quantity' && c.form === 'wh').map((c) => c.question.prompt))];
};

describe('a sum of money asked "How much …?"', () => {
	it.each([
		['The city council of Lisbon contributed €500,000.', 'How much did the city council of Lisbon contribute?'],
		['The charity raised £2.3 million for the new wing.', 'How much did the charity raise for the new wing?'],
		['The ministry will spend $2 billion on new schools.', 'How much will the ministry spend on new schools?'],
		['The Harwick trust paid £4,000 for skips and gloves.', 'How much did the Harwick trust pay for skips and gloves?'],
		['In 2021, the club spent about €12 million on its stadium.', 'In 2021, about how much did the club spend on its stadium?'],
		['Dr. Kamau said the ward needed $200,000.', 'According to Dr. Kamau, how much did the ward need?'],
		['The closure would save $18 million a year.', 'How much would the closure save a year?'],
		['Last year, the foundation gave $3.5 million to local schools.', 'Last year, how much did the foundation give to local schools?'],
		// A sum named in a currency word after it is asked in that word.
		['In October, Veridia raised 48 million euros from a Dutch fund.', 'In October, how many euros did Veridia raise from a Dutch fund?']
	])('%s', (text, question) => {
		expect(asked(text)).toContain(question);
	});

	it.each([
		// A bound has no "how much"; a second verb joined by "and" would hang off the question.
		'The appeal raised more than $40,000 for the families.',
		'The new berth cost about $310 million and was paid for partly with a loan.',
		// The sum is not the verb's object.
		'Analysts valued the deal at $3 billion.',
		'Dr. Kamau, the health secretary, said the ward needed $200,000.',
		// A subject with a figure would print a second number beside the question's.
		'The €58 million cost includes €21 million from the national Green Infrastructure Fund.',
		// An aside with a figure would print a second number beside the question's.
		'Osei said the Reno closure, which affects about 340 jobs, would save roughly $18 million a year.'
	])('asks no "How much" of %s', (text) => {
		expect(asked(text).filter((q) => /how much/i.test(q))).toEqual([]);
	});
});

describe('a change asked "By what percentage …?"', () => {
	it.each([
		["Pellham's shares jumped 27% to $22.81 in Monday trading.", "By what percentage did Pellham's shares jump?"],
		['Maintenance spending fell by 18% between 2018 and 2023.', 'By what percentage did maintenance spending fall between 2018 and 2023?'],
		['Rainfall dropped by 40% across the region.', 'By what percentage did rainfall drop across the region?'],
		['The council raised parking charges by 12% last year.', 'By what percentage did the council raise parking charges last year?'],
		['Monthly visitor numbers climbed 35% in the summer.', 'By what percentage did monthly visitor numbers climb in the summer?'],
		['The shares have fallen about 9% this year.', 'By about what percentage have the shares fallen this year?']
	])('%s', (text, question) => {
		expect(asked(text)).toContain(question);
	});

	it.each([
		// A level reached, not a change: the verb is no verb of rising or falling.
		'The operating margin reached 12.4% in the third quarter.',
		'The council set the rate at 4.5% for the year.',
		// The span the change was measured over holds a figure, and the question would drop it.
		"Brightwater's shares have risen 9 per cent over the past twelve months.",
		// The change is inside a clause the subject reports.
		'Veridia estimates that its process could cut production costs by about 30%.',
		// A share of a group after "by" is who did it, not by how much.
		'The plan was backed by 62% of voters in the district.',
		// The change sits in an aside after a comma.
		'Revenue from Europe grew more slowly, by about 11%, as demand weakened.'
	])('asks no "By what percentage" of %s', (text) => {
		expect(asked(text).filter((q) => /by (?:about )?what percentage/i.test(q))).toEqual([]);
	});
});

describe('a share of a group asked "What percentage of …?"', () => {
	it.each([
		['Lund pointed out that 62% of participants were women.', 'According to Lund, what percentage of participants were women?'],
		['About 40% of the houses in the town were damaged.', 'About what percentage of the houses in the town were damaged?'],
		['Castellanos won 71% of the points at the net, a figure her coach praised.', 'What percentage of the points did Castellanos win at the net?'],
		[
			'The state currently recycles an estimated 38% of its beverage containers.',
			'About what percentage of its beverage containers does the state currently recycle?'
		],
		['Ebullition accounted for 84% of total emissions, far more than expected.', 'What percentage of total emissions did Ebullition account for?'],
		['Parrotfish make up about 20% of the catch in some villages.', 'About what percentage of the catch do Parrotfish make up in some villages?'],
		['Only 12 percent of the city’s buses run on electricity.', 'What percentage of the city’s buses run on electricity?'],
		['The mayor said the town had lost 5% of its jobs.', 'According to the mayor, what percentage of its jobs had the town lost?']
	])('%s', (text, question) => {
		expect(asked(text)).toContain(question);
	});

	it.each([
		// Another figure in the clause would be printed beside the question.
		'About 40% of confirmed cases are adults between the ages of 18 and 45.',
		// The share is inside a clause reported by a speaker whose aside may not have ended.
		'The mayor, who took office in May, said the town had lost 5% of its jobs.',
		// "with 60% of the ball": the share is no object of the verb.
		'Sparta finished the half with 60% of the ball.',
		// A bound has no "what percentage".
		'More than 70% of the seats were filled.',
		// A log line after a time and a dash has no subject to invert.
		'20:12 - Full service restored for 92 per cent of workspaces.'
	])('asks no "What percentage" of %s', (text) => {
		expect(asked(text).filter((q) => /what percentage/i.test(q))).toEqual([]);
	});
});

describe('the type of a number asked "How much …?"', () => {
	it('stays an mcq: only the prompt changes, and no typed question is added', () => {
		const text = 'The charity raised £2.3 million for the new wing. The appeal raised £1.1 million in 2019 and £900,000 in 2020.';
		const sentences = splitSentences(text);
		const candidates = buildCandidates(extractFacts(sentences, { year: 2024, month: 9, day: 14 }), sentences, text);
		const wh = candidates.filter((c) => c.fact.kind === 'quantity' && c.question.prompt === 'How much did the charity raise for the new wing?');
		expect(wh.map((c) => c.question.type)).toEqual(['mcq']);
	});
});
