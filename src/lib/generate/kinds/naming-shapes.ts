import { clauseRest, finish, wordCount } from '../english';
import type { TaggedSentence } from '../facts/types';
import { isCommonWord } from '../frequency';
import { standsAlone } from './relation';

/**
 * The ways an explainer gives a thing its name, each read as the name, the question that asks
 * for it and, where the article describes the thing in a whole phrase, that description:
 *
 * - "… form what is called a standing wave: a fixed pattern of …", "Quillon is what planetary
 *   scientists call a rubble pile: a body that …" → "What do planetary scientists call a body that …?"
 * - "Water molecules are what physicists call polar." → "What do physicists call water molecules?"
 * - "Returning the container to get the money back is called redemption." → "What is returning … called?"
 * - "The technique, known as dendrochronology, matches the pattern …" → "Which technique matches the pattern …?"
 * - "In one arrangement, known as austenite, the crystal structure is orderly." → "What is the
 *   arrangement called in which the crystal structure is orderly?"; "In what is called cough
 *   hypersensitivity, the nerves become over-sensitive" → "What is it called when the nerves become over-sensitive?"
 */
export interface Naming {
	/** The name as written, at sentence offset `at`. */
	term: string;
	at: number;
	prompt: string;
	/** The thing named, in the article's words, for a card's back; absent when the words are no description. */
	description?: string;
}

/** A name: up to five words or a code ("CALM-2"), stopping before any clause break. */
const TERM = String.raw`(?:(?:a|an|the) )?([\p{L}\p{N}][\p{L}\p{N}/-]*(?: [\p{L}\p{N}][\p{L}\p{N}/-]*){0,4}?)`;

const MAX_PROMPT_WORDS = 40;

/** A sentence-opening word inside a question: "Returning …" → "returning …", a name keeps its capital. */
function inside(words: string, s: TaggedSentence): string {
	const first = words.split(' ')[0];
	const token = s.tokens[0];
	const name = token?.tags.has('ProperNoun') && !isCommonWord(first.toLowerCase());
	return name || /^\p{Lu}{2}/u.test(first) ? words : first.charAt(0).toLowerCase() + words.slice(1);
}

/** Whether words point at nothing outside themselves: no loose pronoun, no "this/those" noun, no "of that zone". */
const whole = (words: string): boolean =>
	standsAlone(words) && !/\b(?:of|in|at|on|from|to|for|with|by|into) that \p{Ll}/u.test(words) && !/\b(?:like|as) (?:this|that)$/i.test(words);

/** "what is called T: G", "what S call T: G": the gloss after the colon is a noun phrase. */
const WHAT_CALLED = new RegExp(
	String.raw`\bwhat (?:(is|are|was|were) (called|known as)|((?:[\p{Ll}-]+ ){1,3})(call|calls|called)) ${TERM}(?=[:.,;]|$)(.*)$`,
	'u'
);

/** Who calls it ("physicists", "planetary scientists"), as the question's subject and its verb in the sentence's tense. */
function callers(who: string, verb: string): string | null {
	const w = who.trim();
	if (!whole(w) || /^(?:it|we|you|i|they)$/i.test(w)) return null;
	return verb === 'called' ? `did ${w} call` : verb === 'calls' ? `does ${w} call` : `do ${w} call`;
}

function whatCalled(s: TaggedSentence): Naming | null {
	const m = WHAT_CALLED.exec(s.text);
	if (!m) return null;
	const term = m[5];
	const at = (m.index ?? 0) + m[0].indexOf(term, m[0].indexOf(m[2] ?? m[4]) + 1);
	// The description follows a colon as a noun phrase ("a fixed pattern of …"); a clause there ("one end carries …") is none.
	const gloss = /^: (?:a|an|the) [^;]+$/.test(m[6]) ? finish(m[6].slice(2)) : undefined;
	if (!gloss && !/^[.;]?$/.test(m[6]) && !m[6].startsWith(':')) return null;
	const asker = m[3] ? callers(m[3], m[4]) : null;
	if (m[3] && !asker) return null;
	if (gloss) {
		if (!whole(gloss) || wordCount(gloss) > 32) return null;
		const prompt = asker ? `What ${asker} ${gloss}?` : `What ${m[1]} ${gloss} ${m[2]}?`;
		return { term, at, prompt, description: gloss };
	}
	// "Water molecules are what physicists call polar": the subject before the copula is what is named.
	const subject = new RegExp(String.raw`^([\p{Lu}][\p{L}-]*(?: [\p{L}-]+){0,4}) (?:is|are|was|were) what\b`, 'u').exec(s.text)?.[1];
	if (!subject || !asker || !whole(subject) || /^(?:The|A|An) [\p{Ll}-]+$/u.test(subject)) return null;
	return { term, at, prompt: `What ${asker} ${inside(subject, s)}?` };
}

