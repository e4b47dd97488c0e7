import type { Question } from '../bank/schema';
import { statementInQuote } from './checks';
import { articleLead } from './references-definite';
import type { Sentence } from './sentences';

/**
 * "The board ordered 14 sirens in 1871." names no board out of its paragraph; "The Coastal Lights
 * Board ordered 14 sirens in 1871." does. A true statement must still be what its quote says, so
 * once a name stands in place of "the board" its quote runs back to the nearest sentence that
 * gives the name. A name given only further back than a short passage leaves a quote no learner
 * reads as one source. Then "the trust" of an article whose lead names the Annock Rivers Trust is
 * the trust the article is about and keeps the article's words; any other is not asked.
 */
const QUOTE_MAX = 600;

/** The words a named prompt put in ("Annock", "Rivers", "Trust’s"), each without a possessive ending. */
const addedWords = (was: string, named: string) => {
	const old = new Set(was.split(/\s+/));
	return named
		.split(/\s+/)
		.filter((w) => !old.has(w))
		.map((w) => w.replace(/[’']s?$/, ''));
};

/** The question with its named prompt, a true statement's quote run back to the name; null when no short quote gives it. */
export function quoteTheName(question: Question, prompt: string, text: string, sentences: Sentence[]): Question | null {
	if (prompt === question.prompt) return question;
	const named = { ...question, prompt };
	const source = question.source;
	if (question.type !== 'true_false' || !question.answer || !source) return named;
	if (statementInQuote(source.quote, prompt)) return named;
	for (const s of sentences.filter((x) => x.end <= source.start).reverse()) {
		const quote = text.slice(s.start, source.end);
		if (quote.length > QUOTE_MAX) break;
		if (statementInQuote(quote, prompt)) return { ...named, source: { quote, start: s.start, end: source.end } };
	}
	const lead = articleLead(text);
	return addedWords(question.prompt, prompt).every((w) => lead.includes(w)) ? question : null;
}
