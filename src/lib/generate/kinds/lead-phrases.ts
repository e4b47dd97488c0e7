import { AUXILIARIES } from '../english';
import { isCommonWord } from '../frequency';
import { tokenize, type Token } from '../tokens';

/**
 * The word-level reading behind lead-claim.ts: which token is a finite verb, where a noun phrase
 * ends, and where compromise's tags mislead (a noun read as a verb, a participle qualifying a
 * noun). Closed classes only: prepositions, subordinators, degree and time words.
 */

/** "that", "which", "who" opening a relative clause. */
export const RELATIVE = /^(?:that|which|who)$/i;
/** Prepositions compromise sometimes tags otherwise ("taken after each meal"): a closed class. */
export const PREPOSITION = /^(?:after|before|by|in|from|at|on|with|for|during|under|over|near|into|across|since|through|against|towards?)$/i;
/** Subordinators opening a clause of time or cause: a closed class. */
export const SUBORDINATOR = /^(?:after|before|because|as|while|when|since|until|although|though)$/i;
/** Degree words that grade the adjective or participle after them ("the most visited show"). */
export const DEGREE = /^(?:most|more|least|less|very)$/i;
/** Determiners that open a time phrase ("last year", "this week"). */
export const TIME_DETERMINER = /^(?:last|next|this|each|every)$/i;

export const has = (t: Token, ...tags: string[]) => tags.some((tag) => t.tags.has(tag));

/** A verb that carries tense on its own ("reported", "has"), not a gerund, infinitive or noun. */
export const finite = (t: Token) =>
	(AUXILIARIES.has(t.text.toLowerCase()) && has(t, 'Auxiliary', 'Modal', 'Copula', 'Verb')) ||
	(has(t, 'Verb') &&
		!has(t, 'Gerund', 'Infinitive', 'Particle') &&
		!(has(t, 'Noun') && !has(t, 'PresentTense')) &&
		(has(t, 'PastTense', 'PresentTense', 'Auxiliary', 'Copula', 'Modal') || AUXILIARIES.has(t.text.toLowerCase())));

/** "built by …", "taken after …", "sealed roughly …": a participle after a noun, qualifying it, when a finite verb follows. */
export const reducedRelative = (tokens: Token[], i: number): boolean =>
	i > 0 &&
	has(tokens[i - 1], 'Noun') &&
	/(?:ed|en|wn|lt)$/.test(tokens[i].text) &&
	i + 1 < tokens.length &&
	(has(tokens[i + 1], 'Preposition', 'Adverb') || PREPOSITION.test(tokens[i + 1].text)) &&
	tokens.slice(i + 2).some((t, k) => finite(t) && !reducedRelative(tokens, i + 2 + k) && !tokens.slice(i, i + 2 + k).some((x) => x.post.includes(',')));

/** "marine reserves that ban …": an "-s" word after a noun or adjective and before a relative word is a plural noun. */
export const pluralNoun = (tokens: Token[], i: number) =>
	i > 0 &&
	has(tokens[i - 1], 'Noun', 'Adjective') &&
	tokens[i - 1].post === ' ' &&
	/\p{Ll}s$/u.test(tokens[i].text) &&
	!has(tokens[i], 'Auxiliary', 'Copula') &&
	RELATIVE.test(tokens[i + 1]?.text ?? '');

/**
 * "the earth dam above …", "the government plan": a bare verb form after a singular noun or
 * adjective that follows a determiner cannot agree with it, so it is the noun the phrase ends on.
 */
export const bareNoun = (tokens: Token[], i: number) =>
	i > 1 &&
	has(tokens[i], 'Infinitive') &&
	!AUXILIARIES.has(tokens[i].text.toLowerCase()) &&
	has(tokens[i - 1], 'Noun', 'Adjective') &&
	!has(tokens[i - 1], 'Plural') &&
	tokens[i - 1].post === ' ' &&
	has(tokens[i - 2], 'Determiner');

/** The opening phrase before the subject: up to the first comma, starting with a preposition or date and holding no verb. */
export function openerLength(text: string): number {
	const comma = text.indexOf(', ');
	if (comma < 0 || comma > 90) return 0;
	const words = tokenize(text.slice(0, comma));
	if (words.length === 0 || !has(words[0], 'Preposition', 'Date') || words.some((t) => finite(t))) return 0;
	return comma + 2;
}

