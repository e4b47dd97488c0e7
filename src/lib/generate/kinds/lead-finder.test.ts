import { describe, expect, it } from 'vitest';
import { cardOf } from './test-helpers';

describe('a lead finding is asked about its subject in full', () => {
	// Each row: a lead, and its card's front. A long subject is not cut to its head ("the treatment"), which would say not which.
	const table: [string, string][] = [
		[
			'A treatment that uses beams of sound to destroy a tiny spot deep inside the brain has reduced shaking by more than half in most of the first 52 patients, according to results presented by the hospital on Tuesday.',
			'What did the results find about a treatment that uses beams of sound to destroy a tiny spot deep inside the brain?'
		],
		[
			'A vaccine that trains the immune system to attack tumour cells has halved the rate of relapse among 160 melanoma patients, according to a trial published on Monday.',
			'What did the trial find about a vaccine that trains the immune system to attack tumour cells?'
		],
		// Near miss: where the verb may have been misread, the subject is asked by its head, as before.
		[
			'A scheme that pays farmers to leave field margins unploughed has doubled the number of nesting skylarks on 40 farms in the valley, according to a survey published on Monday.',
			'What did the survey find about the scheme?'
		],
		[
			'Bees exposed to the pesticide visited fewer flowers and returned to the hive more slowly, according to a study published on Monday in the journal Apis Letters.',
			'What did the study find about bees exposed to the pesticide?'
		],
		// A hyphened word is one word of the finder's phrase: not "the three".
		[
			'The hoverflies of the Corran valley are responsible for about a quarter of the pollination of apple blossom, according to a three-year field survey published on Friday.',
			'What did the three-year field survey find about the hoverflies of the Corran valley?'
		]
	];
	it.each(table)('%s', (text, expected) => expect(cardOf(text, 'lead')?.[0]).toBe(expected));

	it('asks nothing of a subject cut at its relative word', () => {
		const lead = 'A seawall that was built by the town council in 1962 has cut flood damage by two thirds, according to a survey published on Monday.';
		expect(cardOf(lead, 'lead')).toBeNull();
	});
});
