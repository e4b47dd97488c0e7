import { describe, expect, it } from 'vitest';
import { relativeCount } from './references-relative-count';
import { extractFacts } from './facts';
import { splitSentences } from './sentences';
import { candidate } from './questions/candidate';
import { standAlone } from './questions/standalone';

describe('a count told against a sentence before', () => {
	// Each row: a sentence, and the words that count on from a sentence not shown (null: none).
	const table: [string, string | null][] = [
		['The remaining 17 trustees abstained from the vote.', 'The remaining 17'],
		['Three more barges ran aground near the weir on Sunday.', 'Three more barges'],
		['A further 2,300 tickets go on sale at noon.', 'A further 2,300'],
		['Another ____ volunteers joined the search at dawn.', 'Another ____'],
		['The other two wardens kept the gates shut.', 'The other two'],
		['Divers worked the wreck for a further six weeks before the salvage barge arrived.', 'a further six weeks'],
		['The road stayed shut for another three long months.', 'another three long months'],
		// Near misses: a count of its own, "more" of a measure, a further sum that is no span of time.
		['The remaining stock was sold at auction in 1911.', null],
		['Nine members of the crew were rescued by the lifeboat.', null],
		['The bakery now sells 40 more loaves than it did in spring.', null],
		['The club hopes to raise a further 2 million crowns from its members.', null],
		['More than four hundred people signed the petition.', null],
		['The siege went on for another three years, until the truce of 1720.', null]
	];
	it.each(table)('%s', (sentence, words) => {
		expect(relativeCount(sentence)).toBe(words);
	});
});

describe('a statement that counts on from a sentence not shown is not asked', () => {
	/** The last sentence of `text` as a true statement, after standAlone: kept or not. */
	function kept(text: string): boolean {
		const sentences = splitSentences(text);
		const last = sentences[sentences.length - 1];
		const fact = extractFacts(sentences, null)[0];
		const source = { quote: last.text, start: last.start, end: last.end };
		const c = candidate({ id: 'c', type: 'true_false', prompt: last.text, answer: true, tags: [], source }, fact, last, 'statement');
		return standAlone(c, sentences.slice(0, -1), text) !== null;
	}
	it.each([
		['The board met on 3 May in Halden. The remaining 17 trustees abstained from the vote.', false],
		['Floods hit Orrin on Friday. Three more barges ran aground near the weir on Sunday.', false],
		['The ship sank off Kessock in 1894. Divers worked the wreck for a further six weeks.', false],
		['The ship sank off Kessock in 1894. Nine members of the crew were rescued by the lifeboat.', true]
	] as [string, boolean][])('%s', (text, expected) => {
		expect(kept(text)).toBe(expected);
	});
});
