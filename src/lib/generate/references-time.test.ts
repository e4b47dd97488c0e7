import { describe, expect, it } from 'vitest';
import { unresolvedReference } from './references';
import { publicationTime, stripWeekdays } from './references-time';

describe('weekdays that only say when', () => {
	it('strikes "on Tuesday" and an opening "On Sunday," from a prompt', () => {
		expect(stripWeekdays('The harbour board said on Tuesday that ____ berths would close.')).toBe('The harbour board said that ____ berths would close.');
		expect(stripWeekdays('On Sunday night, volunteers from Kellby rebuilt ____ huts.')).toBe('Volunteers from Kellby rebuilt ____ huts.');
		expect(stripWeekdays('Why did the mill announce on Friday afternoon that it would close?')).toBe('Why did the mill announce that it would close?');
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
