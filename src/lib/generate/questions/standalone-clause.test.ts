import { describe, expect, it } from 'vitest';
import { extractFacts } from '../facts';
import { splitSentences } from '../sentences';
import { buildCandidates } from '.';

const OBITUARY =
	'Ines Varga, a potter whose tiles cover half of Gothenburg, has died at 78. Varga worked in clay and iron. Varga taught at the academy for 20 years. Critics called Varga the quiet modernist of the coast. ';

/** The sentence-form prompts (blanks and statements) made from the last sentence of an obituary of Varga. */
function promptsOfLast(sentence: string): string[] {
	const text = `${OBITUARY}${sentence}`;
	const sentences = splitSentences(text);
	const last = sentences[sentences.length - 1].index;
	const facts = extractFacts(sentences, { year: 2024, month: 5, day: 1 });
	return buildCandidates(facts, sentences, text)
		.filter((c) => c.sentence.index === last && (c.form === 'blank' || c.form === 'statement'))
		.map((c) => c.question.prompt);
}

describe('the subject named for a pronoun after a clause that names no one else', () => {
	// Each row: a sentence whose clause holds capitalised names of no person (or none), then "she".
	const table: string[] = [
		'When Harrow & Dunn went bankrupt in 1971, she bought their 12 kilns for £900.',
		'After the Cobb Ferry mill burned down in 1975, she moved her 12 kilns to a barn.',
		'Although the Arts Council refused a grant twice, she opened a school of 40 pupils in 1980.',
		'Once the Tamsin Bridge was finished in 1988, she made 300 tiles for its piers.',
		'When the Lund gallery closed in 1993, she sold 60 pieces to the city museum.',
		'Because the Harlow kiln works shut in 1962, she built two kilns of 12 shelves.'
	];
	it.each(table)('%s', (sentence) => {
		const prompts = promptsOfLast(sentence);
		expect(prompts.length).toBeGreaterThan(0);
		for (const p of prompts) {
			expect(p).toContain(', Varga ');
			expect(p).not.toMatch(/\bshe\b/);
		}
	});

	it('leaves a pronoun that another person named in the clause may be', () => {
		for (const p of promptsOfLast('When Paul Okafor arrived in 1980, she sold him 12 kilns.')) expect(p).not.toContain(', Varga ');
	});
});
