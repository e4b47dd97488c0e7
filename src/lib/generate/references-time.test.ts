import { describe, expect, it } from 'vitest';
import { unresolvedReference } from './references';
import { publicationTime, stripRecentTime, stripWeekdays } from './references-time';

describe('weekdays that only say when', () => {
	it('strikes "on Tuesday" and an opening "On Sunday," from a prompt', () => {
		expect(stripWeekdays('The harbour board said on Tuesday that ____ berths would close.')).toBe('The harbour board said that ____ berths would close.');
		expect(stripWeekdays('On Sunday night, volunteers from Kellby rebuilt ____ huts.')).toBe('Volunteers from Kellby rebuilt ____ huts.');
		expect(stripWeekdays('Why did the mill announce on Friday afternoon that it would close?')).toBe('Why did the mill announce that it would close?');
		expect(stripWeekdays('The council approved the budget late on Thursday night, after ____ hours of debate.')).toBe(
			'The council approved the budget, after ____ hours of debate.'
		);
		expect(stripWeekdays('Crews left early on Monday morning with ____ pumps.')).toBe('Crews left with ____ pumps.');
	});

	it('keeps a weekday the article dates, and one inside someone’s words', () => {
		expect(stripWeekdays('The storm hit on Sunday, March 3, at ____ p.m.')).toBe('The storm hit on Sunday, March 3, at ____ p.m.');
		expect(stripWeekdays('Who said: “We sail on Monday no matter what”?')).toBe('Who said: “We sail on Monday no matter what”?');
	});

	it('keeps the weekday of a statement the article does not say it of (a false statement that changed it)', () => {
		expect(stripWeekdays('The ferry left on Monday with ____ cars.', 'The ferry left on Tuesday with 40 cars.')).toBe(
			'The ferry left on Monday with ____ cars.'
		);
		expect(stripWeekdays('The ferry left on Tuesday with 40 cars.', 'The ferry left on Tuesday with 40 cars.')).toBe('The ferry left with 40 cars.');
	});
});

describe('time counted from the day of publication', () => {
	it('finds "last week", "seventy years ago this month" and an undated weekday', () => {
		expect(publicationTime('Seventy years ago this month, Orrin Dale opened a bakery.')).toBe('Seventy years ago');
		expect(publicationTime('The pier was closed last week after ____ storms.')).toBe('last week');
		expect(publicationTime('He had scored ____ goals before Saturday.')).toBe('before Saturday');
		expect(publicationTime('A year ago, the firm was worth ____ euros.')).toBe('A year ago');
		expect(publicationTime('The pier opened in ____ and closed in 1990.')).toBeNull();
		expect(publicationTime('Who said: “Last week we lost everything”?')).toBeNull();
	});

	it('makes the prompt fail the reference check', () => {
		expect(unresolvedReference('The pier was closed last week after ____ storms.')).toMatch(/day the article came out/);
		expect(unresolvedReference('The pier was closed in May after ____ storms.')).toBeNull();
	});
});

describe('stripRecentTime', () => {
	/** A prompt and what it reads with its recent week or month struck (itself when nothing is struck). */
	const TABLE: [string, string][] = [
		// Economics: when figures came out.
		['Figures published by the bureau last week showed that earnings grew ____.', 'Figures published by the bureau showed that earnings grew ____.'],
		// Politics: where and when someone spoke.
		['Speaking in Port Lenaro last week, ____ said the committee would wait.', 'Speaking in Port Lenaro, ____ said the committee would wait.'],
		// Local news: a vote.
		[
			'The scheme, approved by the council earlier this month by 27 votes to 8, will cost ____.',
			'The scheme, approved by the council by 27 votes to 8, will cost ____.'
		],
		// Books: an opening time phrase.
		['Last month, the novel was longlisted for the ____ Prize.', 'The novel was longlisted for the ____ Prize.'],
		// Science: when a finding was reported.
		['The drug cut ____ of attacks, researchers reported this week.', 'The drug cut ____ of attacks, researchers reported.'],
		// Culture: a coming event.
		['The museum will launch an appeal for the remaining ____ next month.', 'The museum will launch an appeal for the remaining ____.'],
		// Schools: an opening with no comma after it.
		['Last month the authority voted to let ____ schools follow.', 'The authority voted to let ____ schools follow.'],
		// History: an anniversary opening whose date follows at once.
		['Sixty years ago today, on 12 March 1964, ____ told the workers the mill would close.', 'On 12 March 1964, ____ told the workers the mill would close.'],
		[
			'One hundred and thirty years ago this week, on 2 February 1893, an engineer died at his home above the ____.',
			'On 2 February 1893, an engineer died at his home above the ____.'
		],
		['Seventy years ago this month, in November 1952, the ____ broke its banks.', 'In November 1952, the ____ broke its banks.'],
		// Near misses: the week a comparison counts from, a possessive, and words in a quote stay.
		['The appeal must close by next month, with ____ raised.', 'The appeal must close by next month, with ____ raised.'],
		['This week’s vote gave ____ seats to the party.', 'This week’s vote gave ____ seats to the party.'],
		// An anniversary with no date after it, or whose years are the blank, stays (and the question goes).
		['Seventy years ago this month, the ____ broke its banks.', 'Seventy years ago this month, the ____ broke its banks.'],
		[
			'One hundred and ____ years ago this week, on 2 February 1893, an engineer died.',
			'One hundred and ____ years ago this week, on 2 February 1893, an engineer died.'
		],
		['Prices have risen ____ since last week.', 'Prices have risen ____ since last week.'],
		['Sales were ____ higher than last month.', 'Sales were ____ higher than last month.'],
		['Last week’s storm closed ____ roads.', 'Last week’s storm closed ____ roads.'],
		['“We met last week,” said ____.', '“We met last week,” said ____.']
	];
	for (const [prompt, want] of TABLE) it(`reads "${prompt.slice(0, 40)}…"`, () => expect(stripRecentTime(prompt)).toBe(want));

	it('strikes from a statement only the words its article sentence says', () => {
		const sentence = 'Sixty years ago today, on 12 March 1964, the manager told the workers that the mill would close.';
		expect(stripRecentTime(sentence, sentence)).toBe('On 12 March 1964, the manager told the workers that the mill would close.');
		// A false statement that changed the years keeps them, so the check on them rejects it.
		const altered = 'Ninety years ago today, on 12 March 1964, the manager told the workers that the mill would close.';
		expect(stripRecentTime(altered, sentence)).toBe(altered);
		expect(stripRecentTime('Bread prices rose 3 per cent last week.', 'Bread prices rose 2 per cent last week.')).toBe('Bread prices rose 3 per cent.');
	});
});

describe('a recent week in a blank’s sentence', () => {
	it('is struck, so the question is asked', async () => {
		const { questionsOf } = await import('./kinds/test-helpers');
		const text = 'The Harlow council met on the budget. Figures published by the council last week showed that 4,300 households had applied for help.';
		const prompts = questionsOf(text, 'quantity').map((q) => q.prompt);
		expect(prompts).toContain('Figures published by the council showed that ____ households had applied for help.');
	});
});
