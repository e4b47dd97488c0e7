import { describe, expect, it } from 'vitest';
import { dateDistractors } from './date-distractors';
import { extractFacts, type FactOf } from './facts';
import { splitSentences } from './sentences';

const factsOf = (text: string) => extractFacts(splitSentences(text), { year: 2024, month: 5, day: 2 });
const date = (facts: ReturnType<typeof factsOf>, answer: string): FactOf<'date'> => {
	const f = facts.find((x): x is FactOf<'date'> => x.kind === 'date' && x.answer === answer);
	if (!f) throw new Error(`no date ${answer}`);
	return f;
};

describe('dateDistractors', () => {
	it('never dates a sequel before the event it follows', () => {
		const text =
			'The dam at Holmfirth burst in February 1872, drowning 81 people. The mill owners had been warned in 1868. An inquest into the deaths opened in March 1873 and lasted six weeks.';
		const facts = extractFacts(splitSentences(text), null);
		for (const seed of ['a', 'b', 'c', 'd']) {
			const d = dateDistractors(date(facts, 'March 1873'), facts, seed, 3, splitSentences(text)[2].text);
			expect(d).toHaveLength(3);
			for (const x of d) expect(Number(x.slice(-4))).toBeGreaterThanOrEqual(1872);
			expect(d).not.toContain('February 1872');
		}
	});

	it('changes the month of a day-and-month date, never the day alone', () => {
		const facts = factsOf('The canal froze on December 19, 1846. Barges came back on March 8, 1847.');
		const d = dateDistractors(date(facts, 'December 19, 1846'), facts, 'seed');
		expect(d).toHaveLength(3);
		for (const x of d) expect(x.startsWith('December')).toBe(false);
	});

	it('gives a weekday that fits the new date', () => {
		const facts = factsOf('The quake hit on Sunday, March 3, 2024, at night.');
		for (const x of dateDistractors(date(facts, 'Sunday, March 3, 2024'), facts, 's')) {
			const d = new Date(`${x.replace(/^\w+, /, '')} UTC`);
			expect(x.split(',')[0]).toBe(d.toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' }));
		}
	});

	it('keeps a year on its side of the other years of its sentence', () => {
		const facts = factsOf('Northfield, the champions in 2021 and 2022, lost the final.');
		for (const x of dateDistractors(date(facts, '2021'), facts, 'a', 3, 'Northfield, the champions in ____ and 2022, lost the final.'))
			expect(Number(x)).toBeLessThan(2022);
	});

	it('puts no past event after the latest year the article gives, and no plan before the past', () => {
		const facts = factsOf('The firm was founded in 2002. Profit rose in 2023. The new factory is expected to open in 2025.');
		for (const x of dateDistractors(date(facts, '2023'), facts, 'b', 3, 'Profit rose in ____.')) expect(Number(x)).toBeLessThanOrEqual(2025);
		for (const x of dateDistractors(date(facts, '2025'), facts, 'c', 3, 'The new factory is expected to open in ____.'))
			expect(Number(x)).toBeGreaterThan(2023);
	});
});

describe('dateDistractors and the publication date', () => {
	it('does not always leave the answer highest when it is the latest year and the article has no date (one choice after it)', () => {
		const facts = factsOf('The mill opened in 1961. It was sold in 1988 and closed in 2001.');
		const all = ['a', 'b', 'c', 'd', 'e', 'f'].flatMap((seed) => dateDistractors(date(facts, '2001'), facts, seed, 3, 'The mill closed in ____.').map(Number));
		expect(all.some((x) => x > 2001)).toBe(true);
		for (const x of all) expect(x).toBeLessThanOrEqual(2003);
		for (const seed of ['a', 'b', 'c', 'd'])
			expect(dateDistractors(date(facts, '2001'), facts, seed, 3, 'The mill closed in ____.').filter((x) => Number(x) > 2001)).toHaveLength(1);
	});

	it('lets a year run up to the year the article’s weekdays fall in', () => {
		const facts = factsOf('Equal prize money came in 2001. The final was played on Saturday.');
		const d = dateDistractors(date(facts, '2001'), facts, 'p', 3, 'Equal prize money came in ____.');
		expect(d.some((x) => Number(x) > 2001)).toBe(true);
		for (const x of d) expect(Number(x)).toBeLessThanOrEqual(2024);
	});
});

describe('dateDistractors keep the month written as the answer writes it', () => {
	it('writes a full month name in full and a short one short', () => {
		const facts = factsOf('The festival returns in July 2025. The shop opened in Dec. 2019.');
		const full = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
		const d = dateDistractors(date(facts, 'July 2025'), facts, 'm', 3);
		expect(d.length).toBeGreaterThan(0);
		for (const x of d) expect(full).toContain(x.split(' ')[0]);
	});
});
