import type { TaggedSentence } from '../facts/types';
import type { Token } from '../tokens';

/**
 * Where a reported clause ends when the reporter's own next verb follows it: "the Civic Alliance
 * said that reopening the baths would cost £6.8 million and questioned how …" reports only the
 * cost; "questioned" is the Alliance's second act, and a card back that keeps it reads "… and
 * questioned how" with no subject.
 */

/** "would cost", "does not": a clause headed by a modal or "do" takes a bare verb, so a later "-ed" or "-s" verb is not its own. */
const BARE_HEAD = /^(?:would|will|can|could|may|might|shall|should|must|do|does|did)$/i;

const finite = (t: Token) => t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Infinitive') && !(t.tags.has('Noun') && !t.tags.has('PresentTense'));

/** Whether a verb is past ("said", "questioned") or third-person present ("says", "questions"), as the reporter's verb must match. */
const tenseOf = (t: Token): 'past' | 'present' | null =>
	t.tags.has('PastTense') ? 'past' : t.tags.has('PresentTense') && /\p{L}s$/u.test(t.text) ? 'present' : null;

/**
 * The reported clause (starting at sentence offset `at`) cut before "and <verb>" when that verb
 * is in the reporting verb's tense and cannot share the clause's own verb: after "would cost" an
 * "and questioned" is not "would questioned", so its subject is the reporter. A clause headed by
 * a plain past or a "had/was" ("the lakes grew and released") keeps its "and": either reading fits.
 */
export function reporterCut(s: TaggedSentence, at: number, reported: string, reporting: Token | undefined): string {
	const tense = reporting ? tenseOf(reporting) : null;
	if (!tense) return reported;
	const tokens = s.tokens.filter((t) => t.start >= at && t.start < at + reported.length);
	const head = tokens.find(finite);
	if (!head) return reported;
	const bare = BARE_HEAD.test(head.text);
	// A present-tense clause ("the plan cuts jobs and warned …") cannot take a past verb either.
	const present = !bare && tenseOf(head) === 'present' && !head.tags.has('Auxiliary');
	if (!bare && !(present && tense === 'past')) return reported;
	const from = tokens.indexOf(head);
	for (let i = from + 1; i + 1 < tokens.length; i++) {
		const next = tokens[i + 1];
		if (tokens[i].text.toLowerCase() !== 'and' || !next.tags.has('Verb') || next.tags.has('Noun') || tenseOf(next) !== tense) continue;
		return reported.slice(0, tokens[i].start - at).replace(/[\s,;]+$/, '');
	}
	return reported;
}
