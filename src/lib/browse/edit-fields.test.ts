import { describe, expect, it } from 'vitest';
import { QUESTION_TYPES, type Question } from '$lib/bank/schema';
import { editFields, fieldValues } from './edit-fields';
import { editedQuestion } from './edited-question';

const samples: Question[] = [
	{ id: 'a', type: 'mcq', prompt: 'Which?', tags: ['t'], choices: ['one', 'two', 'three'], answer: 2, explanation: 'Why.' },
	{ id: 'b', type: 'true_false', prompt: 'Is it?', tags: [], answer: false },
	{ id: 'c', type: 'cloze', prompt: 'It was ____.', tags: [], answer: 'cold', accept: ['icy'] },
	{ id: 'd', type: 'short_answer', prompt: 'Who?', tags: [], answer: 'Ana' },
	{ id: 'e', type: 'numeric', prompt: 'How many?', tags: [], answer: 75, tolerance: 2, unit: 'drones' },
	{ id: 'f', type: 'flashcard', prompt: 'Front', tags: [], back: 'Back', source: { quote: 'Q.', start: 0, end: 2 } }
];

describe('editing a question through its form', () => {
	it('has a form for every question type', () => {
		for (const type of QUESTION_TYPES) expect(editFields(type).map((f) => f.name)).toContain('prompt');
	});

	it('gives back the same question when nothing is changed (fields round-trip)', () => {
		for (const q of samples) expect(editedQuestion(q, fieldValues(q))).toEqual({ ok: true, question: q });
	});

	it('keeps id, type, tags and source and takes the rest from the form', () => {
		const result = editedQuestion(samples[5], { ...fieldValues(samples[5]), back: 'New back' });
		expect(result).toEqual({ ok: true, question: { ...samples[5], back: 'New back' } });
		const mcq = editedQuestion(samples[0], { ...fieldValues(samples[0]), answer: '1' });
		expect(mcq.ok && mcq.question.type === 'mcq' && mcq.question.answer).toBe(0);
	});

	it('refuses what a bank file may not hold, naming the field in words', () => {
		expect(editedQuestion(samples[5], { ...fieldValues(samples[5]), back: '  ' })).toEqual({
			ok: false,
			problems: [{ field: 'back', message: 'Back: must not be empty.' }]
		});
		const cloze = editedQuestion(samples[2], { ...fieldValues(samples[2]), prompt: 'No blank here' });
		expect(cloze.ok ? [] : cloze.problems.map((p) => p.message)).toEqual(['Question: must hold exactly one blank "____" (found 0)']);
		const numeric = editedQuestion(samples[4], { ...fieldValues(samples[4]), answer: 'many' });
		expect(numeric.ok ? [] : numeric.problems.map((p) => p.message)).toEqual(['Answer: must be a number.']);
		const mcq = editedQuestion(samples[0], { ...fieldValues(samples[0]), answer: '4' });
		expect(mcq.ok ? [] : mcq.problems.map((p) => p.message)).toEqual(['Correct choice: must be the line number of one of the 3 choices, from 1 to 3.']);
		const dup = editedQuestion(samples[0], { ...fieldValues(samples[0]), choices: 'one\nOne\nthree' });
		expect(dup.ok ? [] : dup.problems.map((p) => p.message)).toEqual(['Choices (line 2): duplicate choice "One".']);
	});
});
