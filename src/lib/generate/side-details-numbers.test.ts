import { describe, expect, it } from 'vitest';
import { NUMBER_RULES, timelineLine } from './side-details-numbers';
import { acceptedBy } from './side-details-judged';

/** The answers one number rule, named, accepts in the article. */
function accepted(name: string, title: string, body: string): Set<string> {
	const rule = NUMBER_RULES.find((r) => r.name === name);
	if (!rule) throw new Error(`no rule ${name}`);
	return acceptedBy(rule, title, body);
}

describe('numbers that qualify the story’s figures', () => {
	const title = 'Harbour clinic doubles its screenings';
	const body = [
		'The harbour clinic screened 4,300 dock workers for hearing loss last year.',
		'Of those, 610 were referred to a specialist within 45 days.',
		'The clinic will run the scheme for 18 months, with warnings during the first six months.',
		'Diesel fumes cause roughly 30 times more irritation than steam over a 12-hour shift.',
		'A further 212 workers have asked for an appointment.',
		'For its 9th season, held over 11 days, the clinic’s fair drew dock families.',
		'In 2023 the clinic opened a second room within 14 months.',
		'The port raised another $2 million for the clinic, and talks went on for another nine weeks.',
		'The dock workers’ hearing was compared with that of about 3,900 office staff at the town hall.',
		'The dock workers scored 40 points higher than the office staff.',
		'Donations ranged from a $900 gift from the ferry company to coins from schoolchildren, and came to $61,000.',
		'Waiting times ranging from about 20 minutes to most of a morning were reported.'
	].join(' ');
	const is = (rule: string, answer: string) => accepted(rule, title, body).has(answer);

	it('drops a span that bounds a figure before it, and keeps a span that is the sentence’s point', () => {
		expect(is('the window another figure is counted in', '45')).toBe(true);
		expect(is('the window another figure is counted in', '12')).toBe(true);
		expect(is('the window another figure is counted in', 'six')).toBe(true);
		// No figure before "for 18 months": how long the scheme runs is what the sentence says.
		expect(is('the window another figure is counted in', '18')).toBe(false);
		// A rank or a year before the span is no figure it bounds.
		expect(is('the window another figure is counted in', '11')).toBe(false);
		expect(is('the window another figure is counted in', '14')).toBe(false);
	});

	it('drops a count added to a total, and keeps a sum or a span', () => {
		expect(is('a step added to a total', '212')).toBe(true);
		expect(is('a step added to a total', '$2 million')).toBe(false);
		expect(is('a step added to a total', 'nine')).toBe(false);
	});

	it('drops the first end of a range of examples, and keeps the total', () => {
		expect(is('one end of a range of examples', '$900')).toBe(true);
		expect(is('one end of a range of examples', '20')).toBe(true);
		expect(is('one end of a range of examples', '$61,000')).toBe(false);
	});

	it('drops the group a finding is compared with, and keeps the finding', () => {
		expect(is('the group a finding is compared with', '3,900')).toBe(true);
		expect(is('the group a finding is compared with', '40')).toBe(false);
		expect(is('the group a finding is compared with', '4,300')).toBe(false);
	});
});

describe('a number on a line of a timeline', () => {
	it('tells a time-stamped line from a line with a dash in its prose', () => {
		expect(timelineLine('07:45 - The first ferry leaves with 48 passengers.')).toBe(true);
		expect(timelineLine('Friday 3 May, 22:10 – Power returns to 900 homes.')).toBe(true);
		expect(timelineLine('Sunday 5 May — The harbour reopens.')).toBe(true);
		expect(timelineLine('The ferry left at 07:45 - an hour late - with 48 passengers.')).toBe(false);
		expect(timelineLine('Power returned to 900 homes - most of the town - by night.')).toBe(false);
		expect(timelineLine('Harbour Board - annual report')).toBe(false);
	});

	it('drops the numbers of a timeline and keeps those of the story told above it', () => {
		const title = 'Storm cuts power across the bay';
		const body = [
			'A storm cut power to 12,000 homes around the bay on Friday night.',
			'',
			'Friday 3 May, 22:10 - Power returns to 900 homes.',
			'',
			'23:30 - A second line fails. Another 1,500 homes lose power.'
		].join('\n');
		const is = (answer: string) => accepted('a number on a line of a timeline', title, body).has(answer);
		expect(is('900')).toBe(true);
		expect(is('1,500')).toBe(true);
		expect(is('12,000')).toBe(false);
	});
});

describe('the span of time before the event', () => {
	const title = 'Valley mill reopens';
	const body = [
		'The Rennet valley mill reopened on Monday after three years of repairs.',
		'Orders, a sore point after two years in which buyers went elsewhere, rose 20 percent in the spring.',
		'After six weeks of talks, the union accepted a pay rise of 4 percent.',
		'The dam gave way after nine days of heavy rain.',
		'Ines Vor, who joined the mill after eleven years in the navy, now runs the night shift.',
		'Following a long winter, the mill will run for 14 months without a break.',
		'The repairs were finished after about 18 months, the owners said.'
	].join(' ');
	const spans = accepted('the span of time before the event', title, body);
	it.each([
		['two', true],
		['six', true],
		['nine', true],
		['eleven', true],
		['18', true],
		// The lead's span is its news; a span with no "after" is how long something runs.
		['three', false],
		['14', false],
		['20 percent', false]
	])('%s: %s', (answer, expected) => {
		expect(spans.has(answer)).toBe(expected);
	});
});
