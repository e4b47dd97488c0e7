import { frequencyRank } from '../frequency';
import type { TaggedSentence } from '../facts/types';

/**
 * Explainers set a technical term's meaning off with a dash ("the thermocline — the boundary
 * between the hot zone and the cooler zone") or name the term after a colon and gloss it after a
 * comma ("a subtler danger: flutter, a self-reinforcing twisting motion …"). These are the terms
 * a teacher asks first, and the comma and copula readings of definition.ts miss both shapes.
 */

/** A term found with its gloss: the term's sentence offset and text, and the gloss. */
export interface Glossed {
	term: string;
	at: number;
	gloss: string;
	/** The abbreviation the article gives the term ("…, or PRO"), which marks it as a term. */
	abbreviation?: string;
}

/**
 * Words of the frequency list past this place are uncommon: a term with one is technical
 * ("thermocline", "ballast", "stress-free"), while "religion — the rivalry between …" or
 * "housing, a new depot …" only specify an everyday word in passing.
 */
const UNCOMMON_FROM = 10000;

/** "the Old Quay, where …": a gloss whose head is capitalised names a place or a body, which other kinds ask. */
const NAMED_GLOSS = /^(?:a|an|the) (?:[\p{Ll}-]+ ){0,3}\p{Lu}/u;

/**
 * "housing, a new bus depot and the library": a phrase joined to another by "and" is one member
 * of a list, unless "between" or a relative word comes first ("the boundary between the hot zone and the cool zone").
 */
const LISTED = /^(?:(?!\b(?:that|which|who|where|between)\b).)*\b(?:and|or) (?:a|an|the)\b/u;

export const uncommon = (term: string) => term.split(' ').some((w) => w.includes('-') || frequencyRank(w) >= UNCOMMON_FROM);

/** A dash set off by spaces: the em dash, or an en dash used as one. */
const DASH = / [—–] /g;

/** A gloss is a noun phrase opened by an article; it runs to the closing dash or the sentence's end. */
const GLOSS = /^((?:a|an|the) [^;:()“”"—–]+?)(?: [—–] |[.!]?$)/u;

/** "…, or PRO": an abbreviation the article gives the term before glossing it. */
const ABBREVIATION = /, or (\p{Lu}{2,6})$/u;

/**
 * The lower-case term that ends at sentence offset `end`: its last word a noun, with up to two
 * words before it that are nouns ("producer responsibility organization"), joined to it by a
 * hyphen ("stress-free"), or uncommon adjectives ("glacial flour"); a common adjective ("a chosen
 * temperature") describes, it is no part of the term. Compromise tags some rare nouns as verbs,
 * so a rare word standing alone after a colon is taken as the noun it is there.
 */
function termBefore(s: TaggedSentence, end: number, afterColon: boolean): { at: number; text: string } | null {
	const last = s.tokens.findIndex((t) => t.end === end);
	if (last < 0) return null;
	const lower = (i: number) => /^[\p{Ll}][\p{Ll}-]*$/u.test(s.tokens[i].text);
	const noun = (i: number) => s.tokens[i].tags.has('Noun') && !s.tokens[i].tags.has('Pronoun') && !s.tokens[i].tags.has('Possessive');
	const joins = (i: number) => {
		const t = s.tokens[i];
		if (!lower(i) || t.tags.has('Determiner') || !(t.post === ' ' || t.post === '-')) return false;
		if (t.post === '-' || t.tags.has('Hyphenated') || (noun(i) && !t.tags.has('Verb'))) return true;
		return t.tags.has('Adjective') && frequencyRank(t.text) >= UNCOMMON_FROM;
	};
	if (!lower(last)) return null;
	const bare = afterColon && s.tokens[last - 1]?.post.trim() === ':';
	if (!noun(last) && !(bare && frequencyRank(s.tokens[last].text) >= UNCOMMON_FROM)) return null;
	let first = last;
	while (!bare && first > 0 && last - first < 3 && joins(first - 1)) first--;
	return { at: s.tokens[first].start, text: s.text.slice(s.tokens[first].start, end) };
}

/**
 * Whether a gloss is a noun phrase, not a clause ("the team installed the rail"): no finite verb
 * before its first preposition, relative word or comma ("a group, funded by …"). A hyphen-joined word ("self-reinforcing") and a
 * gerund are parts of a noun phrase.
 */
function nounPhrase(s: TaggedSentence, from: number, to: number): boolean {
	const words = s.tokens.filter((t) => t.start >= from && t.end <= to);
	const stop = words.findIndex(
		(t, i) => i > 0 && (t.tags.has('Preposition') || /^(?:that|which|who|whom|whose|where)$/i.test(t.text) || words[i - 1].post.includes(','))
	);
	const head = stop < 0 ? words : words.slice(0, stop);
	return !head.some((t, i) => {
		const hyphened = t.tags.has('Hyphenated') || head[i - 1]?.post === '-';
		const finite = t.tags.has('Verb') && (t.tags.has('PastTense') || t.tags.has('PresentTense')) && !t.tags.has('Gerund');
		return i > 0 && finite && !hyphened && !t.tags.has('Noun') && !t.tags.has('Adjective');
	});
}

/** Whether an offset of the text sits inside a quotation: someone's words define nothing for the article. */
const insideQuote = (text: string, at: number) => (text.slice(0, at).match(/[“”"]/g) ?? []).length % 2 === 1;

/** "the thermocline — the boundary between …", "a producer responsibility organization, or PRO — a nonprofit group …". */
function dashed(s: TaggedSentence): Glossed[] {
	const out: Glossed[] = [];
	for (const m of s.text.matchAll(DASH)) {
		const dash = m.index ?? 0;
		const gloss = GLOSS.exec(s.text.slice(dash + 3))?.[1];
		if (!gloss || insideQuote(s.text, dash)) continue;
		const abbreviation = ABBREVIATION.exec(s.text.slice(0, dash));
		const term = termBefore(s, abbreviation ? dash - abbreviation[0].length : dash, false);
		if (term && nounPhrase(s, dash + 3, dash + 3 + gloss.length))
			out.push({ term: term.text, at: term.at, gloss, ...(abbreviation ? { abbreviation: abbreviation[1] } : {}) });
	}
	return out;
}

/** ": flutter, a self-reinforcing twisting motion in which …": a term named after a colon, glossed after its comma. */
function afterColon(s: TaggedSentence): Glossed[] {
	const m = /: ([\p{Ll}][\p{Ll}-]*(?: [\p{Ll}-]+){0,2}), ((?:a|an|the) [^;:()“”"—–,]+)/u.exec(s.text);
	if (!m || insideQuote(s.text, m.index ?? 0)) return [];
	const end = (m.index ?? 0) + 2 + m[1].length;
	const term = termBefore(s, end, true);
	const glossAt = end + 2;
	return term && term.at === (m.index ?? 0) + 2 && nounPhrase(s, glossAt, glossAt + m[2].length) ? [{ term: term.text, at: term.at, gloss: m[2] }] : [];
}

/** The terms a sentence glosses with a dash or after a colon, when the term is an uncommon one or abbreviated. */
export function dashGlosses(s: TaggedSentence): Glossed[] {
	return [...dashed(s), ...afterColon(s)].filter(
		(g) => (g.abbreviation !== undefined || uncommon(g.term)) && !NAMED_GLOSS.test(g.gloss) && !LISTED.test(g.gloss)
	);
}
