import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { Question } from '$lib/bank/schema';
import QuizItem from './QuizItem.svelte';

const source = { quote: 'With a range of approximately 620 miles, this drone puts major Russian cities within striking distance.', start: 0, end: 104 };

const mcq: Question = {
	id: 'beaver-range',
	type: 'mcq',
	prompt: 'What range does the Beaver UAV have?',
	choices: ['About 310 miles', 'About 620 miles', 'About 1,200 miles'],
	answer: 1,
	tags: [],
	source
};

const numeric: Question = {
	id: 'beaver-range-number',
	type: 'numeric',
	prompt: 'About how many miles can the Beaver UAV fly?',
	answer: 620,
	unit: 'miles',
	tags: [],
	source
};

const cloze: Question = {
	id: 'beaver-cloze',
	type: 'cloze',
	prompt: 'The ____ long-range UAV has entered mass production.',
	answer: 'Beaver',
	tags: []
};

describe('QuizItem while answering', () => {
	it('enables Check only once a choice is made, and sends the choice', async () => {
		const onCheck = vi.fn();
		render(QuizItem, { question: mcq, result: null, onCheck, onNext: vi.fn() });
		const check = screen.getByRole('button', { name: 'Check' });
		expect(check).toBeDisabled();
		await fireEvent.click(screen.getByRole('radio', { name: /About 620 miles/ }));
		expect(check).toBeEnabled();
		await fireEvent.click(check);
		expect(onCheck).toHaveBeenCalledWith({ kind: 'choice', index: 1 });
	});

	it('picks a choice with its number key', async () => {
		render(QuizItem, { question: mcq, result: null, onCheck: vi.fn(), onNext: vi.fn() });
		await fireEvent.keyDown(window, { key: '3' });
		expect(screen.getByRole('radio', { name: /About 1,200 miles/ })).toBeChecked();
	});

	it('sends a typed answer on submit and shows the unit beside the box', async () => {
		const onCheck = vi.fn();
		render(QuizItem, { question: numeric, result: null, onCheck, onNext: vi.fn() });
		expect(screen.getByText('miles')).toBeInTheDocument();
		const box = screen.getByRole('textbox', { name: 'Your answer' });
		await fireEvent.input(box, { target: { value: '620' } });
		await fireEvent.submit(box.closest('form')!);
		expect(onCheck).toHaveBeenCalledWith({ kind: 'text', value: '620' });
	});

	it('shows a cloze prompt with its blank and without the answer', () => {
		render(QuizItem, { question: cloze, result: null, onCheck: vi.fn(), onNext: vi.fn() });
		const heading = screen.getByRole('heading', { level: 2 });
		expect(heading).toHaveTextContent(/The\s*\u200b?\s*long-range UAV has entered mass production\./);
		expect(heading).not.toHaveTextContent('Beaver');
		expect(screen.getByLabelText('blank')).toBeInTheDocument();
	});
});

describe('QuizItem after checking', () => {
	it('shows a right answer with its source and offers Hard, Next and Easy', async () => {
		const onNext = vi.fn();
		render(QuizItem, { question: mcq, result: { correct: true, expected: 'About 620 miles', exact: true }, onCheck: vi.fn(), onNext });
		expect(screen.getByRole('status')).toHaveTextContent('Correct');
		expect(screen.getByText('About 620 miles', { selector: 'strong > bdi' })).toBeInTheDocument();
		expect(screen.getByText('From the article')).toBeInTheDocument();
		expect(screen.queryByRole('button', { name: 'Check' })).not.toBeInTheDocument();
		await fireEvent.click(screen.getByRole('button', { name: 'Easy' }));
		expect(onNext).toHaveBeenLastCalledWith('easy');
		await fireEvent.click(screen.getByRole('button', { name: 'Hard' }));
		expect(onNext).toHaveBeenLastCalledWith('hard');
		await fireEvent.click(screen.getByRole('button', { name: 'Next' }));
		expect(onNext).toHaveBeenLastCalledWith('good');
	});

	it('shows a wrong answer with the right one and only Next', async () => {
		render(QuizItem, { question: numeric, result: { correct: false, expected: '620 miles', exact: true }, onCheck: vi.fn(), onNext: vi.fn() });
		expect(screen.getByRole('status')).toHaveTextContent('Not quite');
		expect(screen.getByText(/^Answer:/)).toHaveTextContent('Answer: 620 miles');
		expect(screen.queryByRole('button', { name: 'Hard' })).not.toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Next' })).toBeInTheDocument();
	});

	it('calls a number within its tolerance right within the margin, and a near-spelling nearly spelt right', () => {
		const { unmount } = render(QuizItem, {
			question: numeric,
			result: { correct: true, expected: '620 miles', exact: false },
			onCheck: vi.fn(),
			onNext: vi.fn()
		});
		expect(screen.getByRole('status')).toHaveTextContent('Correct, within the allowed margin');
		unmount();
		render(QuizItem, { question: cloze, result: { correct: true, expected: 'Beaver', exact: false }, onCheck: vi.fn(), onNext: vi.fn() });
		expect(screen.getByRole('status')).toHaveTextContent('Correct, nearly spelt right');
	});

	it('goes on with Enter when focus is not on a control', async () => {
		const onNext = vi.fn();
		render(QuizItem, { question: mcq, result: { correct: false, expected: 'About 620 miles', exact: true }, onCheck: vi.fn(), onNext });
		await fireEvent.keyDown(document.body, { key: 'Enter' });
		expect(onNext).toHaveBeenCalledWith('good');
	});

	it('renders bank text as text, not markup', () => {
		const sneaky: Question = { ...mcq, prompt: '<img src=x onerror=alert(1)>Which?', choices: ['<b>A</b>', 'B'], answer: 0 };
		const { container } = render(QuizItem, { question: sneaky, result: null, onCheck: vi.fn(), onNext: vi.fn() });
		expect(container.querySelector('img, b')).toBeNull();
		expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('<img src=x onerror=alert(1)>Which?');
	});
});
