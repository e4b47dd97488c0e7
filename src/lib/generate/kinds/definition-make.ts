import { finish, wordCount } from '../english';
import { normaliseAnswer } from '../../quiz/normalise';
import type { DefinitionFact, TaggedSentence } from '../facts/types';
import { resolveDemonstratives } from './definition-defining';
import type { FindContext } from './kind';
import { relationFact, standsAlone, termCase } from './relation';

/**
 * A definition fact from a term and its gloss, as every shape of the definition kind finds them:
 * refused where the term names someone or something the other kinds ask, or the gloss is too
 * short, too long or a clause rather than a noun phrase.
 */

/** The key ending of a second name for an everyday phrase ("taste disturbance, or dysgeusia,"), which is asked for by that phrase. */
export const ALIAS_KEY = '|alias';

const GLOSS_WORDS = { min: 3, max: 28 };

function glossOk(gloss: string, min = GLOSS_WORDS.min): boolean {
	const n = wordCount(gloss);
	// "diseases such as cholera": "such as" gives examples, it points nowhere.
	return n >= min && n <= GLOSS_WORDS.max && !/^(?:and|or|but|so|then|yet)\b/.test(gloss) && standsAlone(gloss.replace(/\bsuch as\b/g, 'as'));
}

/**
 * Words that open a phrase pointing at something else rather than naming a term: "Another
 * highlight is …", "One reason is …", "What is …?".
 */
const NOT_A_TERM =
	/^(?:another|other|one|each|every|some|many|most|such|both|all|any|no|first|second|third|last|next|main|latest|what|which|who|why|how|where|when)\b/i;

/**
 * Whether a term or its gloss is a name, not a concept: "the regulator, the Office of Rail
 * Safety" and "Her coach, the former champion Hugo Martel" name someone, which the person and
 * organisation kinds ask; a capital inside a sentence marks a name.
 */
function namesSomething(term: string, at: number, gloss: string): boolean {
	const words = term.split(' ');
	const capitalInside = words.some((w, i) => (i > 0 || at > 0) && /^\p{Lu}\p{Ll}+(?:-\p{L}+)*$/u.test(w));
	return capitalInside || /\p{Lu}[\p{Ll}'’-]+$/u.test(gloss.trim());
}

export function make(s: TaggedSentence, term: string, at: number, gloss: string, ctx: FindContext, alias = false): DefinitionFact | null {
	// A question defines nothing: the article's answer comes after it.
	if (/\?\s*$/.test(s.text) || NOT_A_TERM.test(term) || namesSomething(term, at, gloss)) return null;
	if (ctx.taken(s.start + at, s.start + at + term.length) && !ctx.own.some((f) => f.kind === 'named-thing' && f.answerStart === s.start + at)) return null;
	// "Hoogland, a member of the council": a surname is a person, whose role the person kind asks.
	if ([...ctx.article.people.keys()].some((name) => name === term || name.endsWith(` ${term}`))) return null;
	const answer = termCase(term, ctx.article.sentences);
	const clean = resolveDemonstratives(finish(gloss));
	if (!glossOk(clean, alias ? 1 : GLOSS_WORDS.min) || !standsAlone(term) || normaliseAnswer(clean).includes(normaliseAnswer(term))) return null;
	return { ...relationFact(s, answer, at, `definition|${normaliseAnswer(term)}${alias ? ALIAS_KEY : ''}`), kind: 'definition', gloss: clean };
}

/**
 * Whether a gloss is a noun phrase, not a clause: no finite verb right after its head noun
 * ("the Ministry intercepted two missiles"), unless a preposition follows it as in a reduced
 * relative ("a disease … caused by a mould", "sensors worn on the arm").
 */
export function nominal(s: TaggedSentence, from: number, to: number): boolean {
	const words = s.tokens.filter((t) => t.start >= from && t.end <= to);
	const relative = words.findIndex((t) => /^(?:that|which|who|whom|whose|where)$/i.test(t.text));
	const head = relative < 0 ? words : words.slice(0, relative);
	for (let i = 1; i < head.length; i++) {
		const t = head[i];
		// "the most it could hold": a pronoun and a modal before the verb make a clause inside the noun phrase.
		if (i >= 2 && head[i - 1].tags.has('Modal') && head[i - 2].tags.has('Pronoun')) continue;
		// "wheels used to turn it": a verb after "to" is an infinitive, no finite one.
		if (/^to$/i.test(head[i - 1].text)) continue;
		const finite = t.tags.has('Verb') && (t.tags.has('PastTense') || t.tags.has('PresentTense')) && !t.tags.has('Noun') && !t.tags.has('Adjective');
		const participle = t.tags.has('PastTense') && ['Preposition', 'Adverb', 'Particle'].some((tag) => head[i + 1]?.tags.has(tag));
		if (finite && !participle) return false;
	}
	return !/^(?:the|a|an) (?:\p{L}+ ){0,2}of (?:which|whom)\b/u.test(s.text.slice(from, to));
}
