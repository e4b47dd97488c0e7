import { describe, expect, it } from 'vitest';
import { factsOf, questionsOf } from './test-helpers';

describe('person directory', () => {
	it('knows a speaker whose first name is also a common word ("Ruth") as a person', () => {
		const text = 'Ruth Amankwah moved her runner to a shorter race two years ago. "He was always fast at the end," Amankwah said.';
		expect(factsOf(text, 'person').map((f) => f.key)).toContain('Ruth Amankwah');
	});

	it('still reads "Officials said" as no person', () => {
		const text = 'Harbour Officials closed the pier on Monday. "It is not safe," Officials said.';
		expect(factsOf(text, 'person')).toEqual([]);
	});

	it('leaves "Who won …?" to the outcome when the person is its winner', () => {
		const text = 'Oskar Lind won the men\'s 800 metres in Bergen on Friday, beating the favourite Pavel Hruby. "I waited," Lind said.';
		const prompts = questionsOf(text, 'person').map((q) => q.prompt);
		expect(prompts.filter((p) => p.startsWith('Who won'))).toEqual([]);
		expect(questionsOf(text, 'outcome').some((q) => q.prompt.startsWith('Who won'))).toBe(true);
	});
});
