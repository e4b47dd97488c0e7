import nlp from 'compromise';
import { normaliseAnswer } from '../../quiz/normalise';
import { arrange } from '../distractors';
import { capitalise, finish, wordCount } from '../english';
import type { FactRecord, TaggedSentence } from '../facts/types';
import { movedSubject } from '../questions/phrasing';
import type { Candidate } from '../questions/candidate';
import { MAX_TYPED_WORDS } from '../questions/typed-instead';
import type { AskContext } from './kind';
import { cardBack, relationQuestion, standsAlone } from './relation';

/**
 * Helpers for the kinds that ask a whole clause of the article (what a thing does, what a rule
 * requires, what someone recommends or argues): where the clause's subject starts and whether it
 * names something, the auxiliary a question about it takes, and how the clause is asked.
 */

/** What may open a clause before its subject: a conjunction or a "That is why". */
const OPENING = /^(?:(?:and|but|so|yet|still|instead|now|also|that is why|this is why|that's why|in practice|in short|in other words|for now),? )+/i;

/** Subjects a question cannot carry: the reader, the writer, or a word that points back. */
export const NOT_A_SUBJECT =
	/^(?:i|we|you|he|she|it|they|one|someone|something|nothing|everything|anything|everyone|anyone|nobody|there|this|that|these|those|what|which|who)$/i;

/**
 * The subject of the clause whose verb starts at sentence offset `at`: the words since the
 * clause began (the sentence's start, or a comma, semicolon or colon), when they are a plain
 * noun phrase of one to eight words that names something on its own. Its offset and text, the
 * text as it reads inside a question.
 */
export function subjectBefore(s: TaggedSentence, at: number): { at: number; text: string; asked: string } | null {
	const before = s.text.slice(0, at);
	const cut = Math.max(before.lastIndexOf(', '), before.lastIndexOf('; '), before.lastIndexOf(': '));
	let from = cut < 0 ? 0 : cut + 2;
	const open = OPENING.exec(s.text.slice(from, at));
	if (open) from += open[0].length;
	const text = s.text.slice(from, at).trim();
	const tokens = s.tokens.filter((t) => t.start >= from && t.end <= at);
	const n = wordCount(text);
	if (n < 1 || n > 8 || tokens.length === 0 || NOT_A_SUBJECT.test(text) || !standsAlone(text) || /[“”"()]/.test(text)) return null;
	// "after a new berth", "if you …": a clause that opens on a preposition or conjunction has its subject further on.
	if (['Preposition', 'Conjunction', 'Adverb', 'Pronoun'].some((tag) => tokens[0].tags.has(tag))) return null;
	// "the harder the compressor", "staff who can choose": a comparison or a clause is no subject.
	const clausal = tokens.some(
		(t) =>
			(t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective')) ||
			t.tags.has('Comparative') ||
			/^(?:who|which|that|if|when|because)$/i.test(t.text)
	);
	if (clausal || !tokens.some((t) => t.tags.has('Noun') || t.tags.has('ProperNoun'))) return null;
	return { at: from, text, asked: movedSubject(text, tokens[0]) };
}

/** A verb's base form ("works" → "work", "recommended" → "recommend"). */
export function baseOf(verb: string): string {
	// Alone, "recommended" reads as an adjective: after "they" it is a verb.
	const inf = (nlp(`they ${verb} it`).verbs().json() as { verb?: { infinitive?: string } }[])[0]?.verb?.infinitive;
	return inf && /^[a-z]+$/.test(inf) ? inf : verb;
}

/** "did" for a past verb or participle ("found", "shown"), "does" for a third-person present one, "do" otherwise. */
export function auxOf(verb: string): string {
	if (/(?:ed|ould|ound|ought|ew|ent|old|ote|aid|own)$/.test(verb)) return 'did';
	return /s$/.test(verb) ? 'does' : 'do';
}

/** The clause's words as the answer takes them: no final stop, no trailing description after a dash. */
export const clause = (text: string): string => finish(text.split(/ [—–] | - /)[0]);

/**
 * "let it in", "must not sell them", "take them back": the object of the clause's own first verb.
 * It can never be the clause's subject (that would be "itself"), so it points at something the
 * card does not name ("the tunnel should let it in": the water).
 */
const OBJECT_PRONOUN = /^(?:not )?\p{L}+ (?:(?:up|in|out|off|down|back|away|on|over) )?(?:it|them)\b/iu;

/**
 * Whether a clause is worth asking for: at least `min` words, and it names what it speaks of.
 * `subject` is who the clause is said of ("publish their times" of "hospitals"): a pronoun may point to it,
 * save the object of the clause's own verb.
 */
export const askable = (text: string, min = 3, subject = ''): boolean =>
	wordCount(text) >= min && wordCount(text) <= 40 && standsAlone(subject ? `${subject} ${text}` : text) && !(subject && OBJECT_PRONOUN.test(text));

/**
 * A clause asked as a card, and when it is a short phrase also as a typed answer. With three
 * or more other clauses of the same sort from the article (none in this clause's sentence or
 * said of the same subject, so none is also true), it is asked as a choice too.
 */
export function askClause(fact: FactRecord, ctx: AskContext, prompt: string, answer: string, variant: string, others: string[] = []): Candidate[] {
	const back = cardBack(answer);
	const out = [relationQuestion(fact, ctx.sentence, { type: 'flashcard', prompt, back }, 'card', variant)];
	if (wordCount(answer) <= MAX_TYPED_WORDS)
		out.push(relationQuestion(fact, ctx.sentence, { type: 'short_answer', prompt, answer: finish(answer) }, 'wh', `${variant}-typed`));
	const wrong = [...new Set(others.map(cardBack))].filter((o) => normaliseAnswer(o) !== normaliseAnswer(back));
	if (wrong.length >= 3) {
		const { choices, answer: at } = arrange(back, wrong.slice(0, 3), `${fact.key}|${variant}`, false);
		out.push(relationQuestion(fact, ctx.sentence, { type: 'mcq', prompt, choices, answer: at }, 'wh', `${variant}-mcq`));
	}
	return out;
}

/** "The tank" → "The tank", "the tank" → "The tank": a subject as it opens a card's back. */
export const opening = (subject: string): string => capitalise(subject);
