import { escapeRegExp, outsideQuotes } from './english';
import { bareNoun, finite } from './kinds/lead-phrases';
import { nounForms } from './references-introductions';
import { tokenize, type Token } from './tokens';

/**
 * Where a prompt says "the …" with nothing after it to say which (references-definite.ts settles
 * those on the article): the phrase, its head noun, and the words that say which by themselves.
 */

/** A "the …" phrase of a prompt: where it stands, its words, its head noun, and whether it is a possessive ("the city's"). */
export interface DefinitePhrase {
	at: number;
	text: string;
	head: string;
	possessive: boolean;
}

/**
 * Heads that name one thing in any article ("the government", "the world", its setting's "the
 * region"), a part of the text's own time or measure ("the year", "the rest") or its writer
 * ("the reviewer" of a review): no sentence before is needed to say which.
 */
export const UNIQUE_HEADS = new Set(
	(
		'world public government police sun moon earth sky internet weather economy past future present rest end start beginning middle ' +
		'top bottom side way time day week month year decade century morning afternoon evening night weekend season summer winter spring autumn ' +
		'number amount total average majority minority most least case fact idea reason result point kind sort type use need answer question ' +
		'article news media press army navy military parliament president prime minister king queen pope church law state nation population market ' +
		'industry country ground air water land coast region border north south east west centre center age moment process course half match game reviewer'
	).split(' ')
);

/** Words after a head that say which one is meant: "the design of the valve", "the lakes that …", "the lakes in Finland". */
const PINNED_AFTER = /^(?:of|that|which|who|whom|whose|where|when|called|named|known)$/i;

/**
 * "the most gas", "the best harvest", "the fewest weeds": superlatives the tagger reads as a plain
 * adjective, a determiner or a noun, which say which as much as "the deepest basins" does.
 */
const SUPERLATIVE = /^(?:best|worst|most|least|fewest|furthest|farthest)$/i;

/** "the first deposit law", "the largest lake", "the only", "the same": an order or a degree says which by itself. */
const SAYS_WHICH = (t: Token) =>
	t.tags.has('Superlative') ||
	SUPERLATIVE.test(t.text) ||
	t.tags.has('Ordinal') ||
	/^(?:only|same|next|last|following|previous|latter|former|entire|whole|opening|closing|final)$/i.test(t.text);

/**
 * "the supply contract requires", "does the supply contract require": a noun compromise reads as a
 * verb, between a noun after a determiner and the clause's verb (finite, or bare after "does"). Two
 * verbs do not stand side by side, so the first is the noun; a verb with none after it is the verb
 * ("did the harvest fail?").
 */
const compoundEnd = (tokens: Token[], j: number) =>
	bareNoun(tokens, j) && tokens[j + 1] !== undefined && (finite(tokens[j + 1]) || tokens[j + 1].tags.has('Infinitive'));

/** The "the …" phrases of a prompt that nothing after them pins down, each with its head noun. */
export function definitePhrases(prompt: string): DefinitePhrase[] {
	const text = outsideQuotes(prompt);
	const tokens = tokenize(text);
	const out: DefinitePhrase[] = [];
	for (let i = 0; i < tokens.length; i++) {
		if (tokens[i].text.toLowerCase() !== 'the' || /[,;:]/.test(tokens[i].post)) continue;
		let j = i + 1;
		let head = -1;
		let says = false;
		// The phrase runs over lower-case adjectives and nouns: "the fine powder", "the city's".
		while (j < tokens.length && j <= i + 4) {
			const t = tokens[j];
			if (!/^\p{Ll}[\p{Ll}'’-]*$/u.test(t.text) || t.text.includes('____')) break;
			if (SAYS_WHICH(t)) says = true;
			// "The supply contract requires …": a bare verb form the clause's verb follows is the noun the phrase ends on.
			if ((t.tags.has('Noun') && !t.tags.has('Pronoun') && !t.tags.has('Verb')) || (head >= 0 && compoundEnd(tokens, j))) head = j;
			else if (!t.tags.has('Adjective') || head >= 0) break;
			j++;
			if (t.tags.has('Possessive') || /[,;:.!?)—–]/.test(t.post)) break;
		}
		// "the heavy maintenance check", "the morning-walk group": two words or a hyphened one before the noun name a kind the article has one of.
		const modifiers = tokens.slice(i + 1, head);
		if (head < 0 || says || modifiers.length >= 2 || modifiers.some((t) => t.tags.has('Hyphenated'))) continue;
		const h = tokens[head];
		const next = tokens[head + 1];
		// "the Rovers defender", "the 2019 floods": a name or a figure in the phrase says which.
		if (h.end < text.length && /^\s*(?:\p{Lu}|\d)/u.test(text.slice(h.end)) && !/[,;:.!?]/.test(h.post)) continue;
		if (next && !/[,;:.!?]/.test(h.post) && PINNED_AFTER.test(next.text)) continue;
		// "the capital, Port Lenaro, …": a name set beside the noun says which.
		if (/^,\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s*[,;:.!?]/u.test(text.slice(h.end))) continue;
		// "the design drawn by Ana Moss" says which; "What is the powder made of?" does not.
		if (next?.tags.has('Verb') && tokens[head + 2]?.text === 'by') continue;
		// "the lakes in Finland": a place after a preposition says which.
		if (next?.tags.has('Preposition') && /^\p{Lu}/u.test(tokens[head + 2]?.text ?? '')) continue;
		const possessive = h.tags.has('Possessive') || /['’]s?$/.test(h.text);
		const word = h.text.replace(/['’]s?$/, '').toLowerCase();
		if (UNIQUE_HEADS.has(word)) continue;
		out.push({ at: tokens[i].start, text: text.slice(tokens[i].start, h.end), head: word, possessive });
	}
	return out;
}

/** Whether a text mentions the noun in any of its forms. */
export function mentions(text: string, head: string): boolean {
	return new RegExp(`\\b(?:${nounForms(head).map(escapeRegExp).join('|')})\\b`, 'i').test(text);
}
