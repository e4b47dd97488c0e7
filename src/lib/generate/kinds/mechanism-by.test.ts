import { describe, expect, it } from 'vitest';
import { cardOf, questionsOf } from './test-helpers';

/** "worked out the mass by tracking …": the method after "by" and a gerund, asked "How did …?". */
describe('how something is done, by a method', () => {
	it.each([
		[
			'The survey team measured the depth of the lake by lowering a weighted rope from a boat.',
			'How did the survey team measure the depth of the lake?',
			'By lowering a weighted rope from a boat'
		],
		[
			'Bats find insects in the dark by listening for the echoes of their own calls.',
			'How do bats find insects in the dark?',
			'By listening for the echoes of their own calls'
		],
		['Camels survive long droughts by storing fat in their humps.', 'How do camels survive long droughts?', 'By storing fat in their humps'],
		[
			'After the flood, the town council paid for the repairs by selling its old depot.',
			'How did the town council pay for the repairs?',
			'By selling its old depot'
		],
		['The pump cools the store by drawing cold water from the lake.', 'How does the pump cool the store?', 'By drawing cold water from the lake']
	])('%s', (text, prompt, back) => {
		expect(cardOf(text, 'mechanism')).toEqual([prompt, back]);
	});

	it.each([
		'The new mayor responded by cutting the budget for street lighting.',
		'The bridge could be funded by selling two old council buildings.',
		'He reached the summit by climbing through the night.',
		'The museum deals with this by closing early.'
	])('asks no method: %s', (text) => {
		expect(questionsOf(text, 'mechanism').filter((q) => q.prompt.startsWith('How'))).toEqual([]);
	});
});
