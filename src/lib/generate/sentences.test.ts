import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const texts = (t: string) =>
	splitSentences(t)
		.filter((s) => !s.heading)
		.map((s) => s.text);

describe('splitSentences', () => {
	it('keeps offsets exact', () => {
		const text = 'A title line\n\nDr. Smith met Mr. Jones at 3.5 p.m. on Friday. They talked.\n\nMore text here.';
		for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
	});

	it('treats a line without final punctuation as a heading', () => {
		const s = splitSentences('Recent Events in the Conflict\n\nRussia fired drones.');
		expect(s[0]).toMatchObject({ heading: true, text: 'Recent Events in the Conflict' });
		expect(s[1]).toMatchObject({ heading: false, text: 'Russia fired drones.' });
	});

	it('treats a dateline as a heading', () => {
		expect(splitSentences('Posted March 5, 2024, 7:40 p.m.')[0].heading).toBe(true);
		expect(splitSentences('Published: 14 March 2024')[0].heading).toBe(true);
	});

	it('does not split at abbreviations, initials, decimals or dotted acronyms', () => {
		expect(texts('Dr. Elena Ramirez met St. John at No. 5 Main St. on Jan. 3. It rained.')).toEqual([
			'Dr. Elena Ramirez met St. John at No. 5 Main St. on Jan. 3.',
			'It rained.'
		]);
		expect(texts('The lake is approx. 3.5 km wide, e.g. very big. Orders from the U.S. and Europe grew.')).toHaveLength(2);
		expect(texts('J. R. Smith spoke. Then he left.')).toEqual(['J. R. Smith spoke.', 'Then he left.']);
	});

	it('ends a sentence inside closing quotes and keeps "he added" with its quote', () => {
		expect(texts('“We are ready,” he added. “Tonight he proved it.” She left.')).toEqual(['“We are ready,” he added.', '“Tonight he proved it.”', 'She left.']);
	});

	it('handles ellipses and em dashes', () => {
		expect(texts('He waited… and waited. The crowd — 41,870 people — cheered.')).toEqual(['He waited… and waited.', 'The crowd — 41,870 people — cheered.']);
	});
});

describe('datelines opening a paragraph', () => {
	const paragraph =
		'VILLAMAYOR DEL CAMPO, 13 September — The worst drought in more than four decades has slashed the cereal harvest across the Alcarena plateau, with regional officials estimating that farmers brought in just 412,000 tonnes of wheat and barley this summer, down from 780,000 tonnes a year earlier.';

	it('starts the first sentence after the dateline', () => {
		const sentences = splitSentences(paragraph);
		expect(texts(paragraph)[0]).toMatch(/^The worst drought in more than four decades/);
		for (const s of sentences) expect(paragraph.slice(s.start, s.end)).toBe(s.text);
	});

	it('recognises other dateline shapes', () => {
		expect(texts('MATI, Philippines — Floods cut the road on Monday.')).toEqual(['Floods cut the road on Monday.']);
		expect(texts('GENEVA, March 3 (Reuters) - Talks resumed on Tuesday.')).toEqual(['Talks resumed on Tuesday.']);
		expect(texts('NATO members met in Brussels.')).toEqual(['NATO members met in Brussels.']);
	});
});
