import { describe, expect, it } from 'vitest';
import { cutEndsClause } from './cut-point';
import { replaceSpan } from './phrasing';
import { shortenPrompt } from './shorten';

/** A sentence, the comma-opened phrase a cut would start at, and whether the cut ends a whole clause. */
const TABLE: [string, string, string, boolean][] = [
	[
		'news: a relative clause inside a that-clause, whose verb comes after it',
		'The chairman warned staff that the depot, which has served the valley since the war, would shut in spring.',
		', which',
		false
	],
	[
		'profile: an example inside a clause whose verb follows it',
		'For a decade he has championed an instrument many critics, including two of his own tutors, thought unfit for the concert hall.',
		', including',
		false
	],
	[
		'science: a prepositional complement after the aside',
		'The lab has asked the ministry, which paid for the first trial, for another grant to run the study until 2030.',
		', which',
		false
	],
	[
		'business: ", and" before the last item of a list',
		'The leaked files hold salaries, home addresses, bank details, and the sick-leave records of every employee since 2019.',
		', and',
		false
	],
	['sport: ", and" before a clause of its own', 'The visitors led at half-time, and the hosts never recovered from the early red card.', ', and', true],
	['travel: a trailing example list', 'The ferry calls at five islands, including Skye, Mull and Barra.', ', including', true],
	[
		'history: a trailing relative clause followed by another one',
		'The bridge was finished in 1889, which was two years late, which the council blamed on the weather.',
		', which',
		true
	],
	[
		'health: a trailing aside with a count after its comma',
		'The clinic treated 900 patients, which was a record for the county, 300 of them children.',
		', which',
		true
	]
];

describe('cutEndsClause', () => {
	for (const [name, sentence, at, want] of TABLE)
		it(name, () => {
			expect(cutEndsClause(sentence, sentence.indexOf(at))).toBe(want);
		});
});

describe('cuts that would leave half a clause are not made', () => {
	it('a long blanked sentence keeps an aside that sits inside its clause', () => {
		const text =
			'Twenty years ago, on a wet morning in March, the foreman climbed onto a crate and told the crowd that the foundry, which had cast bells and railings in the town since 1790, would close by the end of the year.';
		const sentence = { text, start: 0, end: text.length, index: 0, paragraph: 0, heading: false };
		expect(replaceSpan(sentence, 0, 6, '____')).toBe(`____${text.slice(6)}`);
	});
	it('a long prompt is not cut before the last item of a list', () => {
		const prompt =
			'Investigators say the stolen archive holds passport scans, phone numbers, payroll records for about ____ contractors who had worked abroad, the home addresses of senior staff, and a year of internal email.';
		expect(shortenPrompt(prompt, 190)).toBe(prompt);
	});
});
