import { describe, expect, it } from 'vitest';
import { cardOf } from './test-helpers';

const card = (text: string) => cardOf(text, 'advice');

describe('who recommends, named', () => {
	it.each([
		[
			'In 1953 the ministry sent an engineer, Mr J. C. Farrant, to report on how to prevent a repeat. His report, which is held in full in the archive, recommended replacing the culvert with a three-span bridge, widening and deepening the river channel, and building a flood wall along the quay.',
			'What did J. C. Farrant’s report recommend?',
			'Replacing the culvert with a three-span bridge, widening and deepening the river channel, and building a flood wall along the quay'
		],
		[
			'The coroner, Mr H. G. Brightwell, was openly critical of the railway. He also recommended that the owners keep the sluice open whenever heavy rain was forecast.',
			'What did H. G. Brightwell recommend?',
			'That the owners keep the sluice open whenever heavy rain was forecast'
		],
		[
			'The evaluators said the programme had reached thousands of men. They recommended linking screening records with hospital data to track outcomes.',
			'What did the evaluators recommend?',
			'Linking screening records with hospital data to track outcomes'
		],
		[
			'The inquiry report was published on Monday. It also recommended that the monitoring software report every loss of brake pressure.',
			'What did the inquiry report recommend?',
			'That the monitoring software report every loss of brake pressure'
		],
		[
			"Dr. Vance's team proposed a shallow, streamlined steel box deck with a central slot.",
			"What did Dr. Vance's team propose?",
			'A shallow, streamlined steel box deck with a central slot'
		],
		[
			'Fenwright proposed to the board that every station be given its own pattern of blasts: two long blasts at Gullhead, for example.',
			'What did Fenwright propose?',
			'That every station be given its own pattern of blasts'
		],
		[
			'Van Dijk proposed that the town buy grain from Hoogland and sell it to the poor below cost.',
			'What did Van Dijk propose?',
			'That the town buy grain from Hoogland and sell it to the poor below cost'
		]
	])('asks %s', (text, prompt, back) => {
		expect(card(text)).toEqual([prompt, back]);
	});

	it.each([
		// a proposal named in a few words
		'Brzoska, then a young engineer, proposed a different approach.',
		'The Halden team proposes an explanation rooted in timing.',
		// a proposed figure: the number kinds ask it
		'The board proposed a dividend of 4.20 kroner a share, up from 3.10 kroner.',
		// "it" after a sentence whose subject names nothing
		'The board made six recommendations. The most important is that trams must not run late. It also recommended that the software report every loss of pressure.',
		// "he" with no one before it, and "she" that could mean either woman
		'He recommended a longer rest period for the whole squad.',
		'Rivas and Okoro met in the final. She recommended a longer rest period for the whole squad.',
		// two recommendations of one adviser: "What did the panel recommend?" has two answers
		'The panel recommended closing the east wing of the old hospital. The panel also recommended hiring forty more nurses by the spring.'
	])('leaves alone %s', (text) => {
		expect(card(text)).toBeNull();
	});
});
