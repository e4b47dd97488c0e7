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
const PERSONAL_LEAD = /^(?:(?:He|She|It|They|His|Her|Its|Their|We|I|Our)\b|(?:In|Of|By|With|From|For|Under) (?:it|them|this|these)\b|.{0,30}?\bof (?:them|it|these)\b)/;

/** "“…,” he said.": the speaker is only a pronoun, so a blank in the quote has no context. */
function pronounSpeaker(text: string): boolean {
	return /[”"],?\s+(?:he|she|they)\s+\w+/.test(text) || /\b(?:said|added)\s+(?:he|she)\b/.test(text);
}

/**
 * Every candidate question for every fact, before checks and ranking. Each fact kind has its
 * builder; candidates that ask the same fact the same way are dropped here (first one kept).
 */
export function buildCandidates(facts: FactRecord[], sentences: Sentence[]): Candidate[] {
	const bySentence = new Map(sentences.map((s) => [s.index, s]));
	const out: Candidate[] = [];
	const seen = new Set<string>();
	for (const fact of facts) {
		const sentence = bySentence.get(fact.sentence);
		// "published on Wednesday": which weekday something happened is rarely worth learning.
		if (!sentence || sentence.heading || fact.dateClass === 'weekday') continue;
		const made: Candidate[] = [];
		if (fact.kind === 'quantity') made.push(...quantityQuestions(fact, sentence, facts));
		else if (fact.kind === 'quote') made.push(...quoteQuestions(fact, sentence, facts, bySentence.get(sentence.index - 1)));
		else if (fact.kind === 'named-thing') made.push(...cardQuestions(fact, sentence));
		else {
			made.push(...whEntityQuestions(fact, sentence, facts), ...entityQuestions(fact, sentence, facts));
			if (fact.kind === 'person') made.push(...cardQuestions(fact, sentence));
		}
		for (const c of made) {
			const sentenceForm = c.form !== 'wh' && c.form !== 'card';
			// "He had scored only two goals": out of its paragraph, nobody knows who "he" is.
			if (seen.has(c.dedupe) || (sentenceForm && (unattributedQuote(sentence.text) || PERSONAL_LEAD.test(sentence.text) || pronounSpeaker(sentence.text)))) continue;
			seen.add(c.dedupe);
			out.push(c);
		}
	}
	return out;
}