/** "Returning the container … is called redemption.": the subject is the thing named. */
const IS_CALLED = new RegExp(String.raw`^([^,;:]{3,120}?) (is|are|was|were) (called|known as) ${TERM}\.$`, 'u');

function isCalled(s: TaggedSentence): Naming | null {
	const m = IS_CALLED.exec(s.text);
	if (!m) return null;
	const subject = m[1];
	const first = s.tokens[0];
	const gerund = first?.tags.has('Gerund');
	// "The process is called …", "This is known as …": a bare noun or pronoun points back at the sentence before.
	if (!whole(subject) || /^(?:this|that|it|these|those|such)\b/i.test(subject) || /^(?:the|a|an) [\p{L}-]+$/iu.test(subject)) return null;
	// A subject with a verb of its own is a clause ("What they found is called …"), except a gerund phrase.
	const verbs = s.tokens.filter(
		(t) => t.end <= subject.length && t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Gerund') && !t.tags.has('Infinitive')
	);
	if (!gerund && (verbs.length > 0 || !first?.tags.has('Determiner'))) return null;
	const at = m[0].length - 1 - m[4].length;
	// "What is … known as?" ends on a preposition, which reads as cut off: "called" asks the same.
	return { term: m[4], at, prompt: `What ${m[2]} ${inside(subject, s)} called?`, ...(gerund ? { description: subject } : {}) };
}

/**
 * "The technique, known as dendrochronology, matches …": a named subject and what it does. Only a
 * lower-case term is a concept: "The trial, known as CALM-2," names a thing the name kinds ask.
 */
const NAMED_SUBJECT = new RegExp(
	String.raw`^The ((?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]+), (?:called|known as) (?:(?:a|an|the) )?(\p{Ll}[\p{Ll}-]*(?: [\p{Ll}-]+){0,3}?), ([^;:]+?)\.$`,
	'u'
);

function namedSubject(s: TaggedSentence): Naming | null {
	const m = NAMED_SUBJECT.exec(s.text);
	if (!m) return null;
	const [, noun, term, rest] = m;
	const at = m[0].indexOf(`${term}, `, noun.length);
	const i = s.tokens.findIndex((t) => t.start === at + term.length + 2);
	const verb = s.tokens[i];
	// The predicate opens on a verb; "matches the pattern" is read as a plural noun, but a noun takes no determiner after it.
	const finite = verb && !verb.tags.has('Gerund') && (verb.tags.has('Verb') || (verb.tags.has('Plural') && s.tokens[i + 1]?.tags.has('Determiner')));
	if (!finite || !whole(rest) || wordCount(rest) < 3) return null;
	return { term, at, prompt: `Which ${noun} ${rest}?`, description: `The ${noun} that ${rest}` };
}

/** "In one arrangement, known as austenite, the structure is orderly.", "In what is called X, …". */
const IN_NAMED = new RegExp(
	String.raw`^In (?:(?:a|an|one|the) ((?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]+), (?:called|known as)|what is (?:called|known as)) ${TERM}, (.+)$`,
	'u'
);

function inNamed(s: TaggedSentence): Naming | null {
	const m = IN_NAMED.exec(s.text);
	if (!m) return null;
	const [, noun, term, rest] = m;
	const clause = finish(clauseRest(rest));
	const at = m[0].length - rest.length - 2 - term.length;
	const subject = s.tokens.find((t) => t.start === m[0].length - rest.length);
	if (!whole(clause) || wordCount(clause) < 4 || !subject || subject.tags.has('Verb') || subject.tags.has('Preposition')) return null;
	if (noun) return { term, at, prompt: `What is the ${noun} called in which ${clause}?`, description: `The ${noun} in which ${clause}` };
	return { term, at, prompt: `What is it called when ${clause}?`, description: `When ${clause}` };
}

/** Every naming the sentence gives, whose question is short enough to read. */
export function namings(s: TaggedSentence): Naming[] {
	return [whatCalled(s), isCalled(s), namedSubject(s), inNamed(s)].filter(
		(n): n is Naming => n !== null && wordCount(n.prompt) <= MAX_PROMPT_WORDS && wordCount(n.term) <= 5
	);
}
