import { attributes } from '../facts/quotes';
import type { FactRecord } from '../facts/types';
import type { Sentence } from '../sentences';
import { wordCount } from '../english';
import { askFact } from '../kinds';
import type { Candidate } from './candidate';
import { standAlone, standAloneQuestion } from './standalone';
import { countInContext } from './count-context';
import { typedInstead } from './typed-instead';
import { mainSubject } from './subject';
import { definiteNames, resolveDefinites } from '../references-bodies';
import { definiteContext, settleDefinites } from '../references-definite';
import { settleQuestionSubject } from '../references-question-subject';
import { quoteTheName } from '../references-statement';
import { frontOpening } from './fronted';
import { peopleGenders } from '../references-gender';
import { PROMPT_MAX } from '../checks';
import { shortenPrompt } from './shorten';
import { nameWhSubject } from './wh-pronoun';
import { asksForSubject } from './who';
import { articleCase } from './name-case';

export type { Candidate } from './candidate';

/**
 * A sentence that is someone's words with no speaker in it ("“Five years ago, …”"): out of
 * its paragraph, nobody can tell who said it or what it refers to.
 */
function unattributedQuote(text: string): boolean {
	if (!/^["“]/.test(text) || quotedTitleOpens(text)) return false;
	const outside = text.replace(/["“][^"”]*["”]/g, ' ');
	return !attributes(outside);
}

/**
 * "“Salt and Iron,” curated by …, sets out …", "“Tide Table” (1971) translates …": a sentence
 * that opens on a quoted title, not on someone's words. The quotation is a name: up to eight
 * words, each capitalised but for short function words, and the sentence goes on after it in
 * lower case or a bracket, as it does after a subject.
 */
export function quotedTitleOpens(text: string): boolean {
	const m = /^[“"]([^”"]{1,80}?)[,.:;!?]?[”"]\s*(.)/u.exec(text);
	if (!m || !/^[\p{Ll}(,]/u.test(m[2])) return false;
	const words = m[1].split(/[\s:]+/).filter(Boolean);
	const minor = /^(?:a|an|the|and|or|of|in|on|at|to|for|with|by|from)$/;
	return words.length <= 8 && /^\p{Lu}/u.test(words[0] ?? '') && words.every((w) => /^[\p{Lu}\d]/u.test(w) || minor.test(w));
}

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
 * Every candidate question for every fact, before checks and ranking, as the fact's kind phrases
 * them; candidates that ask the same fact the same way are dropped here (first one kept). With
 * `asked`, only facts of those sentences are asked (see long-text.ts); all facts still serve as
 * names, references and distractors.
 */
export function buildCandidates(facts: FactRecord[], sentences: Sentence[], text: string, asked?: ReadonlySet<number>): Candidate[] {
	const bySentence = new Map(sentences.map((s) => [s.index, s]));
	const out: Candidate[] = [];
	const seen = new Set<string>();
	const fragments = insideQuotes(sentences);
	const genders = peopleGenders(
		facts.filter((f) => f.kind === 'person').map((f) => f.key),
		sentences.map((s) => s.text)
	);
	const subject = mainSubject(facts, text, genders);
	// The article's headline, or its lead where it has none: a subject it names is known to every reader.
	const opening = sentences.find((s) => !s.dateline)?.text ?? '';
	const names = definiteNames(facts, text);
	const people = new Set(facts.filter((f) => f.kind === 'person').map((f) => f.answer.split(' ').at(-1) ?? f.answer));
	const definites = definiteContext(text, names, people, sentences);
	const cased = articleCase(sentences, facts);
	// Whether a person other than the subject is named in the sentence before, in the same paragraph.
	const othersIn = new Set(facts.filter((f) => f.kind === 'person' && f.key !== subject?.key).map((f) => f.sentence));
	for (const fact of facts) {
		if (asked && !asked.has(fact.sentence)) continue;
		const sentence = bySentence.get(fact.sentence);
		// A heading gives a fact only when it is a review's score ("Four stars"), which the rating kind asks as a question.
		if (!sentence || (sentence.heading && fact.kind !== 'rating')) continue;
		// A quote fragment gives no question of its own: blanks, statements and wh-questions over it
		// lack the rest of the quote. "Who said …?" over the whole quote and cards still stand.
		const fragment = fragments.has(sentence.index) || shortQuote(sentence.text);
		const before = bySentence.get(sentence.index - 1);
		const previous = before && before.paragraph === sentence.paragraph ? before : undefined;
		const earlier = sentences.filter((s) => s.index < sentence.index && s.index >= sentence.index - 2 && !s.heading);
		const made = askFact(fact, { sentence, previous, earlier, text, all: facts });
		for (const made1 of made) {
			if (fragment && made1.form !== 'card' && fact.kind !== 'quote') continue;
			// "Who died on 3 March …?" in the obituary of the one who died (see who.ts).
			if (asksForSubject(made1, subject, opening)) continue;
			const sentenceForm = made1.form !== 'wh' && made1.form !== 'card';
			// "He had scored only two goals": out of its paragraph, nobody knows who "he" is.
			const about = { subject, othersBefore: previous !== undefined && othersIn.has(previous.index), people: genders };
			const typed = typedInstead(made1);
			if (!typed) continue;
			const wh = sentenceForm ? null : standAloneQuestion(nameWhSubject(typed, about));
			// "How many main types are there?": a count that names nothing is shown after the sentence that says what of (see count-context.ts).
			const c = sentenceForm ? standAlone(typed, earlier, text, about) : wh && countInContext(wh, previous, earlier, text);
			if (!c || seen.has(c.dedupe) || (sentenceForm && (unattributedQuote(sentence.text) || pronounSpeaker(sentence.text)))) continue;
			seen.add(c.dedupe);
			// "The firm" becomes the firm's name; with two firms in the article, nobody can tell which.
			const named = resolveDefinites(c.question.prompt, names);
			// "The design was patented in ____." after "a storage design by …": which design, out of its paragraph?
			const start = c.question.source?.start ?? sentence.start;
			const definite = named === null ? null : settleDefinites(named, definites, start);
			// "How many appearances had the substitute made?": a question's bare subject names nobody (see references-question-subject.ts).
			const settled = definite === null ? null : settleQuestionSubject(definite, definites);
			// A true statement so named quotes the sentence that gives the name (see references-statement.ts).
			const quoted = settled === null ? null : quoteTheName(c.question, settled, text, sentences);
			if (quoted === null) continue;
			// "What did in each garden the volunteers choose?": the opening phrase goes first (see fronted.ts).
			const fronted = frontOpening(quoted.prompt);
			if (fronted === null) continue;
			// Two long sentences are cut to the clauses the blank and its reference need (see shorten.ts).
			// "did Ebullition account for …": a word moved from a sentence's start takes its case from the article (see name-case.ts).
			const prompt = cased(shortenPrompt(fronted, PROMPT_MAX));
			out.push(prompt === c.question.prompt ? c : { ...c, question: { ...quoted, prompt } });
		}
	}
	return out;
}
