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

	it('rejects a total whose parts the prompt lists, and only the whole of them', () => {
		const seats = blank('The Harbour Party took 19 of the ____ seats, the Greens 17, the Liberals 6 and independents 3.', '45');
		expect(derivableBlank(seats)).toMatch(/compute/);
		const kinds = blank('Volunteers counted ____ birds: 120 gulls, 64 terns and 31 plovers.', '215');
		expect(derivableBlank(kinds)).toMatch(/compute/);
		const medals: Question = { ...blank('', ''), type: 'numeric', prompt: 'How many medals did the team win, with 4 gold, 7 silver and 9 bronze?', answer: 20 };
		expect(derivableBlank(medals)).toMatch(/compute/);
		// Parts that fall short of the total, or three figures among four that happen to add to it, give nothing away.
		expect(derivableBlank(blank('Volunteers counted ____ birds, among them 120 gulls, 64 terns and 31 plovers.', '260'))).toBeNull();
		expect(derivableBlank(blank('Of the ____ runners, 12 came from Ayr, 30 from Troon, 40 from Irvine and 9 from Largs.', '51'))).toBeNull();
		expect(derivableBlank(blank('The ____ pupils sat 3 papers over 2 days in 4 rooms.', '50'))).toBeNull();
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

	it('rejects a share two other figures of its sentence give, to the rounding it is written with', () => {
		const mcq = (prompt: string, key: string): Question => ({ ...blank(prompt, key), type: 'mcq', choices: ['61.5%', key, '70.4%', '77.8%'], answer: 1 });
		// 24 of 31 is 77.4 per cent; 9.10 over 7.00 is 30 per cent more.
		expect(derivableBlank(blank('The Otters landed 24 of their 31 penalty attempts, ____, the best rate in the league.', '77.4 per cent'))).toMatch(
			/two other figures/
		);
		expect(derivableBlank(mcq('The offer of £9.10 a share is a premium of ____ on the last price of £7.00.', '30%'))).toMatch(/two other figures/);
		// Written to a tenth, 77 per cent is no closer than half a point; figures of another sentence do not count.
		expect(derivableBlank(blank('The Otters landed 24 of their 31 penalty attempts, ____ of them in the second half.', '42 per cent'))).toBeNull();
		expect(derivableBlank(blank('The Otters landed 24 of their 31 attempts. Their keeper saved ____ of the shots she faced.', '77.4 per cent'))).toBeNull();
		expect(derivableBlank(blank('Turnout reached 24 polling stations and ____ of voters, up from 31.', '77.6 per cent'))).toBeNull();
	});

	it('is a check every question must pass', () => {
		expect(checkQuestion(blank('The survey ran from ____ to 2023 in the valley.', '2013')).some((r) => r.includes('worked out'))).toBe(true);
	});
});
