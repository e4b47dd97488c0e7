import { describe, expect, it } from 'vitest';
import { sentenceCentrality } from './centrality';
import { splitSentences } from './sentences';

const article = [
	'Glacier retreat doubles meltwater floods in the Andes',
	'',
	'Glacier retreat in the Andes has doubled the number of meltwater floods since 1990, a survey of valley records shows.',
	'The floods come when a lake dammed by glacier ice bursts through it.',
	'The survey team travelled by mule for part of the route.',
	'Most meltwater floods now reach valleys where farmers have planted new orchards, and glacier retreat is speeding up.'
].join('\n');

describe('sentence centrality', () => {
	const sentences = splitSentences(article);
	const c = sentenceCentrality(sentences, 'Glacier retreat doubles meltwater floods in the Andes');
	const of = (start: string) => c.get(sentences.find((s) => s.text.startsWith(start))?.index ?? -1) ?? -1;

	it('ranks a sentence that repeats the headline and the lead above a side remark later on', () => {
		expect(of('Most meltwater floods')).toBeGreaterThan(of('The survey team travelled'));
	});

	it('ranks the lead highest of all', () => {
		for (const s of sentences.filter((x) => !x.heading)) expect(of('Glacier retreat in the Andes')).toBeGreaterThanOrEqual(c.get(s.index) ?? 0);
	});

	it('gives headings no score', () => {
		expect(c.has(sentences[0].index)).toBe(false);
	});
});
