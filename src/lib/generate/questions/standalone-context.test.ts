import { describe, expect, it } from 'vitest';
import { extractFacts } from '../facts';
import { splitSentences } from '../sentences';
import { candidate } from './candidate';
import { standAlone } from './standalone';

/**
 * How the last sentence of `text` is asked as a blank: alone, with the sentence before shown
 * first, or not at all.
 */
function shown(text: string): 'alone' | 'with previous' | 'dropped' {
	const sentences = splitSentences(text);
	const last = sentences[sentences.length - 1];
	const fact = extractFacts(sentences, null).find((f) => f.sentence === last.index) ?? extractFacts(sentences, null)[0];
	const word = /\b(\d[\d,]*|\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)\b/u.exec(last.text.slice(1))?.[1] ?? '';
	const prompt = last.text.replace(word, '____');
	const source = { quote: last.text, start: last.start, end: last.end };
	const c = candidate({ id: 'c', type: 'cloze', prompt, answer: word, tags: [], source }, fact, last, 'blank');
	const made = standAlone(c, sentences.slice(0, -1), text);
	return made === null ? 'dropped' : made.question.prompt === prompt ? 'alone' : 'with previous';
}

describe('the sentence before is shown only when it resolves the prompt', () => {
	// Each row: an article, and how its last sentence is asked.
	const table: [string, 'alone' | 'with previous' | 'dropped'][] = [
		// An existential "there" leans on nothing: the prompt stands alone.
		['Rating: three stars out of five. There is a moment, forty minutes into the play, when the shopkeeper Agnes Pyle opens a ledger.', 'alone'],
		['The festival opened on Friday. There were 40,000 people at the opening night despite the rain.', 'alone'],
		['Prices rose again in March. There has been no fall in the rents of 4,000 flats in Halden this year.', 'alone'],
		// A heading with no verb resolves nothing: a prompt that leans back is not shown after it.
		['Verdict: four stars. It runs for 150 minutes, including an interval.', 'dropped'],
		// "The siren …" after a sentence about something else: that sentence is not what the siren is.
		[
			'Engineers fitted a steam siren at Gullhead in 1869. The board adopted the coding scheme in 1888. The steam siren was later heard at 212 stations along the coast.',
			'dropped'
		],
		// Near misses: a sentence before that names what the prompt leans on is shown.
		['Engineers fitted a steam siren at Gullhead in 1869. The steam siren was heard at 7 miles, against two for the bell.', 'with previous'],
		['Ministers launched a deposit scheme for bottles in May. It will employ about 1,400 people in counting centres.', 'with previous'],
		// A reference only the checks read ("The decline", "the other villages") is resolved the same way.
		['Net income fell 19% to $96 million in the quarter. The decline was mainly the result of a $31 million restructuring charge.', 'with previous'],
		[
			'Villages with mangroves lost few houses to storms. Coastal villages lost 12 percent of their houses, against 35 percent in the other villages.',
			'with previous'
		],
		['Verdict: four stars. The decline was mainly the result of a $31 million restructuring charge.', 'dropped'],
		// Two long sentences for such a reference make a paragraph to read for one figure: not asked.
		[
			'A refrigerant absorbs the low-grade heat and evaporates; a compressor squeezes the vapour, which raises its temperature sharply; the hot refrigerant then passes its heat into the district network at about 75 degrees. Each of the two units can deliver up to 6 megawatts of heat.',
			'dropped'
		],
		// "There", a place the sentence before names, still leans on it.
		['The crew reached Port Halden on Tuesday. There they found 3,000 people waiting for food.', 'with previous']
	];
	it.each(table)('%s', (text, how) => {
		expect(shown(text)).toBe(how);
	});
});
