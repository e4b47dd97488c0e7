import { attributes } from '../facts/quotes';
import type { FactRecord } from '../facts/types';
import type { Sentence } from '../sentences';
import type { Candidate } from './candidate';
import { cardQuestions, quoteQuestions } from './cards';
import { entityQuestions } from './entity';
import { quantityQuestions } from './quantity';
import { whEntityQuestions } from './wh-entity';

export type { Candidate } from './candidate';

/**
 * A sentence that is someone's words with no speaker in it ("“Five years ago, …”"): out of
 * its paragraph, nobody can tell who said it or what it refers to.
 */
function unattributedQuote(text: string): boolean {
	if (!/^["“]/.test(text)) return false;
	const outside = text.replace(/["“][^"”]*["”]/g, ' ');
	return !attributes(outside);
}

/**
 * A sentence opening on a personal pronoun ("He had scored …", "It took her …"): nobody can tell
 * who is meant. "This move …" still names its noun and only costs rank (see `score`).
 */
const PERSONAL_LEAD =
	/^(?:(?:He|She|It|They|His|Her|Its|Their|We|I|Our)\b|(?:In|Of|By|With|From|For|Under) (?:it|them|this|these)\b|.{0,30}?\bof (?:them|it|these)\b)/;

/** "“…,” he said.": the speaker is only a pronoun, so a blank in the quote has no context. */
function pronounSpeaker(text: string): boolean {
	return /[”"],?\s+(?:he|she|they)\s+\w+/.test(text) || /\b(?:said|added)\s+(?:he|she)\b/.test(text);
}

/**
 * Sentences that start inside a quotation an earlier sentence of the paragraph opened and did not
 * close ("“We have a radius, … estimate. That is three numbers,” Dr. Whitcombe said."): a
 * fragment of someone's words, which does not stand on its own.
 */
function insideQuotes(sentences: Sentence[]): Set<number> {
	const out = new Set<number>();
	let open = false;
	let paragraph = -1;
	for (const s of sentences) {
		if (s.paragraph !== paragraph) open = false;
		paragraph = s.paragraph;
		if (open) out.add(s.index);
		for (const ch of s.text) {
			if (ch === '“') open = true;
			else if (ch === '”') open = false;
			else if (ch === '"') open = !open;
		}
	}
	return out;
}

const wordCount = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length;

/**
 * "“That is three numbers,” Dr. Whitcombe said.": a quote of fewer than six words with only its
 * attribution around it (a speech verb, a dozen words at most) is too short to stand on its own.
 */
function shortQuote(text: string): boolean {
	const quoted = [...text.matchAll(/[“"]([^“”"]*)[”"]/g)].map((m) => m[1]).join(' ');
	if (quoted.trim() === '') return false;
	const outside = text.replace(/[“"][^“”"]*[”"]/g, ' ');
	return attributes(outside) && wordCount(outside) <= 12 && wordCount(quoted) < 6;
}

/**
 * Every candidate question for every fact, before checks and ranking. Each fact kind has its
 * builder; candidates that ask the same fact the same way are dropped here (first one kept).
 */
export function buildCandidates(facts: FactRecord[], sentences: Sentence[]): Candidate[] {
	const bySentence = new Map(sentences.map((s) => [s.index, s]));
	const out: Candidate[] = [];
	const seen = new Set<string>();
	const fragments = insideQuotes(sentences);
	for (const fact of facts) {
		const sentence = bySentence.get(fact.sentence);
		// "published on Wednesday": which weekday something happened is rarely worth learning.
		if (!sentence || sentence.heading || fact.dateClass === 'weekday') continue;
		// A quote fragment gives no question of its own: blanks, statements and wh-questions over it
		// lack the rest of the quote. "Who said …?" over the whole quote and cards still stand.
		const fragment = fragments.has(sentence.index) || shortQuote(sentence.text);
		const made: Candidate[] = [];
		if (fact.kind === 'quantity') made.push(...quantityQuestions(fact, sentence, facts));
		else if (fact.kind === 'quote') made.push(...quoteQuestions(fact, sentence, facts, bySentence.get(sentence.index - 1)));
		else if (fact.kind === 'named-thing') made.push(...cardQuestions(fact, sentence));
		else {
			made.push(...whEntityQuestions(fact, sentence, facts), ...entityQuestions(fact, sentence, facts));
			if (fact.kind === 'person') made.push(...cardQuestions(fact, sentence));
		}
		for (const c of made) {
			if (fragment && c.form !== 'card' && fact.kind !== 'quote') continue;
			const sentenceForm = c.form !== 'wh' && c.form !== 'card';
			// "He had scored only two goals": out of its paragraph, nobody knows who "he" is.
			if (seen.has(c.dedupe) || (sentenceForm && (unattributedQuote(sentence.text) || PERSONAL_LEAD.test(sentence.text) || pronounSpeaker(sentence.text))))
				continue;
			seen.add(c.dedupe);
			out.push(c);
		}
	}
	return out;
}
