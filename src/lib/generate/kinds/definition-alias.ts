import type { TaggedSentence } from '../facts/types';
import { uncommon } from './definition-dash';
import { nounPhraseEndingAt } from './relation';

/**
 * "Taste disturbance, or dysgeusia, was reported by …": an everyday phrase, then after ", or" the
 * technical name the article gives it, set off by commas. The name is the term, the everyday phrase
 * its gloss. Only a rare name beside common words is one ("tea, or coffee," offers a choice, and
 * "the plan, or at least its first stage," corrects itself).
 */
const ALIAS = /, or ([\p{Ll}][\p{Ll}-]*(?: [\p{Ll}-]+){0,2}),/gu;

export function aliases(s: TaggedSentence): { term: string; at: number; gloss: string }[] {
	const out: { term: string; at: number; gloss: string }[] = [];
	for (const m of s.text.matchAll(ALIAS)) {
		const comma = m.index ?? 0;
		const found = nounPhraseEndingAt(s, comma);
		// "Taste disturbance, or …": the capitalised word opening the sentence belongs to the phrase.
		const opener =
			found &&
			/^\p{Lu}\p{Ll}+ $/u.test(s.text.slice(0, found.at)) &&
			!['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Adverb'].some((tag) => s.tokens[0].tags.has(tag));
		const everyday = found && opener ? { at: 0, text: s.text.slice(0, comma) } : found;
		const words = s.tokens.filter((t) => t.start >= comma + 5 && t.end <= comma + 5 + m[1].length);
		if (!everyday || words.some((t) => t.tags.has('Determiner') || t.tags.has('Adverb') || t.tags.has('Pronoun') || t.tags.has('Preposition'))) continue;
		// "Ringing in the ears, or tinnitus,": a phrase after a preposition is the end of a longer one.
		const before = s.tokens.filter((t) => t.end <= everyday.at && !t.tags.has('Determiner')).at(-1);
		if (before?.tags.has('Preposition')) continue;
		const phrase = everyday.text.replace(/^(?:a|an|the) /i, '');
		if (!uncommon(m[1]) || uncommon(phrase)) continue;
		out.push({ term: m[1], at: comma + 5, gloss: phrase.charAt(0).toLowerCase() + phrase.slice(1) });
	}
	return out;
}
