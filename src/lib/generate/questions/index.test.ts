import { describe, expect, it } from 'vitest';
import { extractFacts } from '../facts';
import { splitSentences } from '../sentences';
import { buildCandidates } from '.';

const questionsOf = (text: string) => {
	const sentences = splitSentences(text);
	return buildCandidates(extractFacts(sentences, { year: 2023, month: 11, day: 15 }), sentences, text).map((c) => c.question);
};

describe('quote fragments', () => {
	it('asks nothing from a sentence that starts inside a quote the previous sentence opened', () => {
		const questions = questionsOf('“We have a radius, a mass and a temperature estimate. That is three numbers,” Dr. Whitcombe said.');
		expect(questions.filter((q) => q.type !== 'flashcard' && !q.tags.includes('quote')).map((q) => q.prompt)).toEqual([]);
	});

	it('asks nothing from a quote of a few words with only its attribution around it', () => {
		const questions = questionsOf('“That is three numbers,” Dr. Whitcombe said.');
		expect(questions.filter((q) => q.type === 'cloze' || q.type === 'mcq' || q.type === 'true_false')).toEqual([]);
	});

	it('still blanks a long quote that stands on its own', () => {
		const questions = questionsOf('“The probe carried three cameras and a spectrometer to the moon,” Dr. Whitcombe said.');
		expect(questions.some((q) => q.type === 'cloze' && q.prompt.includes('____ cameras'))).toBe(true);
	});
});

describe('false statements that swap a person', () => {
	const text =
		'Clara Voss won her first national title in Lyon on Sunday after a long season. Hugo Martel finished second in the same race in Lyon. ' +
		'Petra Lind came third after a late fall on the final lap. Voss said the course was hard. Martel said the wind was strong. Lind said she would race again.';
	const swaps = () => questionsOf(text).filter((q) => q.type === 'true_false' && !q.answer && q.prompt.includes('her first'));

	it('never swap in another name where a pronoun genders the answer', () => {
		expect(swaps()).toEqual([]);
	});

	it('still swap a name in a sentence without a pronoun', () => {
		expect(questionsOf(text).some((q) => q.type === 'true_false' && !q.answer && q.prompt.includes('came third'))).toBe(true);
	});
});
