import type { Question } from '../../bank/schema';
import { normaliseAnswer } from '../../quiz/normalise';
import type { FactRecord } from '../facts/types';
import { shortHash, slugify } from '../hash';
import type { Sentence } from '../sentences';
import { neutralArticle } from './article-agreement';

/** What a question builder makes: a question and what ranking needs to know about it. */
export interface Candidate {
	question: Question;
	fact: FactRecord;
	sentence: Sentence;
	/** "wh" for a real question, "blank" for fill-in, "statement" for true/false, "card". */
	form: 'wh' | 'blank' | 'statement' | 'card';
	/** Two candidates with the same key ask the same fact the same way; only one is kept. */
	dedupe: string;
	/**
	 * What about the name is asked: "role" for what a person or thing is (flashcards, "Who is
	 * described as …?"), "event" for what the sentence says happened. One question per facet.
	 */
	facet: 'role' | 'event';
}

/**
 * A question id that survives edits elsewhere in the article: the fact kind, a slug of the key
 * fact, and a short hash of the normalised sentence with the question type and variant. No
 * offsets or sentence numbers go in.
 */
export function questionId(fact: FactRecord, sentence: Sentence, type: string, variant = ''): string {
	const slug = slugify(fact.kind === 'quote' ? (fact.speaker ?? 'quote') : fact.answer, 32) || 'fact';
	return `${fact.kind}-${slug}-${shortHash(`${normaliseAnswer(sentence.text)}|${type}|${variant}`)}`;
}

/** The source reference of a question: its sentence, with exact offsets. */
export function sourceOf(sentence: Sentence): { quote: string; start: number; end: number } {
	return { quote: sentence.text, start: sentence.start, end: sentence.end };
}

export function candidate(question: Question, fact: FactRecord, sentence: Sentence, form: Candidate['form'], variant = ''): Candidate {
	const facet = form === 'card' || variant === 'role' ? 'role' : 'event';
	return { question: neutralArticle(question), fact, sentence, form, dedupe: `${fact.kind}|${fact.key}|${question.type}|${variant}`, facet };
}

/** The words of a candidate's sentence before its answer, and after it (what the side-detail rules read). */
export function besideAnswer(c: Candidate): { before: string; after: string } {
	return {
		before: c.sentence.text.slice(0, Math.max(c.fact.answerStart - c.sentence.start, 0)),
		after: c.sentence.text.slice(c.fact.answerEnd - c.sentence.start)
	};
}
