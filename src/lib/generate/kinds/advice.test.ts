import { describe, expect, it } from 'vitest';
import { cardOf, factsOf, questionsOf } from './test-helpers';

const card = (text: string) => cardOf(text, 'advice');

describe('recommendations, risks and limits', () => {
	it('asks what someone recommended, typed when short', () => {
		const typed = questionsOf('The inspector recommended a three-span bridge, which would cost less to maintain.', 'advice').find(
			(q) => q.type === 'short_answer'
		);
		expect(typed?.type === 'short_answer' && [typed.prompt, typed.answer]).toEqual(['What did the inspector recommend?', 'a three-span bridge']);
	});

	it('keeps a recommended "that" clause whole', () => {
		expect(card('The auditors recommended that the council sell the old depot before winter.')).toEqual([
			'What did the auditors recommend?',
			'That the council sell the old depot before winter'
		]);
	});

	it('asks what the article says someone should do, but not what should "be"', () => {
		expect(card('Hospitals should publish their waiting times every week.')).toEqual([
			'What does the article say hospitals should do?',
			'Publish their waiting times every week'
		]);
		expect(factsOf('Servicing should be simple for any bike shop.', 'advice')).toEqual([]);
	});

	it('asks for the main risk the article names', () => {
		expect(card('The main risk of the plan is that the town depends on a single supplier of heat.')).toEqual([
			'According to the article, what is the main risk of the plan?',
			'The town depends on a single supplier of heat'
		]);
	});

	it('asks for a caveat with its whole clause', () => {
		expect(card('The results may differ on drier bogs in the south.')).toEqual([
			'What caveat does the article give about the results?',
			'The results may differ on drier bogs in the south'
		]);
	});

	it('takes no "should have …" as advice, and asks nothing when the article gives the same subject several duties', () => {
		expect(factsOf('The maintenance team should have used hydraulic tensors on the hot rails.', 'advice')).toEqual([]);
		const text = 'The agency should publish its rail inspection results. The agency should also train every welder twice a year.';
		expect(factsOf(text, 'advice')).toHaveLength(2);
		expect(questionsOf(text, 'advice')).toEqual([]);
	});
});
