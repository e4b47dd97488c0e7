import { describe, expect, it } from 'vitest';
import { questionsOf } from './test-helpers';

/** Every front or prompt the definition kind makes of a sentence. */
const asked = (text: string) => questionsOf(text, 'definition').map((q) => (q.type === 'flashcard' ? `${q.prompt} → ${q.back}` : q.prompt));

describe('a gloss that is the tail or the attribution of its sentence defines nothing', () => {
	const rows: [string, RegExp][] = [
		['The design copies the Orlan landers, both of which later failed on the surface.', /both of which/i],
		['The fund paid the Tarn crofters, some of whom still farm the valley.', /some of whom/i],
		['Fares rose for 40,000 season holders, the Orlan Water Board confirmed on Thursday.', /confirmed/i],
		['Rents will rise for most tenants, the housing trust said.', /trust said/i],
		['Fees rose for 2.1 million card holders, the Tarn Rail Authority said on Friday.', /said on Friday/i],
		['Savings were lost by 900 depositors, the bank’s chief executive announced last week.', /announced/i],
		['Ferry crossings fell by a third, the island operator reported yesterday.', /reported/i]
	];
	it.each(rows)('%s', (text, tail) => {
		expect(asked(text).filter((q) => tail.test(q))).toEqual([]);
	});

	it('keeps an appositive that says what the term is', () => {
		expect(asked('Curcumin, the active ingredient in turmeric, is poorly absorbed.')).toContain(
			'What does the article call the active ingredient in turmeric?'
		);
	});
});
