import { entityDistractors, type NameFact } from '../distractors';
import type { FactRecord } from '../facts/types';
import type { Sentence } from '../sentences';
import { tokenize } from '../tokens';
import { lowerFirst, PRONOUN_WORD } from '../english';
import { candidate, questionId, sourceOf, type Candidate } from './candidate';
import { isFinite } from './wh';
import { mcqOf, personAccept } from './wh-entity';

/**
 * "In Donetsk, a drone damaged a regional power station, leading to local blackouts, as confirmed
 * by Denis Pushilin, the head of …": the person vouches for the sentence's event, so "Who
 * confirmed that, in Donetsk, a drone damaged a regional power station?" asks who stands behind
 * the news. The name is not the clause's subject, so `whoQuestion` cannot ask it.
 */

/** Verbs of vouching that take "as … by": the question keeps the article's verb. */
const VOUCHING = /^(.*\S), as (confirmed|reported|announced|stated|noted|disclosed|revealed|said) by $/u;

/** A demonstrative that, like a pronoun, points to something the question would not name. */
const DEMONSTRATIVE = /\b(?:this|these|those|that)\b/i;

/** ", leading to …", ", killing …": what the event led to is another question's answer (the consequence kind's). */
const PARTICIPLE_TAIL = /, \p{Ll}+ing\b.*$/u;

/**
 * The vouched-for clause as it would follow "that": whole, with a finite verb, naming what it is
 * about, and the name then ends the sentence (after an apposition at most). Null otherwise.
 */
export function vouchedClause(sentence: Sentence, fact: FactRecord): { verb: string; clause: string } | null {
	const text = sentence.text;
	const m = VOUCHING.exec(text.slice(0, fact.answerStart - sentence.start));
	const after = text.slice(fact.answerEnd - sentence.start);
	// After the name, an apposition at most ("…, the head of …"): no second clause.
	const apposition = /^(?:, ([^,;:]+))?[.!]?$/.exec(after);
	if (!m || !apposition || /^(?:and|but|or|while|who|which)\b/.test(apposition[1] ?? '') || tokenize(apposition[1] ?? '').some(isFinite)) return null;
	const clause = m[1].replace(PARTICIPLE_TAIL, '');
	const words = clause.split(/\s+/);
	if (words.length < 4 || PRONOUN_WORD.test(clause) || DEMONSTRATIVE.test(clause) || /[“”"]/.test(clause) || !tokenize(clause).some(isFinite)) return null;
	// "In Donetsk, a drone …" reads "that, in Donetsk, a drone …": an opening phrase keeps its comma,
	// and its first word, a preposition or an adverb, is no name.
	const opened = /^(?:In|On|At|By|During|After|Before|Since|Earlier|Later|Overnight)\b[^,]*, /.test(clause);
	return { verb: m[2], clause: opened ? `, ${clause[0].toLowerCase()}${clause.slice(1)}` : ` ${lowerFirst(clause)}` };
}

/** "Who confirmed that …?" typed, and as a choice among the article's other people. */
export function attributedQuestions(fact: NameFact, sentence: Sentence, all: FactRecord[]): Candidate[] {
	if (fact.kind !== 'person') return [];
	const vouched = vouchedClause(sentence, fact);
	if (!vouched) return [];
	const prompt = `Who ${vouched.verb} that${vouched.clause}?`;
	const tags = [fact.kind];
	const accept = personAccept(fact);
	const id = questionId(fact, sentence, 'short_answer', 'vouched');
	const typed = candidate(
		{ id, type: 'short_answer', prompt, answer: fact.key, ...(accept.length ? { accept } : {}), tags, source: sourceOf(sentence) },
		fact,
		sentence,
		'wh',
		'vouched'
	);
	const mcqId = questionId(fact, sentence, 'mcq', 'vouched');
	return [typed, ...mcqOf(prompt, fact.key, entityDistractors(fact, all, prompt, mcqId), mcqId, false, fact, sentence, tags, 'vouched')];
}
