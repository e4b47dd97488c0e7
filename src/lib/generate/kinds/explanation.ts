import nlp from 'compromise';
import { normaliseAnswer } from '../../quiz/normalise';
import { AUXILIARIES, finish, LEANING_LEAD, wordCount } from '../english';
import type { TaggedSentence } from '../facts/types';
import type { Token } from '../tokens';
import type { FactKindModule } from './kind';
import { cardBack, relationFact, relationQuestion, standsAlone } from './relation';

/**
 * "Each strip can only move a small amount of heat, so a full-size refrigerator would need
 * several kilograms of alloy": an explainer gives a reason and, after ", so", what it explains.
 * Asked as a card: "Why would a full-size refrigerator need several kilograms of alloy?" → the
 * reason, a short whole clause in the article's words. An opening "When the stress is removed,"
 * is the question's condition too ("Why does the metal cool down when the stress is removed?").
 */

/** Opening condition, reason, result: ", so that" is a purpose and ", so far" a time, neither an explanation. */
const SO = /^(?:((?:When|Whenever|Once|If|After) [^,]{3,80}), )?(.{12,}?), so (?!that\b|far\b|much\b|many\b|long\b|too\b)(.+?)[.!]?$/;

/** Auxiliaries and modals open a question by themselves: "was the switch-over slow?", "may the group not reflect …?". */
const opensQuestion = (word: string) => AUXILIARIES.has(word) || word === 'do' || word === 'does';

/** A verb that carries tense: "cools", "lost", "was", "may" (compromise tags a plain present "flip" Infinitive too). */
const finite = (t: Token): boolean =>
	t.tags.has('Verb') &&
	!t.tags.has('Noun') &&
	!t.tags.has('Date') &&
	!t.tags.has('Gerund') &&
	!t.tags.has('Participle') &&
	['PresentTense', 'PastTense', 'Copula', 'Modal', 'Auxiliary'].some((tag) => t.tags.has(tag));

/**
 * The result, the sentence's text from `from` to `to`, as a "why" question, its finite verb moved
 * before the subject; null when it has no plain subject and verb. The sentence's own tags are
 * read, which the whole sentence tells better than the clause alone.
 */
export function whyQuestion(s: TaggedSentence, from: number, to: number): string | null {
	const words = s.tokens.filter((t) => t.start >= from && t.end <= to);
	// The subject has a word at least: a first word read as a verb ("supplies reached", "fibre cables") is the subject's.
	// A word after a determiner is a noun, whatever its tag ("a can that costs …").
	const verbAt = (w: Token, i: number) => i > 0 && finite(w) && !words[i - 1].tags.has('Determiner');
	let verb = words.findIndex(verbAt);
	// "shoppers who return their containers get it all back": the verb of a relative clause is not the sentence's.
	const relative = words.findIndex((w) => /^(?:who|that|which)$/i.test(w.text));
	const after = words.findIndex((w, i) => i > verb && verbAt(w, i));
	if (relative >= 0 && relative < verb && after > verb) verb = after;
	const head = words.slice(0, verb);
	if (verb < 1) return null;
	if (['Pronoun', 'Conjunction', 'Preposition', 'Adverb'].some((tag) => words[0].tags.has(tag))) return null;
	// "the pattern", "the group": a bare noun points back at what the paragraph told; a subject with a
	// number ("pupils lost about ten minutes") is a misread verb, the subject running on past it.
	const own = relative < 0 || relative > verb ? head : head.slice(0, relative);
	if (
		/^the [\p{Ll}-]+$/iu.test(s.text.slice(from, words[verb].start).trim()) ||
		own.length > 5 ||
		!own.some((t) => !t.tags.has('Determiner')) ||
		own.some((t) => t.tags.has('Value'))
	)
		return null;
	// The subject and the rest as the article writes them ("full-size", "switch-over"), a common first word in lower case.
	const opening = s.text.slice(from, words[verb].start).trim();
	const subject = words[0].tags.has('ProperNoun') ? opening : opening.charAt(0).toLowerCase() + opening.slice(1);
	const rest = finish(s.text.slice(words[verb].end, to)).trim();
	const word = words[verb].text.toLowerCase();
	if (word === 'cannot') return `Why can ${subject} not ${rest}?`;
	if (opensQuestion(word)) return `Why ${word} ${subject} ${rest}?`;
	// A modal or copula left beside the verb is the clause's own verb, which the tagger missed: the question would have two.
	if (/n't$/.test(word) || words[verb].tags.has('Auxiliary') || /\b(?:will|would|can|could|may|might|must|should|is|are|was|were)\b/.test(`${subject} ${rest}`))
		return null;
	const base = nlp(`they ${word}`)
		.verbs()
		.toInfinitive()
		.text()
		.replace(/^they /, '');
	if (!base || base.includes(' ')) return null;
	const aux = words[verb].tags.has('PastTense') ? 'did' : /s$/.test(word) && !/ss$/.test(word) ? 'does' : 'do';
	return `Why ${aux} ${subject} ${[base, rest].filter(Boolean).join(' ')}?`;
}

export const explanation: FactKindModule<'explanation'> = {
	kind: 'explanation',
	claims: false,
	find(s) {
		const m = SO.exec(s.text);
		if (!m || /[“”"]/.test(s.text)) return [];
		const [, condition, reasonRaw, resultRaw] = m;
		// "…, mostly by shortening the break": an adverb's aside after the result is no part of it; any other comma is another clause.
		const result = resultRaw.replace(/, \p{Ll}+ly\b.*$/u, '');
		const reason = finish(reasonRaw);
		if (result.includes(',') || /\b(?:while|whereas|although|though|because|but|if|when)\b/.test(result)) return [];
		if (LEANING_LEAD.test(reason) || !standsAlone(reason) || !standsAlone(result) || wordCount(reason) < 4 || wordCount(reason) > 30) return [];
		if (wordCount(result) < 3 || wordCount(result) > 18) return [];
		const from = s.text.lastIndexOf(resultRaw);
		const why = whyQuestion(s, from, from + result.length);
		if (!why) return [];
		const prompt = condition ? `${why.slice(0, -1)} ${condition.charAt(0).toLowerCase()}${condition.slice(1)}?` : why;
		const at = condition ? condition.length + 2 : 0;
		return [{ ...relationFact(s, reason, at, `explanation|${normaliseAnswer(result).slice(0, 60)}`), kind: 'explanation', prompt }];
	},
	ask(fact, ctx) {
		return [relationQuestion(fact, ctx.sentence, { type: 'flashcard', prompt: fact.prompt, back: cardBack(fact.answer) }, 'card', 'why-so')];
	},
	// A reason is what an explainer's reader is asked first, as a cause is.
	score: () => 3.5
};
