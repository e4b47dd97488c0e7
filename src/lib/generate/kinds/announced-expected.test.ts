import { describe, expect, it } from 'vitest';
import { cardOf } from './test-helpers';

const card = (text: string) => cardOf(text, 'announced');

describe('what a body expects', () => {
	it.each([
		[
			'Marrow Mills now expects annual sales of £410 million to £420 million, up from its earlier forecast.',
			'What does Marrow Mills now expect?',
			'Annual sales of £410 million to £420 million'
		],
		[
			'The Fenwick Water Board expects the new reservoir to hold about 9 billion litres by next spring.',
			'What does the Fenwick Water Board expect the new reservoir to do?',
			'Hold about 9 billion litres by next spring'
		],
		[
			'Harlow Foods said it expected to save $40 million a year once the two bakeries merge.',
			'What did Harlow Foods say it expected to save?',
			'$40 million a year once the two bakeries merge'
		],
		[
			'The Dunport Growers Union, whose 1,200 members farm the delta, said on Monday that it expects lower yields of rice this year, after the floods.',
			'What did the Dunport Growers Union say it expects?',
			'Lower yields of rice this year'
		]
	])('asks the forecast by who expects it: %s', (text, prompt, back) => {
		expect(card(text)).toEqual([prompt, back]);
	});

	it.each([
		'Not everyone expects rapid growth in the sector.',
		'The Fenwick Water Board expects prices will rise after the drought.',
		'Few analysts had expected that result.',
		'The snow marks the end of the season, signaling Ardenia’s expected repetition of its winter campaign.'
	])('asks nothing of a forecast that names no one or is a clause: %s', (text) => {
		expect(card(text)).toBeNull();
	});
});
