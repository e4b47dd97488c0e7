import { describe, expect, it } from 'vitest';
import type { Question } from '../bank/schema';
import { checkQuestion } from './checks';
import { derivableBlank } from './derivable';

const source = { quote: 'x', start: 0, end: 1 };
const blank = (prompt: string, answer: string): Question => ({ id: 'q', type: 'cloze', prompt, answer, tags: [], source });

describe('blanks the prompt gives away', () => {
	it('rejects one end of a range or period, but keeps the new value of a change', () => {
		expect(derivableBlank(blank('The survey ran from ____ to 2023 in the valley.', '2013'))).toMatch(/range/);
		expect(derivableBlank(blank('Ticket prices ranged between ____ and 90 euros.', '40'))).toMatch(/range/);
		expect(derivableBlank(blank('The price of bread rose from 6 cents to ____ cents a loaf.', '19'))).toBeNull();
	});

	it('rejects one part of a compound duration', () => {
		expect(derivableBlank(blank('The final lasted ____ hours and 48 minutes.', 'two'))).toMatch(/compound/);
		expect(derivableBlank(blank('The final lasted two hours and ____ minutes.', '48'))).toBeNull();
		expect(derivableBlank(blank('She finished in 3 minutes 34.81 seconds, ____ seconds ahead of Morland.', '0.12'))).toBeNull();
		expect(derivableBlank(blank('He ran 10 miles, ____ miles more than planned.', '2'))).toBeNull();
	});

	it('rejects a number converted in brackets beside it', () => {
		expect(derivableBlank(blank('The drone has a range of ____ miles (1,000 km).', '620'))).toMatch(/conversion/);
	});

	it('rejects a number the other numbers of the prompt compute', () => {
		const q = blank('Harbour City made 311 and Northfield were all out for 225, so Harbour City won by ____ runs.', '86');
		expect(derivableBlank(q)).toMatch(/compute/);
		expect(derivableBlank(blank('Harbour City made 311 runs and won by ____ runs.', '86'))).toBeNull();
	});

	it('rejects an amount in millions the prompt’s amounts in millions compute', () => {
		expect(derivableBlank(blank('The €58 million cost includes €21 million from a state fund. The remaining ____ will be borrowed.', '€37 million'))).toMatch(
			/compute/
		);
		expect(derivableBlank(blank('The $410 million deal includes $95 million in shares and ____ in cash.', '$315 million'))).toMatch(/compute/);
		// Near misses: no other amounts, or amounts that do not compute to it.
		expect(derivableBlank(blank('The remaining ____ will be borrowed over 25 years.', '€37 million'))).toBeNull();
		expect(derivableBlank(blank('The €58 million cost includes €21 million from a state fund and ____ from the city.', '€12 million'))).toBeNull();
	});

	it('is a check every question must pass', () => {
		expect(checkQuestion(blank('The survey ran from ____ to 2023 in the valley.', '2013')).some((r) => r.includes('worked out'))).toBe(true);
	});
});
