import { describe, expect, it } from 'vitest';
import { extractFacts } from '../facts';
import { splitSentences } from '../sentences';
import { buildCandidates } from '.';

/** The real (wh) prompts of the quantity questions made from one text. */
const asked = (text: string) => {
	const sentences = splitSentences(text);
	const candidates = buildCandidates(extractFacts(sentences, { year: 2024, month: 9, day: 14 }), sentences, text);
	return [...new Set(candidates.filter((c) => c.fact.kind === 'quantity' && c.form === 'wh').map((c) => c.question.prompt))];
};

describe('a rate "one in N" asked "One in how many …?"', () => {
	it.each([
		[
			'Estimates suggest that around one in ten adults has a chronic cough, and that a share of those fall into the group.',
			'Around one in how many adults has a chronic cough?'
		],
		['One in five children in the district lives in poverty.', 'One in how many children in the district lives in poverty?'],
		['The survey found that one in 20 drivers had used a phone while driving.', 'One in how many drivers had used a phone while driving?'],
		[
			'A programme that trained barbers has found that roughly one in six adults screened had dangerously high blood pressure.',
			'Roughly one in how many adults screened had dangerously high blood pressure?'
		],
		['One in four homes in Harwick was flooded in 2019.', 'One in how many homes in Harwick was flooded in 2019?'],
		['About one in eight patients reported side effects, compared with one in 20 on placebo.', 'About one in how many patients reported side effects?']
	])('%s', (text, question) => {
		expect(asked(text)).toContain(question);
	});

	it.each([
		// "that" after a noun opens a relative clause: the rate has no clause of its own.
		'The drug that one in ten adults takes is cheap.',
		// A bound has no "how many".
		'Nearly one in three voters stayed at home.',
		// The clause prints a second figure.
		'One in four patients waited more than 18 weeks.',
		// No finite verb: the rate is a label.
		'One in five, the campaign’s slogan.'
	])('asks no "one in how many" of %s', (text) => {
		expect(asked(text).filter((q) => /one in how many/i.test(q))).toEqual([]);
	});
});
