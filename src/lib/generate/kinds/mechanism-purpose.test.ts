import { describe, expect, it } from 'vitest';
import { cardOf } from './test-helpers';

const card = (text: string) => cardOf(text, 'mechanism');

/** What a thing is for: "exists to …", and "…, which is meant to …," said of the subject in passing. */
describe('what a thing is for', () => {
	it.each([
		[
			'The float valve exists to stop the cistern overflowing when the supply pressure rises.',
			'What does the float valve exist to do?',
			'Stop the cistern overflowing when the supply pressure rises'
		],
		[
			'Bank holidays exist to give workers a fixed number of paid days off.',
			'What do bank holidays exist to do?',
			'Give workers a fixed number of paid days off'
		],
		[
			'The flood barrier, which is meant to protect the lower town from surges, failed in its first winter.',
			'What is the flood barrier meant to do?',
			'Protect the lower town from surges'
		],
		[
			'A governor, which is designed to limit the speed of an engine, was fitted to every tractor.',
			'What is a governor designed to do?',
			'Limit the speed of an engine'
		],
		[
			'The old sea walls, which were built to keep out the spring tides, have been breached twice.',
			'What were the old sea walls built to do?',
			'Keep out the spring tides'
		],
		['The levy, which is intended to fund repairs to the harbour, will rise next year.', 'What is the levy intended to do?', 'Fund repairs to the harbour'],
		// The participle the article uses stays in the question.
		[
			'The new sluice gate is meant to hold back a storm surge of four metres.',
			'What is the new sluice gate meant to do?',
			'Hold back a storm surge of four metres'
		]
	])('%s', (text, prompt, back) => {
		expect(card(text)).toEqual([prompt, back]);
	});

	it.each([
		// "which" after a clause, not after the sentence's subject; and a relative clause that runs to the end.
		'Crews repaired the pump, which is meant to drain the cellar, on Monday.',
		'Nobody doubts that the reform exists.'
	])('asks nothing of: %s', (text) => {
		expect(card(text)).toBeNull();
	});
});
