import { describe, expect, it } from 'vitest';
import { askedSentences } from './long-text';
import { splitSentences, type Sentence } from './sentences';
import { extractFacts } from './facts';
import { buildCandidates } from './questions';

/** `count` body sentences after one heading line; each sentence's text names its own index. */
function sentencesOf(count: number): Sentence[] {
	const out: Sentence[] = [{ index: 0, start: 0, end: 8, text: 'Headline', heading: true, paragraph: 0 }];
	for (let i = 1; i <= count; i++) out.push({ index: i, start: i * 10, end: i * 10 + 9, text: `Line ${i}.`, heading: false, paragraph: i });
	return out;
}

describe('which sentences of a long text are asked from', () => {
	it('asks from every sentence of a text within the limit', () => {
		expect(askedSentences(sentencesOf(40), new Map(), 40)).toBeUndefined();
	});

	it('keeps to the limit on a longer text, and keeps the headings', () => {
		const asked = askedSentences(sentencesOf(1000), new Map(), 100);
		expect(asked).toBeDefined();
		expect([...(asked ?? [])].filter((i) => i > 0)).toHaveLength(100);
		expect(asked?.has(0)).toBe(true);
	});

	it('takes the most central sentences of each section, so the quiz spans the whole text', () => {
		const sentences = sentencesOf(1000);
		// Every seventh sentence is central; the rest are side remarks.
		const centrality = new Map(sentences.map((s) => [s.index, s.index % 7 === 0 ? 0.9 : 0.1]));
		const asked = [...(askedSentences(sentences, centrality, 100) ?? [])].filter((i) => i > 0);
		expect(asked.every((i) => i % 7 === 0)).toBe(true);
		// Ten sections of a hundred sentences, ten asked from each.
		for (let section = 0; section < 10; section++) {
			expect(asked.filter((i) => i > section * 100 && i <= (section + 1) * 100)).toHaveLength(10);
		}
	});

	it('gives no question from a sentence outside the asked ones', () => {
		const text = [
			'Bridges of the Tane',
			'The Harrow Bridge over the river Tane was opened in 1911 by the engineer Alma Verity of Norwick.',
			'Its twin, the Stell Bridge, was finished in 1927 by the engineer Tomas Brand of Carrow, who had trained under her.'
		].join('\n\n');
		const sentences = splitSentences(text);
		const facts = extractFacts(sentences, null);
		const second = sentences.find((s) => s.text.startsWith('Its twin'))?.index ?? -1;
		const all = buildCandidates(facts, sentences, text);
		expect(all.some((c) => c.sentence.index !== second)).toBe(true);
		const some = buildCandidates(facts, sentences, text, new Set([second]));
		expect(some.length).toBeGreaterThan(0);
		expect(some.every((c) => c.sentence.index === second)).toBe(true);
	});
});
