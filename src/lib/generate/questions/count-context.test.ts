import { describe, expect, it } from 'vitest';
import { extractFacts } from '../facts';
import { splitSentences } from '../sentences';
import { candidate } from './candidate';
import { countInContext } from './count-context';

/**
 * How a question on the last sentence of `text` is asked: alone, with the sentence before shown
 * first (only one of the same paragraph, as questions/index.ts passes it), or not at all.
 */
function shown(text: string, prompt: string): 'alone' | 'with previous' | 'dropped' {
	const sentences = splitSentences(text);
	const last = sentences[sentences.length - 1];
	const before = sentences.at(-2);
	const previous = before && before.paragraph === last.paragraph ? before : undefined;
	const fact = extractFacts(sentences, null)[0];
	const source = { quote: last.text, start: last.start, end: last.end };
	const c = candidate({ id: 'c', type: 'numeric', prompt, answer: 3, tags: [], source }, fact, last, 'wh');
	const made = countInContext(c, previous, sentences.slice(0, -1), text);
	return made === null ? 'dropped' : made.question.prompt === prompt ? 'alone' : 'with previous';
}

describe('a count question that names nothing is asked after the sentence that says what of', () => {
	// Each row: an article, the question on its last sentence, and how it is asked.
	const table: [string, string, 'alone' | 'with previous' | 'dropped'][] = [
		// An existential count names nothing: the sentence before says what was counted.
		['A heat pump moves warmth from the outside air into a house. There are three common designs.', 'How many common designs are there?', 'with previous'],
		['A budget tent sleeps two adults at a squeeze. There are six pegs in the bag.', 'How many pegs are there in the bag?', 'with previous'],
		// A sentence before that leans back itself, states nothing, asks, or stands in another paragraph cannot say it: the count goes.
		['It was finished in a single week. There are four rooms.', 'How many rooms are there?', 'dropped'],
		['Verdict: two stars out of five. There are nine chapters.', 'How many chapters are there?', 'dropped'],
		['What about the cost of running one? There were two options on offer.', 'How many options were there on offer?', 'dropped'],
		['The novel is long.\n\nThere are twelve parts.', 'How many parts are there?', 'dropped'],
		// Any other count is shown after a sentence that names someone or something, and left alone after one that does not.
		[
			'Orla Quarry stopped blasting on Friday. About 60 miners have been moved to night shifts.',
			'About how many miners have been moved to night shifts?',
			'with previous'
		],
		['The effects lasted for years. About 40 families left the valley.', 'About how many families left the valley?', 'alone'],
		// Near misses: a count question that names a place, a body or a year, or no count at all, stands as it is.
		['The port handles grain. It lost two ships that winter.', 'How many ships did the Kestrel Line lose in 1998?', 'alone'],
		['It was finished in a single week. There are four rooms.', 'How many rooms are there at Halden Lodge?', 'alone'],
		['It was finished in a single week. Four builders worked on it.', 'Who built the lodge?', 'alone']
	];
	it.each(table)('%s / %s', (text, prompt, how) => {
		expect(shown(text, prompt)).toBe(how);
	});
});
