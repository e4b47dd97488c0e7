import { tokenize, type Token } from './tokens';

/**
 * "By October, a month after the last loom stopped, it had reached 13.6 per cent.", "When
 * Pargeter & Lowe closed in 1968, he bought a chapel …": a pronoun that is the subject of the
 * main clause, after opening phrases that say only when, where or how. Out of its paragraph it
 * means whatever the sentence before was about, which the learner never sees. The short openings
 * ("In 2020, they …") are read in references.ts; these are the long ones, up to three phrases.
 */

/** Up to three opening phrases set off by commas, then the pronoun and the next word (its verb). */
const OPENED = /^((?:[^,;:“”"]+, ){1,3})(it|its|they|their|he|she|his|her)\b (\p{Ll}[\p{Ll}’'-]*)/u;

/** "By then, it was clear that …", "In 2019, it seemed …": an "it" before "be" or "seem" is often the empty one. */
const EMPTY_IT = /^(?:is|was|were|are|seems?|seemed|appears?|appeared|remains?|remained|became|becomes|took|takes|means|meant)$/;

/** Prepositions, a closed class, which the tagger sometimes reads as another word class ("Over" as an adjective). */
const PREPOSITION = /^(?:over|in|on|at|by|during|after|before|since|until|within|across|throughout|under|for|despite|following|amid|from)$/i;

/** A word that opens a phrase of time, place or manner: "By", "When", "Already", "Born". */
const opensPhrase = (t: Token | undefined) =>
	t !== undefined && (PREPOSITION.test(t.text) || ['Preposition', 'Conjunction', 'QuestionWord', 'Adverb', 'Verb', 'Value'].some((tag) => t.tags.has(tag)));

/** A name that may be a person's: capitalised, and not known for a body, a place or a date. */
const maybePerson = (t: Token) => /^\p{Lu}/u.test(t.text) && t.tags.has('Noun') && !['Organization', 'Place', 'Date', 'Pronoun'].some((tag) => t.tags.has(tag));

/**
 * "After the company lost its contract, it …", "When Hale left, he …": a phrase that opens on a
 * conjunction or a preposition and then a noun and its verb has a subject of its own, which the
 * pronoun may well mean.
 */
function opensOnSubject(phrase: Token[]): boolean {
	if (!['Preposition', 'Conjunction', 'QuestionWord'].some((tag) => phrase[0]?.tags.has(tag))) return false;
	for (let i = 1; i < phrase.length - 1 && i <= 6; i++) {
		const t = phrase[i];
		if (t.tags.has('Noun') && !t.tags.has('Pronoun') && phrase[i + 1].tags.has('Verb') && !phrase[i + 1].tags.has('Gerund')) return true;
		if (!(t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Noun') || t.tags.has('Value'))) return false;
	}
	return false;
}

/** The pronoun a text's main clause opens with after its opening phrases, when nothing in those phrases can be what it means; null otherwise. */
export function pronounAfterOpeners(text: string): string | null {
	const m = OPENED.exec(text);
	if (!m) return null;
	const word = m[2].toLowerCase();
	if (word === 'it' && EMPTY_IT.test(m[3])) return null;
	const phrases = m[1]
		.split(', ')
		.filter(Boolean)
		.map((p) => tokenize(p));
	if (!opensPhrase(phrases[0]?.[0])) return null;
	const person = /^(?:he|she|his|her)$/.test(word);
	if (person ? phrases.some((p) => p.some(maybePerson)) : phrases.some(opensOnSubject)) return null;
	return m[2];
}
