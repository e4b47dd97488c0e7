import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import AssignmentQuestion from './AssignmentQuestion.svelte';

const question = { id: 'q', type: 'mcq' as const, prompt: 'Pick <b>two</b>', tags: [], choices: ['one', 'two'], answer: 1 };

describe('AssignmentQuestion', () => {
	it('sends the choice picked with a digit key, once', async () => {
		const onAnswer = vi.fn();
		render(AssignmentQuestion, { question, number: 1, total: 3, feedback: null, last: false, onAnswer, onNext: vi.fn() });
		expect(screen.getByRole('heading', { name: 'Pick <b>two</b>' })).toBeInTheDocument();
		await fireEvent.keyDown(window, { key: '2' });
		expect(screen.getByRole('radio', { name: 'two' })).toBeChecked();
		await fireEvent.click(screen.getByRole('button', { name: 'Next' }));
		expect(onAnswer).toHaveBeenCalledWith({ kind: 'choice', index: 1 });
		expect(screen.queryByRole('button', { name: 'Next' })).toBeNull();
	});

	it('shows the feedback it is given, and a button to go on', async () => {
		const onNext = vi.fn();
		render(AssignmentQuestion, {
			question,
			number: 3,
			total: 3,
			feedback: { correct: false, expected: 'two', exact: false },
			last: true,
			onAnswer: vi.fn(),
			onNext
		});
		expect(screen.getByRole('status')).toHaveTextContent('Not quite');
		await fireEvent.click(screen.getByRole('button', { name: 'Finish' }));
		expect(onNext).toHaveBeenCalled();
	});
});
