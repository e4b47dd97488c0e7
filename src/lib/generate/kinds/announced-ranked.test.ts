import { describe, expect, it } from 'vitest';
import { cardOf, factsOf } from './test-helpers';

const card = (text: string) => cardOf(text, 'announced');

describe('what the article ranks first or last', () => {
	it.each([
		[
			'The final room, devoted to the pale, almost white paintings of her last decade, is the weakest.',
			'Which room is the weakest?',
			'The final room, devoted to the pale, almost white paintings of her last decade'
		],
		[
			'The floating booms proved the weakest part of the design: two broke loose in a storm in the first winter.',
			'What proved the weakest part of the design?',
			'The floating booms'
		],
		['The second act is the best thing in the production.', 'What is the best thing in the production?', 'The second act'],
		[
			'The northern route remains the cheapest way to move grain to the coast.',
			'What remains the cheapest way to move grain to the coast?',
			'The northern route'
		],
		[
			'The eastern span was the most expensive section of the bridge to build.',
			'What was the most expensive section of the bridge to build?',
			'The eastern span'
		]
	])('asks "%s"', (text, front, back) => {
		expect(card(text)).toEqual([front, back]);
	});

	it.each([
		'It is the finest scene I have watched on a stage this year.',
		'The first half of the book is the most vivid writing about water I have read in years.',
		'Her letter to her sister is the most vivid account in the archive.',
		'The ending is the weakest.',
		// among what, the sentence does not say
		'Young lakes were the strongest emitters.',
		'"Callum is the best runner in the world," she said.',
		'The bank is the interest payer of last resort.',
		'The tunnel was the largest of its kind in Scandinavia when it opened in 1964.',
		'For the engineers at Dunmere Heat, the town’s new heating company, it is the most important number in the town.',
		'Higher yields matter because the bioreactors are the most expensive part of production.'
	])('leaves "%s" alone', (text) => {
		expect(factsOf(text, 'announced')).toEqual([]);
	});
});
