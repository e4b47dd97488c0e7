import type { FactRecord, PlaceFact } from '../facts/types';
import type { Sentence } from '../sentences';
import { tokenize } from '../tokens';

/**
 * Place blanks that give their answer away or cut a longer name, which judges reject ("blanking
 * England in 'north of ____' is a giveaway and misses the point"): the place names something
 * else's kind or setting, not a thing the sentence says about it.
 * - "the ____ district", "____ cement", "the ____ bridge": a lower-case noun right after the
 *   name makes it part of a longer noun phrase; the blank asks for a modifier.
 * - "southern ____", "north-western ____": a compass word before it.
 * - "Kraków, ____", "the ____, Massachusetts, company": a place beside another place, one saying
 *   where the other is; the pair is an address.
 * A real question on such a place is still asked where one can be made (see wh-entity.ts).
 */
export function incidentalPlace(sentence: Sentence, fact: PlaceFact, all: FactRecord[]): boolean {
	const before = sentence.text.slice(0, fact.answerStart - sentence.start);
	const after = sentence.text.slice(fact.answerEnd - sentence.start);
	const next = tokenize(after)[0];
	const modifier =
		!!next &&
		next.start === 1 &&
		/^\p{Ll}/u.test(next.text) &&
		next.tags.has('Noun') &&
		!next.tags.has('Pronoun') &&
		!next.tags.has('Verb') &&
		!next.tags.has('Preposition') &&
		!next.tags.has('Conjunction');
	const compass = /\b(?:north|south|east|west|central|northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western)\s$/i.test(
		before
	);
	const text = sentence.text;
	const paired = (f: FactRecord) =>
		f.kind === 'place' &&
		f.sentence === fact.sentence &&
		((f.answerEnd <= fact.answerStart && /^,\s+$/.test(text.slice(f.answerEnd - sentence.start, fact.answerStart - sentence.start))) ||
			(f.answerStart >= fact.answerEnd && /^,\s+$/.test(text.slice(fact.answerEnd - sentence.start, f.answerStart - sentence.start))));
	const address = all.some(paired);
	return modifier || compass || address;
}
