import { describe, expect, it } from 'vitest';
import { extractFacts } from '../facts';
import { splitSentences } from '../sentences';
import { buildCandidates } from '.';

/** The "How many …?" prompts made from one text. */
const howMany = (text: string) => {
	const sentences = splitSentences(text);
	const questions = buildCandidates(extractFacts(sentences, { year: 2024, month: 9, day: 14 }), sentences, text).map((c) => c.question.prompt);
	return [...new Set(questions.filter((p) => /how many/i.test(p)))];
};

describe('a measure after the counted noun that says which ones were counted', () => {
	it.each([
		'Last spring, divers counted 38 lobsters smaller than 8 centimetres near the breakwater.',
		'The clinic treated 412 patients older than 75 during the heatwave.',
		'Rangers tagged 19 trout longer than 40 centimetres in the upper pool.',
		'The survey found 260 bedrooms colder than 16 degrees in January.',
		'Inspectors weighed 57 parcels heavier than 30 kilograms at the depot.',
		'The charity housed 1,300 refugees aged over 60 last winter.',
		'The harbour logged 44 vessels of more than 100 tonnes in August.'
	])('is not cut from the question: “%s”', (text) => {
		const numbers = (q: string) => (q.match(/\d[\d,]*/g) ?? []).length;
		// Either no "How many …?" is asked, or it keeps the measure with its figure.
		for (const q of howMany(text)) expect(numbers(q), q).toBeGreaterThan(0);
	});

	it.each([
		'The visitors conceded five fouls in the last three minutes of the half.',
		'The bowler took four wickets in his first three overs on the second morning.',
		'The clinic saw 40 patients within 48 hours of the outbreak.',
		'The ferry carried 220 cars over the past six weeks of the strike.'
	])('is not cut from a count its span bounds: “%s”', (text) => {
		const numbers = (q: string) => (q.match(/\d[\d,]*|\b(?:two|three|six|seven)\b/g) ?? []).length;
		for (const q of howMany(text)) expect(numbers(q), q).toBeGreaterThan(0);
	});

	it('still asks a count whose other figure says where or when', () => {
		expect(howMany('Last spring, divers counted 38 lobsters near the breakwater.')).toContain(
			'Last spring, how many lobsters did divers count near the breakwater?'
		);
	});
});
