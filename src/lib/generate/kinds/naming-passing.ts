import type { TaggedSentence } from '../facts/types';

/**
 * A name an explainer gives in passing, in an aside after what it names:
 *
 * - "… and the hull hums, an effect called flutter." (the aside names the clause before it)
 * - "… for days, a condition doctors call 'shell shock'." (someone calls it so)
 * - "… it settles into a third state, known as the glass phase." (the aside names the noun before it)
 * - "This is known as a heat dome." (it names what the sentence before told)
 *
 * What is named is told only by the words around the aside, so the name is asked as a blank in
 * the sentence, which keeps them. Only a lower-case term is a concept: a capitalised one ("a tool
 * called Tern") is a name the name kinds ask.
 */
export interface PassingName {
	term: string;
	/** The term's sentence offset. */
	at: number;
}

/** A lower-case term of up to four words, perhaps quoted, closing the clause. */
const TERM = String.raw`["“]?(?:(?:a|an|the) )?(\p{Ll}[\p{Ll}-]*(?: \p{Ll}[\p{Ll}-]*){0,3})["”]?(?=[.;]$|, )`;

/** ", an effect called T", ", a condition engineers call T": an aside whose head noun the name is given to. */
const AFTER_CLAUSE = new RegExp(String.raw`, (?:a|an) (?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]+ (?:called|known as|[\p{Ll}]+s (?:call|calls)) ${TERM}`, 'u');

/** "… into a second arrangement, called T": the name set off by commas after a noun. */
const AFTER_NOUN = new RegExp(String.raw`([\p{Ll}-]+), (?:called|known as) ${TERM}`, 'u');

/**
 * "This is known as T": the name of what the sentence before told, which the blank is shown after
 * (questions/standalone.ts shows it for the leading "this"). "The process is called T" is not read:
 * "the process" may lean on more than the one sentence shown.
 */
const POINTING_BACK = new RegExp(String.raw`^(?:This|These) (?:is|are|was|were) (?:called|known as) ${TERM}`, 'u');

export function passingName(s: TaggedSentence): PassingName | null {
	const m = AFTER_CLAUSE.exec(s.text) ?? POINTING_BACK.exec(s.text) ?? AFTER_NOUN.exec(s.text);
	if (!m) return null;
	const term = m[m.length - 1];
	const at = (m.index ?? 0) + m[0].lastIndexOf(term);
	if (m.length === 3) {
		// The word before the comma must be a noun the name is given to: "stretched, called …" names nothing.
		const before = s.tokens.find((t) => t.end === (m.index ?? 0) + m[1].length);
		if (!before?.tags.has('Noun') || before.tags.has('Pronoun')) return null;
	}
	return { term, at };
}
