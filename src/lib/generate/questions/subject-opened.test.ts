import { describe, expect, it } from 'vitest';
import { extractFacts } from '../facts';
import { splitSentences } from '../sentences';
import { buildCandidates } from '.';

const OBITUARY =
	'Ines Varga, a painter whose tiles cover half of Gothenburg, has died at 78. Varga worked in clay and iron. Varga taught at the academy for 20 years. Critics called Varga the quiet modernist of the coast. ';

/** The prompts of the candidates made from the last sentence of an obituary of Varga. */
function promptsOfLast(sentence: string): string[] {
	const text = `${OBITUARY}${sentence}`;
	const sentences = splitSentences(text);
	const last = sentences[sentences.length - 1].index;
	const facts = extractFacts(sentences, { year: 2024, month: 5, day: 1 });
	return buildCandidates(facts, sentences, text)
		.filter((c) => c.sentence.index === last)
		.map((c) => c.question.prompt);
}

describe('the subject named for a pronoun after an opening phrase', () => {
	// Each row: a sentence, and words every prompt from it must hold (the subject named) or must not.
	const table: [string, string, boolean][] = [
		['Born in Setúbal, a port south of Lisbon, she moved to Gothenburg in 1957 after marrying a shipyard engineer.', ', Varga moved', true],
		['After leaving school at 15, she worked in a cannery in Porto for six years.', ', Varga worked', true],
		['Trained as a potter in Lisbon, she opened a workshop of 12 kilns in 1962.', ', Varga opened', true],
		// A short phrase led by a preposition, with no comma before the pronoun.
		['In 1969 she and a fellow engineer founded a studio of 12 kilns in Malmö.', 'Varga and a fellow', true],
		['Over the next three years she replaced the kilns with two gas furnaces.', 'years Varga replaced', true],
		['After the fire she rebuilt the workshop with 12 new kilns.', 'fire Varga rebuilt', true],
		// Near misses: a clause of its own before the pronoun, or a pronoun of the other gender, names nobody for sure.
		['After Paul Okafor left she ran the studio with 12 kilns for a decade.', 'Varga ran', false],
		['In the year he died she moved to Porto with 12 of his kilns.', 'Varga moved', false],
		['In 1990 the city commissioned a mural, and she painted it in six weeks.', 'Varga painted', false],
		['When Paul Okafor arrived in 1980, he found the studio had 12 kilns.', 'Varga found', false]
	];
	it.each(table)('%s', (sentence, words, named) => {
		const prompts = promptsOfLast(sentence);
		if (named) {
			expect(prompts.length).toBeGreaterThan(0);
			for (const p of prompts) expect(p).toContain(words);
		} else for (const p of prompts) expect(p).not.toContain(words);
	});
});
