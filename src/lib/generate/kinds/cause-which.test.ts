import { describe, expect, it } from 'vitest';
import { cardOf } from './test-helpers';

const card = (text: string) => cardOf(text, 'cause');

describe('"A, which is why B"', () => {
	it.each([
		[
			"Many earlier surveys measured only dissolved methane, which, the authors argue, is why the lakes' output has been underestimated.",
			"Why has the lakes' output been underestimated?",
			'Because many earlier surveys measured only dissolved methane'
		],
		[
			'Less light means less oxygen at depth, which the authors say helps explain why the deepest basins produced the most gas.',
			'Why did the deepest basins produce the most gas?',
			'Because less light means less oxygen at depth'
		],
		[
			'Interest rates stayed high through the spring, which is why most buyers delayed their purchases.',
			'Why did most buyers delay their purchases?',
			'Because interest rates stayed high through the spring'
		],
		[
			'The board never published the minutes, which is why historians relied on newspaper reports.',
			'Why did historians rely on newspaper reports?',
			'Because the board never published the minutes'
		],
		[
			'Ticket prices doubled last year, which partly explains why attendance at the theatre has fallen.',
			'Why is it that attendance at the theatre has fallen?',
			'Because ticket prices doubled last year'
		]
	])('asks why of %s', (text, prompt, back) => {
		expect(card(text)).toEqual([prompt, back]);
	});

	it.each([
		// a denial, not an explanation
		'She lost the first set, which is not why she retired.',
		// "which" of a thing, not of a clause
		'The bridge, which is why the town exists, was built in 1820.'
	])('leaves alone %s', (text) => {
		expect(card(text)).toBeNull();
	});
});

describe('a cause whose "it" or "they" means the effect’s subject', () => {
	it('asks why, the pronoun named by the question', () => {
		expect(card('The council closed the footbridge because it had been damaged by the flood.')).toEqual([
			'Why did the council close the footbridge?',
			'Because it had been damaged by the flood'
		]);
	});

	it.each([
		// "he" may mean someone else the paragraph names
		'The mayor resigned last week because he had lost the confidence of the council.',
		// an aside in the effect names a second thing "it" could mean
		'The alerts were logged, but the software did not send them to the control room, because it had been set up only to report long faults.',
		// a "because" inside an aside
		'Services inflation, the measure most closely watched by the central bank because it reflects domestic wage pressures, slipped to 4.1 percent.'
	])('leaves alone %s', (text) => {
		expect(card(text)).toBeNull();
	});
});
