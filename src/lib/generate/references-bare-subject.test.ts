import { describe, expect, it } from 'vitest';
import { bareSubject, bareSubjectLeans } from './references-bare-subject';
import { definiteContext, settleDefinites } from './references-definite';

describe('bareSubject', () => {
	it.each([
		['Attendance fell to ____ by the spring.', 'attendance'],
		['Membership rose to ____ families in two years.', 'membership'],
		['Resistance came from the river towns.', 'resistance'],
		['Turnout was low.', 'turnout'],
		// Something after the noun says whose; a plural speaks of a kind at large; a name is nobody's noun.
		['Attendance at the fair fell to ____.', null],
		['Support for the levy grew after the floods.', null],
		['Farmers sold ____ tonnes of grain.', null],
		['Okonkwo rose to ____ in the rankings.', null],
		['Horse-drawn at first, the pump was later run by steam.', null],
		['The attendance fell to ____.', null]
	])('%s → %s', (sentence, noun) => {
		expect(bareSubject(sentence)).toBe(noun);
	});
});

describe('bareSubjectLeans', () => {
	const lead = 'A new ferry for Tollan\n\nThe island of Tollan got its first car ferry in 1962 after years of argument.';

	it('leans on the sentence before only in a short sentence of the body whose noun the lead does not bring in', () => {
		expect(bareSubjectLeans('Resistance came from the river towns.', 6, 10, true, lead)).toBe(true);
		expect(bareSubjectLeans('Resistance came from the river towns and from the fishing co-operatives.', 11, 10, true, lead)).toBe(false);
		expect(bareSubjectLeans('Resistance came from the river towns.', 6, 10, false, lead)).toBe(false);
		expect(bareSubjectLeans('Argument came from the river towns.', 6, 10, true, lead)).toBe(false);
	});

	it('drops such a prompt in settleDefinites', () => {
		const article = `${lead}\n\nThe council bought a second ferry in 1970. `;
		const context = definiteContext(article, new Map());
		expect(settleDefinites('Traffic grew to ____ crossings a day.', context, article.length)).toBeNull();
		expect(settleDefinites('Traffic on the ferry grew to ____ crossings a day.', context, article.length)).toBe(
			'Traffic on the ferry grew to ____ crossings a day.'
		);
	});
});
