import type { FactRecord, PlaceFact } from '../facts/types';
import type { Sentence } from '../sentences';
import { tokenize } from '../tokens';

/**
 * Place blanks that cut a longer name or give their answer away, which judges reject ("blanking
 * England in 'north of ____' is a giveaway and misses the point"):
 * - "the ____ district", "____ cement", "the ____ bridge": a lower-case noun right after the
 *   name makes it part of a longer noun phrase, and "across northern ____" has a compass word
 *   before it. The blank is repaired to cover the whole phrase ("____, then a relatively new
 *   material" for "Portland cement"), so the learner supplies a thing, not half a name.
 * - "Kraków, ____": the larger place of an address, which the smaller one gives away; not asked.
 */

/** What becomes of a place's blank: `null` when it is not asked, else the span to blank. */
export type PlaceBlank = { start: number; end: number } | null;

const COMPASS = /\b(?:north|south|east|west|central|northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western)\s$/i;

export function placeBlank(sentence: Sentence, fact: PlaceFact, all: FactRecord[]): PlaceBlank {
	const before = sentence.text.slice(0, fact.answerStart - sentence.start);
	const after = sentence.text.slice(fact.answerEnd - sentence.start);
	// Whether another place of the sentence ends at this offset of the sentence.
	const placeEnds = (at: number) => all.some((f) => f.kind === 'place' && f.sentence === fact.sentence && f !== fact && f.answerEnd - sentence.start === at);
	if (/,\s+$/.test(before) && placeEnds(before.replace(/,\s+$/, '').length)) return null;
	const compass = COMPASS.exec(before);
	const start = compass ? fact.answerStart - compass[0].length + (compass[0].length - compass[0].trimStart().length) : fact.answerStart;
	// The lower-case nouns right after the name, one space apart: "weather pattern" after "El Niño".
	// "the Vesterhavn and Old Mill districts": after "and" the noun is shared with the name before, so it stays out.
	let end = 0;
	for (const t of /\b(?:and|or)\s$/.test(before) ? [] : tokenize(after)) {
		const noun =
			/^\p{Ll}/u.test(t.text) &&
			t.tags.has('Noun') &&
			!['Pronoun', 'Verb', 'Preposition', 'Conjunction', 'Determiner', 'Adverb'].some((tag) => t.tags.has(tag));
		if (!noun || t.start !== end + 1) break;
		end = t.end;
	}
	return { start, end: fact.answerEnd + end };
}
