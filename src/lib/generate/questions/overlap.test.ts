import { describe, expect, it } from 'vitest';
import type { Question } from '../../bank/schema';
import { extractFacts } from '../facts';
import { splitSentences } from '../sentences';
import { candidate } from './candidate';
import { givesAway, overlap, overlapping } from './overlap';

const text = 'The hospital set up a treatment centre with 80 beds in January. At its busiest, the centre admitted 96 patients in a day.';
const [first, second] = splitSentences(text);
const facts = extractFacts([first, second], null);
const beds = facts.find((f) => f.answer === '80');
const patients = facts.find((f) => f.answer === '96');
if (!beds || !patients) throw new Error(`facts: ${facts.map((f) => f.answer).join(', ')}`);
const source = { quote: first.text, start: first.start, end: first.end };

const falseBeds = candidate(
	{ id: 'f', type: 'true_false', prompt: 'The hospital set up a treatment centre with 120 beds in January.', answer: false, tags: [], source } as Question,
	beds,
	first,
	'statement',
	'false'
);
const patientsTwoSentences = candidate(
	{ id: 'n', type: 'numeric', prompt: `${first.text} At its busiest, the centre admitted ____ patients in a day.`, answer: 96, tags: [], source },
	patients,
	second,
	'blank'
);
const patientsAlone = candidate(
	{ id: 'c', type: 'cloze', prompt: 'At its busiest, the treatment centre admitted ____ patients in a day.', answer: '96', tags: [], source },
	patients,
	second,
	'blank'
);

describe('overlap', () => {
	it('finds a prompt that prints, in the article’s words, the key of another question', () => {
		expect(givesAway(patientsTwoSentences, falseBeds)).toBe(true);
		expect(overlap(falseBeds, patientsTwoSentences)).toBe(true);
	});

	it('lets two questions about two facts stand when neither prints the other’s key', () => {
		expect(overlap(falseBeds, patientsAlone)).toBe(false);
	});

	it('finds two questions with one key and mostly the same words', () => {
		const numeric = candidate(
			{ id: 'x', type: 'numeric', prompt: 'At its busiest, how many patients did the treatment centre admit in a day?', answer: 96, tags: [], source },
			patients,
			second,
			'wh'
		);
		expect(overlap(numeric, patientsAlone)).toBe(true);
	});

	it('drops the later of two overlapping questions, and a statement before a question that asks the fact', () => {
		expect([...overlapping([falseBeds, patientsTwoSentences])]).toEqual([falseBeds]);
		expect([...overlapping([patientsAlone, falseBeds])]).toEqual([]);
	});

	it('drops a question that shows the sentence before its own before one that asks what that sentence says', () => {
		const bedsBlank = candidate(
			{ id: 'b', type: 'cloze', prompt: 'The hospital set up a treatment centre with ____ beds in January.', answer: '80', tags: [], source },
			beds,
			first,
			'blank'
		);
		expect([...overlapping([patientsTwoSentences, bedsBlank])]).toEqual([patientsTwoSentences]);
		// Without the sentence before, both stand.
		expect([...overlapping([patientsAlone, bedsBlank])]).toEqual([]);
	});
});
