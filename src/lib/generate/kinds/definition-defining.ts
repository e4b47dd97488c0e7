import type { TaggedSentence } from '../facts/types';
import type { Token } from '../tokens';
import { uncommon } from './definition-dash';

/** What a participle after a noun says of any such thing: its use, its maker, its stuff or its cause. */
const GENERAL_LINK = /^(?:by|to|for|from|with)$/i;

/**
 * "the spinning flywheels used to point it", "the share of its volume taken up by gaps", "a thin
 * film made from cellulose": a noun and a participle that says what such a thing is for, made of
 * or made by, the shortened "that is used to …". A participle before a time or a place ("an injury
 * sustained in training", "a stand built on Monday") tells of one event, as does a number or date.
 */
export function reducedRelative(gloss: Token[]): boolean {
	if (gloss.some((t) => t.tags.has('Value') || t.tags.has('Date'))) return false;
	for (let i = 1; i < gloss.length - 1; i++) {
		const t = gloss[i];
		const participle = t.tags.has('Verb') && (t.tags.has('PastTense') || t.tags.has('Participle') || /^used$/i.test(t.text));
		if (!participle || !gloss[i - 1].tags.has('Noun') || gloss[i - 1].tags.has('Pronoun')) continue;
		const next = gloss[i + 1].tags.has('Particle') ? gloss[i + 2] : gloss[i + 1];
		return next !== undefined && GENERAL_LINK.test(next.text);
	}
	return false;
}

/**
 * An appositive after a noun that ends a clause ("produced by methanogens, single-celled microbes
 * that live …", "believed in the miasma theory, the idea that …") usually sums the clause up ("added
 * 146 for the third wicket, a partnership that turned the match"), so definition.ts takes it only
 * when it reads as a definition: the term is a technical one (an uncommon word, no number in it)
 * and the gloss says what such a thing is in general — a clause in the present ("microbes that
 * live", "a frame on which the threads are stretched") or the content of an idea ("the idea that
 * diseases were spread …"); a past event ("a partnership that turned the match") is no definition.
 */
export function definesTerm(s: TaggedSentence, term: { at: number; text: string }, glossFrom: number, glossTo: number): boolean {
	const termWords = s.tokens.filter((t) => t.start >= term.at && t.end <= term.at + term.text.length);
	// "on Monday morning, a step that …", "for the 10th wicket, a stand that …": a name, a date or a
	// number in or just before the term marks one moment or one thing, not a term.
	const words = term.text.replace(/^(?:a|an|the) /i, '').split(' ');
	const before = s.tokens.filter((t) => t.end <= term.at).at(-1);
	const counted = [...termWords, ...(before ? [before] : [])].some((t) => t.tags.has('Value') || t.tags.has('Date'));
	const named = counted || words.some((w) => /^\p{Lu}\p{Ll}/u.test(w));
	const lower = words.filter((w) => /^\p{Ll}/u.test(w));
	if (named || lower.length === 0 || !uncommon(lower.join(' '))) return false;
	const gloss = s.tokens.filter((t) => t.start >= glossFrom && t.end <= glossTo);
	if (reducedRelative(gloss)) return true;
	const relative = gloss.findIndex((t) => /^(?:that|which|who|whom|whose|where)$/i.test(t.text));
	// "a lighthouse keeper, a man who lives alone on a rock": a person described is a character or a
	// job (the person kinds ask those), not a term explained.
	if (relative < 0 || /^(?:who|whom)$/i.test(gloss[relative].text)) return false;
	const next = gloss[relative + 1];
	// "the idea that diseases were spread …": "that" before a subject opens the idea's content.
	const content = /^that$/i.test(gloss[relative].text) && next !== undefined && !next.tags.has('Verb') && !next.tags.has('Adverb');
	const verb = gloss.slice(relative + 1).find((t) => t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective'));
	return content || (verb !== undefined && !verb.tags.has('PastTense'));
}

/**
 * "a tall upright frame on which the warp threads — the fixed threads that run … — are stretched":
 * a paired dash aside inside a gloss, cut out so the gloss reads on; returns the text and, for an
 * offset of it, the offset in the original.
 */
export function withoutAsides(text: string): { text: string; original: (at: number) => number } {
	const cuts: { at: number; length: number }[] = [];
	const out = text.replace(/ [—–] [^—–.;]+? [—–](?= )/g, (m, at: number) => {
		cuts.push({ at: at - cuts.reduce((n, c) => n + c.length, 0), length: m.length });
		return '';
	});
	return { text: out, original: (at) => at + cuts.filter((c) => c.at < at).reduce((n, c) => n + c.length, 0) };
}

const AUXILIARY = /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should)$/i;

/**
 * A gloss leaning on the sentences before through a plural demonstrative, made to stand alone: "a
 * drug that blocks a switch on those sensory nerve fibres" reads "… on sensory nerve fibres", which
 * says what the drug does to any such fibres. A singular one stays ("at this level" names one level,
 * and "at the level" would say nothing), as does one standing as a pronoun ("those are"): the
 * checks refuse both.
 */
export function resolveDemonstratives(gloss: string): string {
	return gloss.replace(/\b(?:these|those)\s+(\p{Ll}[\p{L}-]*)/gu, (m, word: string) => (AUXILIARY.test(word) ? m : word));
}
