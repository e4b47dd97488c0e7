import { describe, expect, it } from 'vitest';
import { cardOf } from './test-helpers';

const card = (text: string) => cardOf(text, 'announced');

describe('a cause named as such', () => {
	it.each([
		[
			'The second factor identified at the inquest was the sluice at the woollen mill, which controlled a side channel.',
			'What was the second factor identified at the inquest?',
			'The sluice at the woollen mill'
		],
		[
			'The main reason the screens worked so well was that the heatwave struck during a spell of clear, calm weather.',
			'What was the main reason the screens worked so well?',
			'The heatwave struck during a spell of clear, calm weather'
		],
		[
			'The report names the immediate cause of the derailment as a buckled rail. An underlying factor was that the operator kept no register of unstressed rail.',
			'What was an underlying factor of the derailment?',
			'The operator kept no register of unstressed rail'
		],
		[
			'A key driver behind the rally was a surge in orders for cooling equipment.',
			'What was a key driver behind the rally?',
			'A surge in orders for cooling equipment'
		],
		[
			'One contributing factor in the collapse was poor drainage behind the retaining wall.',
			'What was one contributing factor in the collapse?',
			'Poor drainage behind the retaining wall'
		],
		['The chief reason for the delay was a shortage of signalling engineers.', 'What was the chief reason for the delay?', 'A shortage of signalling engineers']
	])('asks "%s"', (text, prompt, back) => {
		expect(card(text)).toEqual([prompt, back]);
	});

	it.each([
		// nothing says what the factor is a factor of
		'An underlying factor was that the operator kept no register of unstressed rail.',
		'The main reason was simple.',
		'A second reason is cost.',
		'The reason it failed was that it was never tested.'
	])('leaves "%s" alone', (text) => {
		expect(card(text)).toBeNull();
	});
});
