import { describe, expect, it } from 'vitest';
import { readArticle, sourceSentence } from './fit-quality-rows';

const article = readArticle(
	[
		'Ferry fares rise on the Skerran route',
		'',
		'Fares on the Skerran ferry will rise by 12 per cent in April.',
		'The operator blamed fuel costs. It said the rise was the first since 2019.',
		'Islanders will keep their discount.'
	].join('\n')
);

describe('finding a judged question’s source sentence', () => {
	it('reads the headline and lead as the generator does', () => {
		expect(article.title).toBe('Ferry fares rise on the Skerran route');
		expect(article.lead).toBe('Fares on the Skerran ferry will rise by 12 per cent in April.');
	});

	it('takes the last sentence of a source shown with the one before it', () => {
		expect(sourceSentence('The operator blamed fuel costs. It said the rise was the first since 2019.', article.body)?.text).toBe(
			'It said the rise was the first since 2019.'
		);
	});

	it('matches a source whose wording drifted by the words it shares, and nothing when too little is shared', () => {
		expect(sourceSentence('Islanders will keep their discounts.', article.body)?.text).toBe('Islanders will keep their discount.');
		expect(sourceSentence('A sentence from another article entirely.', article.body)).toBeUndefined();
	});
});
