import type { Question } from '../../bank/schema';
import { capitalise, DEMONSTRATIVE_NOUN, escapeRegExp, finish, unresolvedPronoun } from '../english';
import type { FactBase, FactRecord, TaggedSentence } from '../facts/types';
import { candidate, questionId, sourceOf, type Candidate } from '../questions/candidate';
import type { Sentence } from '../sentences';
import type { Token } from '../tokens';

/**
 * Helpers shared by the kinds that read a relation out of a sentence (definitions, findings,
 * causes, changes, outcomes, key terms).
 */

/** The base of a relation fact: the whole sentence is its text, `answer` sits at `at` (sentence offset). */
export function relationFact(s: TaggedSentence, answer: string, at: number, key: string): FactBase {
	return { text: s.text, sentence: s.index, start: s.start, end: s.end, answer, answerStart: s.start + at, answerEnd: s.start + at + answer.length, key };
}

const NOUNISH = ['Noun', 'Adjective', 'Acronym', 'ProperNoun', 'Gerund'];
const NOT_NOUNISH = ['Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Copula', 'Possessive', 'Value', 'Date', 'Adverb', 'QuestionWord'];

/** Whether a token can be part of a term: a noun, adjective or acronym, not a pronoun, number or function word. */
export function termWord(t: Token): boolean {
	if (NOT_NOUNISH.some((tag) => t.tags.has(tag)) || (/\d/.test(t.text) && !/\p{L}/u.test(t.text))) return false;
	return NOUNISH.some((tag) => t.tags.has(tag)) || (/^[\p{L}-]+$/u.test(t.text) && !t.tags.has('Verb'));
}

/**
 * The noun phrase that ends at sentence offset `end`: up to four term words with nothing but
 * spaces between them, the last a noun. Returns its sentence offset and text, or null.
 */
export function nounPhraseEndingAt(s: TaggedSentence, end: number): { at: number; text: string } | null {
	const last = s.tokens.findIndex((t) => t.end === end);
	if (last < 0 || !termWord(s.tokens[last]) || !(s.tokens[last].tags.has('Noun') || s.tokens[last].tags.has('Acronym'))) return null;
	let first = last;
	// "back-up boiler": the parts of a hyphened word ("back", "up") are one word, whatever each alone is tagged.
	const hyphened = (i: number) => i > 0 && s.tokens[i - 1].post === '-' && /\p{L}/u.test(s.tokens[i - 1].text);
	const joins = (t: Token, i: number) => (termWord(t) || hyphened(i)) && t.post.trim() === '' && !/['’]s$/.test(t.text);
	while (first > 0 && last - first < 3 && (hyphened(first) || joins(s.tokens[first - 1], first - 1))) first--;
	const at = s.tokens[first].start;
	return { at, text: s.text.slice(at, end) };
}

/** A term as a learner would write it: "Typhus" opening a sentence is "typhus" when the article writes it so elsewhere. */
export function termCase(term: string, article: TaggedSentence[]): string {
	const first = term.split(' ')[0];
	const lower = first.charAt(0).toLowerCase() + first.slice(1);
	if (lower === first || /^\p{Lu}{2}/u.test(first)) return term;
	const pattern = new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(lower)}(?![\\p{L}])`, 'u');
	return article.some((s) => pattern.test(s.text)) ? `${lower}${term.slice(first.length)}` : term;
}

/** Whether a phrase names something on its own: no pronoun and no "this/that/these/those" pointing elsewhere. */
export function standsAlone(phrase: string): boolean {
	return (
		!unresolvedPronoun(phrase) &&
		!DEMONSTRATIVE_NOUN.test(phrase) &&
		!/\b(?:that one|such)\b/i.test(phrase) &&
		!/^(?:that|which|who|this|these|those)\b/i.test(phrase)
	);
}

/** A question of a relation fact, with its id, source and tags. */
export function relationQuestion(
	fact: FactRecord,
	sentence: Sentence,
	question: DistributiveOmit<Question, 'id' | 'tags' | 'source'>,
	form: Candidate['form'],
	variant: string
): Candidate {
	const id = questionId(fact, sentence, question.type, variant);
	// A relation is one fact however it is asked: every question of it shares one facet, so the bank keeps one.
	return { ...candidate({ ...question, id, tags: [fact.kind], source: sourceOf(sentence) }, fact, sentence, form, variant), facet: 'role' };
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A flashcard back in the article's words: a whole phrase, capitalised, without its final stop. */
export const cardBack = (phrase: string): string => capitalise(finish(phrase));

/**
 * Whether a topic is a bare common noun the sentence meets for the first time: "the pattern",
 * "the results" (and, with `bare`, "candidates" for a duty: "people" in a finding is everyone), with no earlier sentence and no other word of its own sentence
 * naming it. Such a "the" points back at something told in other words (the study's pattern, the
 * procedure's candidates), so "What caveat does the article give about the pattern?" has nothing
 * on the card to say which. A topic that carries its own modifier ("the ballast shoulder beside
 * the repair") or a name names itself.
 */
export function unintroduced(topic: string, s: TaggedSentence, sentences: TaggedSentence[], bare = false): boolean {
	const head = (bare ? /^(?:the )?(?:\p{Ll}[\p{Ll}-]* )?(\p{Ll}[\p{Ll}-]*)$/u : /^the (?:\p{Ll}[\p{Ll}-]* )?(\p{Ll}[\p{Ll}-]*)$/u).exec(topic.trim())?.[1];
	// "the buckle probably": a topic read past its noun is no topic to judge.
	if (!head || !s.tokens.some((t) => t.text.toLowerCase() === head && t.tags.has('Noun'))) return false;
	const word = new RegExp(`(?<![\\p{L}])${escapeRegExp(head.replace(/s$/, ''))}(?:s|es)?(?![\\p{L}])`, 'giu');
	const earlier = sentences.filter((o) => o.index < s.index);
	// An opening sentence has nothing before it to point back at: its "the" is the story's own.
	return earlier.length > 0 && !earlier.some((o) => o.text.match(word)) && (s.text.match(word) ?? []).length < 2;
}
