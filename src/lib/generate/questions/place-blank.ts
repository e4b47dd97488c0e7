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
 * - "Kraków, ____": the larger place of an address, which the smaller one gives away; and
 *   "the ____, Massachusetts, company", where the pair modifies a noun as above.
 * A real question on such a place is still asked where one can be made (see wh-entity.ts).
 */
export function incidentalPlace(sentence: Sentence, fact: PlaceFact, all: FactRecord[]): boolean {
	const before = sentence.text.slice(0, fact.answerStart - sentence.start);
	const after = sentence.text.slice(fact.answerEnd - sentence.start);
	// Whether another place of the sentence ends at this offset of the sentence.
	const placeEnds = (at: number) => all.some((f) => f.kind === 'place' && f.sentence === fact.sentence && f !== fact && f.answerEnd - sentence.start === at);
	// "the Cambridge, Massachusetts, company": the place after the comma says where the first is; the noun after both is what they modify.
	const region = /^,\s+[^,]+(?=,)/.exec(after);
	const rest = region && placeEnds(fact.answerEnd - sentence.start + region[0].length) ? after.slice(region[0].length + 1) : after;
	const next = tokenize(rest)[0];
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
	// "Kraków, ____": the second place of the pair is the larger one the first lies in, which the first gives away.
	const address = /,\s+$/.test(before) && placeEnds(before.replace(/,\s+$/, '').length);
	return modifier || compass || address;
}
