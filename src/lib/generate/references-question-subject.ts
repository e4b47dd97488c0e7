import type { DefiniteContext } from './references-definite';
import { definitePhrases, mentions, UNIQUE_HEADS, type DefinitePhrase } from './references-definite-phrases';

/**
 * "How many appearances had the substitute made?", "What does the metal act like?": a question
 * asked of a bare "the …" that the article never brought in with "a …" still leans on a
 * sentence the learner does not see, since only that sentence says which substitute or which
 * metal. A sentence copied whole may open with "the board" and be understood from its own
 * words; a question's subject is all it says of what it asks about. Such a subject takes the one
 * name the article gives its noun; with none or several, the question goes. A noun the lead
 * brings in ("the fire" of an article about one fire) is what the article is about, and one it
 * comes back to in paragraph after paragraph ("the museum" of a review of one show) is as plain
 * to its reader: both stay.
 */

/** Paragraphs that mention a noun, from which on the article keeps coming back to it. */
const RECURRING_PARAGRAPHS = 3;

/** The helper verb of a question, right before its subject: "does", "did", "will", "had". */
const HELPER = /\b(?:do|does|did|will|would|can|could|should|may|might|must|had|has|have) $/;

/** A word after the subject that ties it to something named: "the yield on bonds", "the fund that …". */
const PINS = /^(?:of|on|in|at|from|with|for|to|by|that|which|who|whose|where|when|and|or|as)$/;

/** A preposition that ends a question after its verb: "What does the metal act like?", "… stand for?". */
const END_PREPOSITION = /^(?:like|for|with|about|to|from|on|in|at|of|by|into|over)$/;

/** The writer of a review or a column: "the reviewer" is the article's own voice, one in any article. */
const OWN_VOICE = /^(?:reviewer|author|writer|critic|columnist)$/;

/**
 * The subject of a question when it is a bare "the" and one noun, read from the phrases of
 * `definitePhrases`: after a helper verb the next word is the question's verb ("the substitute
 * made"), and a two-word phrase right before the question mark ("the fund pass?", "the metal
 * act like?") holds the noun and the verb, which the tagger took for a second noun.
 */
export function questionSubject(prompt: string, phrases: DefinitePhrase[]): DefinitePhrase | null {
	if (!/\?\s*$/.test(prompt) || prompt.includes('____')) return null;
	for (const p of phrases) {
		if (p.possessive || !HELPER.test(prompt.slice(0, p.at))) continue;
		const words = p.text.split(' ').slice(1);
		const rest = prompt.slice(p.at + p.text.length);
		// "What does the emergency brake do?": a last word that is no preposition is the verb, and the word before it the noun's end.
		const end = /^(?: (\p{Ll}+))?\?\s*$/u.exec(rest);
		const last = (words: number) => new RegExp(`^(?: \\p{Ll}+){${words}} (\\p{Ll}+)\\?\\s*$`, 'u').exec(rest)?.[1];
		const twoLeft = last(1);
		const verbNext =
			words.length === 1 && /^ \p{Ll}+\b/u.test(rest) && !PINS.test(rest.trim().split(/\W/)[0]) && (twoLeft === undefined || END_PREPOSITION.test(twoLeft));
		const verbInside = words.length === 2 && end !== null && (end[1] === undefined || END_PREPOSITION.test(end[1]));
		if (!verbNext && !verbInside) continue;
		const head = words[0].toLowerCase();
		if (UNIQUE_HEADS.has(head) || OWN_VOICE.test(head)) return null;
		return { at: p.at, text: `the ${words[0]}`, head, possessive: false };
	}
	return null;
}

/**
 * The question with its bare subject settled (see above): unchanged when it has none, or when the
 * prompt or the lead already named the noun or the article keeps coming back to it; else the one name the article gives the noun in its
 * place, or null when there is none or several.
 */
export function settleQuestionSubject(prompt: string, context: DefiniteContext): string | null {
	const subject = questionSubject(prompt, definitePhrases(prompt));
	if (!subject || mentions(prompt.slice(0, subject.at), subject.head) || mentions(context.lead, subject.head)) return prompt;
	const paragraphs = context.article.split(/\n\s*\n/).filter((p) => mentions(p, subject.head));
	if (paragraphs.length >= RECURRING_PARAGRAPHS) return prompt;
	const named = context.names.get(subject.head);
	if (named?.size !== 1) return null;
	return `${prompt.slice(0, subject.at)}${[...named][0]}${prompt.slice(subject.at + subject.text.length)}`;
}
