import { describe, expect, it } from 'vitest';
import { factsOf, questionsOf } from './test-helpers';

const text = 'The researchers found that children who slept longer scored higher on memory tests.';

describe('findings and claims', () => {
	it('reads who found what, and the subject of the finding', () => {
		const [f] = factsOf(text, 'finding');
		expect([f?.finder, f?.topic, f?.answer]).toEqual([
			'the researchers',
			'children who slept longer',
			'children who slept longer scored higher on memory tests'
		]);
	});

	it('asks about the finding, with the whole finding on the back', () => {
		const card = questionsOf(text, 'finding').find((q) => q.type === 'flashcard');
		expect(card?.type === 'flashcard' && [card.prompt, card.back]).toEqual([
			'What did the researchers find about children who slept longer?',
			'Children who slept longer scored higher on memory tests'
		]);
	});

	it('makes the false statement reverse the main claim, never a side detail', () => {
		const f = questionsOf(text, 'finding').find((q) => q.type === 'true_false' && !q.answer);
		expect(f?.prompt).toBe('The researchers found that children who slept longer scored lower on memory tests.');
	});

	it('leaves a finding about "it" or "they" alone', () => {
		expect(factsOf('The study showed that they slept less.', 'finding')).toEqual([]);
	});

	it('reads a finding after "But", and leaves the conjunction out of who found it', () => {
		const card = questionsOf('But the same report shows that the firms which kept their output steady had first cut their meetings by half.', 'finding').find(
			(q) => q.type === 'flashcard'
		);
		expect(card?.prompt).toBe('What does the same report show about the firms which kept their output steady?');
	});
});
