import { describe, expect, it } from 'vitest';
import { answerButtons } from './buttons';
import { answer, at, summaries } from './test-fixtures';

describe('answerButtons', () => {
	it('counts each button by learning, young and mature cards', () => {
		const t = at(2026, 3, 10);
		const counts = answerButtons(
			summaries([answer(t, 1, 'new', 0), answer(t, 3, 'relearning', 0), answer(t, 2, 'review', 20), answer(t, 4, 'review', 21), answer(t, 4, 'review', 90)])
		);
		expect(counts).toEqual({ learning: [1, 0, 1, 0], young: [0, 1, 0, 0], mature: [0, 0, 0, 2] });
	});
});
