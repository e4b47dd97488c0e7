import type { TaggedSentence } from '../facts/types';
import { resolveLeadPronoun } from '../references-resolve';
import { subjectBefore } from './clause';
import { sentenceBefore, type FindContext } from './kind';
import { personMeant } from './quote';

/** ", which is held in full in the archive," between a subject and its verb: an aside about the subject (its "9,300" no comma). */
const ASIDE = /, (?:which|who|whose) (?:[^,]|,(?=\d{3}))+,$/;

/** "His report", "He", "They" (after "And" or "But"): a subject that is a pronoun or opens on one. */
const PRONOUN_SUBJECT = /^(?:(?:And|But|Yet|So) )?(?:(He|She)|(His|Her) (\p{Ll}[\p{Ll} -]{2,30})|(They|It))$/u;

const possessive = (name: string) => (/s$/.test(name) ? `${name}’` : `${name}’s`);

/**
 * Who recommends, as a question names them, when the recommending verb starts at `at`: the plain
 * subject before it (past an aside: "His report, which is held in the archive, recommended …"),
 * or a pronoun subject named — "he" or "his report" by the one person the paragraph lets it mean
 * ("Farrant’s report"), "they" or "it" by the sentence before’s subject. Null when no one is named.
 */
export function adviser(s: TaggedSentence, at: number, ctx: FindContext): string | null {
	const aside = ASIDE.exec(s.text.slice(0, at));
	const end = aside ? aside.index : at;
	const plain = subjectBefore(s, end);
	if (plain) return plain.asked;
	const m = PRONOUN_SUBJECT.exec(s.text.slice(0, end).trim());
	if (!m) return null;
	if (m[1] || m[2]) {
		const person = personMeant(m[1] ?? m[2], ctx);
		return person ? (m[2] ? `${possessive(person)} ${m[3]}` : person) : null;
	}
	return thingBefore(s, s.text.indexOf(m[4]), ctx);
}

/**
 * What an "it" or "they" at sentence offset `at` (opening its clause) means: the subject of the
 * sentence before, in the same paragraph, when the pronoun agrees with it and it ends in a noun
 * with no adverb before it ("the most important is that …" names nothing). As a question carries it: "the inquiry report".
 */
export function thingBefore(s: TaggedSentence, at: number, ctx: FindContext): string | null {
	const prev = sentenceBefore(s, ctx);
	if (!prev) return null;
	const r = resolveLeadPronoun(s.text.slice(at), { text: prev.text, start: prev.start });
	const to = r.ok && r.replacements.length === 1 && r.replacements[0].at === 0 ? r.replacements[0].to : null;
	const from = to ? prev.text.toLowerCase().indexOf(to.toLowerCase()) : -1;
	const words = from < 0 ? [] : prev.tokens.filter((t) => t.start >= from && t.end <= from + to!.length);
	const last = words.at(-1);
	// "the most important": an adverb before the last word makes it an adjective whose noun is left out.
	if (!to || !last || !(last.tags.has('Noun') || last.tags.has('ProperNoun')) || last.tags.has('Adjective') || words.some((t) => t.tags.has('Adverb')))
		return null;
	return to.replace(/^(?:The|A|An) /, (a) => a.toLowerCase());
}
