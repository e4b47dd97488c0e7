import { describe, expect, it } from 'vitest';
import { pronounAfterOpeners } from './references-opened';
import { unresolvedReference } from './references';

describe('a pronoun after opening phrases that name nothing it could mean', () => {
	const leaning: [string, string][] = [
		['By March, two weeks after the last furnace went cold, it had fallen to 4 per cent.', 'it'],
		['When Hobart & Finch shut in 1971, he opened a repair shop in Leith.', 'he'],
		['In a diary kept at the Tarn Valley Museum, she wrote that the winter was hard.', 'she'],
		['Over the following summer, despite two strikes, they shipped 9,000 tonnes.', 'they'],
		['Barely profitable and badly run, it lost its last contract in 1988.', 'it'],
		['During the long dry spell, in the hills above Tarn, its reservoirs ran low.', 'its'],
		['Trained in Lyon, he joined the orchestra in 1964.', 'he']
	];
	it.each(leaning)('reads "%s" as leaning on a sentence not shown', (sentence, pronoun) => {
		expect(pronounAfterOpeners(sentence)).toBe(pronoun);
	});

	const resolved = [
		// The opening clause has a subject of its own, which the pronoun may mean.
		'After the bakery lost its lease, it moved to Mill Lane.',
		'When the council met in June, they voted to close the pool.',
		// A person is named in the opening, so "she" may well be her.
		'After Greta Lind left the choir in 1990, she taught singing in Bergen.',
		// The empty "it" of a judgement.
		'By the end of the year, it was clear that the plan had failed.',
		// No opening phrase: the pronoun opens the sentence, which other rules judge.
		'It had reached 13 per cent by October.',
		// The subject is a noun, not a pronoun.
		'By October, a month after the mill shut, unemployment had reached 13 per cent.'
	];
	it.each(resolved)('leaves "%s" alone', (sentence) => {
		expect(pronounAfterOpeners(sentence)).toBeNull();
	});

	it('makes the checks find the reference unresolved', () => {
		expect(unresolvedReference('By March, two weeks after the last furnace went cold, it had fallen to ____.')).toContain('opening phrases');
		expect(unresolvedReference('When Hobart & Finch shut in 1971, he opened a repair shop in ____.')).toContain('opening phrases');
	});
});
