import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences';
import { extractFacts } from '.';

/** The dates read from one sentence, as written. */
const datesOf = (text: string) =>
	extractFacts(splitSentences(text), { year: 2024, month: 6, day: 1 })
		.filter((f) => f.kind === 'date')
		.map((f) => f.text);

describe('a day and a month written day first', () => {
	it.each([
		['The survey logged 1,260 separate readings over the summer.', []],
		['Crews cleared 3.14 septic tanks a day on average.', []],
		['Each of the 40 marching bands played for 12 minutes.', []],
		['The ferry sailed on 14 March 2023 with 212 passengers.', ['14 March 2023']],
		['The vote was held on 3 Sept. after a long debate.', ['3 Sept.']],
		['The mill reopened on 21st October, two weeks late.', ['21st October']]
	])('%s', (text, dates) => {
		expect(datesOf(text)).toEqual(dates);
	});
});