/** Where the main verb starts: the first finite verb outside a relative clause or an apposition after a name; -1 when unsure. */
export function mainVerb(tokens: Token[]): { verb: number; subjectEnd: number } | null {
	let relative = false;
	let subjectEnd = -1;
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		if (RELATIVE.test(t.text) && i > 0) relative = true;
		// "that ban the catching …": compromise may read the relative clause's verb as a bare form too.
		else if (relative && has(t, 'Verb') && has(t, 'PresentTense', 'PastTense') && !has(t, 'Gerund')) relative = false;
		else if (finite(t) && !reducedRelative(tokens, i) && !pluralNoun(tokens, i) && !bareNoun(tokens, i))
			return { verb: i, subjectEnd: subjectEnd >= 0 ? subjectEnd : i };
		if (t.post.includes(',')) {
			// "Tan Phat Electronics, Vietnam's largest maker …, reported": an apposition after a name, up to its closing comma.
			const head = tokens.slice(0, i + 1);
			// A capitalised word English does not know is a name the tagger has not met ("Quillstack, the software company, …").
			const name =
				head.every((x) => /^\p{Lu}/u.test(x.text) || /^(?:of|and|de|van)$/.test(x.text)) && head.some((x) => has(x, 'ProperNoun') || !isCommonWord(x.text));
			if (subjectEnd >= 0 || !name) return null;
			subjectEnd = i + 1;
			const close = tokens.findIndex((x, k) => k > i && x.post.includes(','));
			if (close < 0) return null;
			i = close;
			relative = false;
		}
	}
	return null;
}

/**
 * Whether a token inside a noun phrase that opened on a determiner is a noun compromise read as a
 * verb ("a record 31.4 million tonnes", "an emergency vaccination campaign", "two match points"):
 * a present or bare form right after a determiner, adjective, number or noun, with no comma before it.
 */
export const nounAsVerb = (tokens: Token[], i: number, from: number) =>
	has(tokens[i], 'Verb') &&
	has(tokens[from], 'Determiner', 'Value') &&
	i > from &&
	has(tokens[i - 1], 'Determiner', 'Adjective', 'Noun', 'Value') &&
	tokens[i - 1].post === ' ' &&
	!has(tokens[i], 'PastTense', 'Gerund', 'Participle', 'Auxiliary', 'Copula', 'Modal');

/** Word tokens of the object's noun phrase from `from`: its end (exclusive), or -1 when it is no noun phrase. */
export function nounPhraseEnd(tokens: Token[], from: number): number {
	const first = tokens[from];
	if (
		!first ||
		PREPOSITION.test(first.text) ||
		!has(first, 'Determiner', 'Adjective', 'Noun', 'Value', 'ProperNoun') ||
		has(first, 'Pronoun', 'Preposition', 'Conjunction', 'Verb', 'Adverb', 'PastTense')
	)
		return -1;
	let end = from;
	while (end < tokens.length) {
		const t = tokens[end];
		const nounish = has(t, 'Determiner', 'Adjective', 'Noun', 'Value', 'ProperNoun', 'Possessive') && !has(t, 'Pronoun', 'Preposition', 'Conjunction');
		const of = t.text === 'of' && end > from && end + 1 < tokens.length;
		// "the most visited show": a degree adverb before an adjective stays in the phrase.
		const degree = DEGREE.test(t.text) && end + 1 < tokens.length && has(tokens[end + 1], 'Adjective', 'Verb');
		const graded = end > from && DEGREE.test(tokens[end - 1].text);
		const verb = has(t, 'Verb') && !has(t, 'Noun', 'Adjective') && !nounAsVerb(tokens, end, from) && !graded;
		// "… of cargo last year": a time phrase after the object is when, not what.
		const time = end > from && TIME_DETERMINER.test(t.text);
		if (RELATIVE.test(t.text) || time || !(nounish || of || degree || graded || nounAsVerb(tokens, end, from)) || verb) break;
		end++;
		// "a four-year field study": a hyphen joins two words of one phrase.
		if (t.post.trim() !== '' && t.post !== '-') break;
	}
	const last = tokens[end - 1];
	return end > from && last && (has(last, 'Noun', 'Value') || nounAsVerb(tokens, end - 1, from)) && last.text !== 'of' ? end : -1;
}

/** The subject's head is plural: its last noun before a relative clause or a preposition. */
export function pluralHead(subject: Token[]): boolean {
	const stop = subject.findIndex((t, i) => i > 0 && (RELATIVE.test(t.text) || has(t, 'Preposition')));
	const head = subject.slice(0, stop < 0 ? subject.length : stop).filter((t) => has(t, 'Noun'));
	return (head.at(-1)?.tags.has('Plural') ?? false) || subject.some((t) => t.text === 'and');
}
