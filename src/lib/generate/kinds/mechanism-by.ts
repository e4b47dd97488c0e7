import { AUXILIARIES, clauseRest, finish, PRONOUN_WORD, wordCount } from '../english';
import type { TaggedSentence } from '../facts/types';
import type { Token } from '../tokens';
import { askable, baseOf, subjectBefore } from './clause';

/**
 * "The team worked out the asteroid's mass by tracking how its gravity tugged on the probe",
 * "Oysters feed by pumping seawater across their gills": how someone did a thing or how a thing
 * does what it does, the method in a "by" and a gerund after the clause's own verb. Asked "How
 * did the team work out the asteroid's mass?" with the method on the back.
 */

/**
 * Verbs that report or hold rather than act ("said by …", "is known by …"), and verbs of reacting,
 * which point back at what they answer: "How did she respond?" asks to what, out of its paragraph.
 */
const NOT_A_METHOD =
	/^(?:said|says|say|told|tells|added|adds|is|are|was|were|has|have|had|seems|seemed|means|meant|responded|responds|respond|reacted|reacts|react|replied|replies|reply|answered|answers|retaliated)$/;

/** Longest object between the verb and "by": a longer stretch is more than one thing done. */
const MAX_OBJECT = 8;

export interface Method {
	/** Where the verb starts, the subject as the question reads it, the verb as written, its auxiliary in a question, and what it acts on. */
	index: number;
	subject: string;
	verb: string;
	aux: string;
	object?: string;
	answer: string;
}

/** A verb with its own tense, not an auxiliary ("could be funded by" is no action of the subject's). */
const acting = (t: Token): boolean =>
	t.tags.has('Verb') &&
	!t.tags.has('Gerund') &&
	!t.tags.has('Participle') &&
	!t.tags.has('Noun') &&
	(t.tags.has('PastTense') || t.tags.has('PresentTense')) &&
	!AUXILIARIES.has(t.text.toLowerCase()) &&
	!NOT_A_METHOD.test(t.text.toLowerCase());

/** The method a sentence's clause names with "by" and a gerund, or null. */
export function methodBy(s: TaggedSentence): Method | null {
	const by = s.tokens.findIndex((t, i) => t.text.toLowerCase() === 'by' && s.tokens[i + 1]?.tags.has('Gerund') && /ing$/.test(s.tokens[i + 1].text));
	if (by < 1) return null;
	// The clause's verb: the first verb since the clause began, none of them a comma away from "by".
	const clauseStart = Math.max(s.text.lastIndexOf(', ', s.tokens[by].start), s.text.lastIndexOf('; ', s.tokens[by].start));
	const verbAt = s.tokens.findIndex((t, i) => i < by && t.start > clauseStart && t.tags.has('Verb'));
	const verb = s.tokens[verbAt];
	if (verbAt < 1 || !acting(verb)) return null;
	const subject = subjectBefore(s, verb.start);
	if (!subject) return null;
	const object = s.text.slice(verb.end, s.tokens[by].start).trim();
	if (wordCount(object) > MAX_OBJECT || /[,;:()“”"]/.test(object)) return null;
	const answer = finish(clauseRest(s.text.slice(s.tokens[by].start)));
	// The subject opens the question ("How did Tern's team …?"): a pronoun in the method must mean it; the object's ("deals with this") points back.
	if (!askable(answer, 3, subject.text) || (object && (PRONOUN_WORD.test(object) || /\b(?:this|that|these|those)\b/i.test(object)))) return null;
	const past = verb.tags.has('PastTense');
	const aux = past ? 'did' : /s$/.test(verb.text) && !/ss$/.test(verb.text) ? 'does' : 'do';
	return { index: verb.start, subject: subject.asked, verb: baseOf(verb.text.toLowerCase()), aux, ...(object ? { object } : {}), answer };
}
