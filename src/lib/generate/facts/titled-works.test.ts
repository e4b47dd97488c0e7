import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences';
import { generateBank } from '..';
import { extractFacts } from '.';

const works = (text: string) =>
	extractFacts(splitSentences(text), { year: 2024, month: 7, day: 1 })
		.filter((f) => f.kind === 'named-thing')
		.map((f) => [f.text, f.kind === 'named-thing' ? f.role : '']);

describe('titled works', () => {
	it('reads a quoted title after its owner and kind', () => {
		expect(works('The crowd sang along when the band played Marta Ruiz’s best-known song, "Blue Harbour", at the end.')).toEqual([
			['Blue Harbour', 'Marta Ruiz’s best-known song'.replace('’', "'")]
		]);
	});

	it('says what a work did when it is the subject, not whose it is by pronoun', () => {
		expect(works('Her final film, "The Long Field", a quiet drama about farmers, won the top prize at the festival.')).toEqual([
			['The Long Field', 'the final film that won the top prize at the festival']
		]);
	});

	it('leaves a pronoun-owned title that is not the subject, and a quote that is no title', () => {
		expect(works('The choir ended with his new song, "Tide", before midnight. She said the concert was "a great night".')).toEqual([]);
	});

	it('turns a review’s singled-out work into a card', () => {
		const review =
			'Review: Lakeside Jazz. The pianist Oren Malik led a quartet through his own pieces. His closing piece, "Night Ferry", a slow waltz, earned the longest ovation of the weekend. Tickets cost £40.';
		const out = generateBank(review);
		if (!out.ok) throw new Error('no bank');
		expect(out.bank.questions).toContainEqual(
			expect.objectContaining({ type: 'flashcard', prompt: 'Night Ferry', back: 'The closing piece that earned the longest ovation of the weekend' })
		);
	});
});
