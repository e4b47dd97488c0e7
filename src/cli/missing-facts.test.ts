import { describe, expect, it } from 'vitest';
import type { Bank } from '../lib/bank/schema';
import { centralFactsAsked, readMissing, sentenceOf } from './missing-facts';

const text = 'Harbor Toll Rises. The council voted to double the harbor toll. Ferries will run later in summer. Fishermen protested outside the hall.';
const spans = (() => {
	const out: { start: number; end: number; heading: boolean }[] = [];
	let at = 0;
	for (const part of text.split(/(?<=\.) /)) {
		const start = text.indexOf(part, at);
		out.push({ start, end: start + part.length, heading: out.length === 0 });
		at = start + part.length;
	}
	return out;
})();

const bankAsking = (sentence: number): Bank => ({
	schemaVersion: 1,
	id: 'harbor',
	title: 'Harbor',
	language: 'en',
	source: { title: 'Harbor' },
	questions: [
		{
			id: 'q1',
			type: 'true_false',
			prompt: 'p',
			answer: true,
			tags: [],
			source: { quote: 'q', start: spans[sentence].start, end: spans[sentence].end }
		}
	]
});

describe('central facts asked', () => {
	it('places an entry in the body sentence sharing the most content words, never the headline', () => {
		expect(sentenceOf('Councillors voted to double the harbor toll', text, spans)).toBe(spans[1]);
		expect(sentenceOf('Angry fishermen protested at the hall', text, spans)).toBe(spans[3]);
		// One shared word is no evidence of a sentence: the entry is left unplaced.
		expect(sentenceOf('The summer festival', text, spans)).toBeNull();
	});

	it('counts an entry as asked when a question comes from its sentence', () => {
		const entries = ['The council voted to double the harbor toll', 'Fishermen protested outside the hall', 'A summary'];
		expect(centralFactsAsked(entries, text, spans, bankAsking(1))).toEqual({ asked: 1, placed: 2 });
		expect(centralFactsAsked(entries, text, spans, bankAsking(2))).toEqual({ asked: 0, placed: 2 });
	});

	it('reads every run’s lists for an article of the dev set', () => {
		const missing = readMissing('tests/dev/judgements');
		// Thirteen rounds listed the central facts of this article; an empty list would mean the reader broke.
		expect((missing.get('chronic-cough-drug-trial') ?? []).length).toBeGreaterThan(13);
	});
});
