import { tokenize, type Token } from '../tokens';

/**
 * "In each garden the volunteers chose three shrubs" asked from its clause puts the opening phrase
 * between "did" and the subject: "What did in each garden the volunteers choose?". Said first,
 * with a comma, the question reads: "In each garden, what did the volunteers choose?".
 */

/** A question whose "did", "does" or "do" is followed by a preposition, where its subject should be. */
const OPENING_AFTER_DO =
	/^(.*?\b(?:did|does|do)) ((?:in|at|on|over|during|after|before|within|across|under|among|throughout|since|from|for|between|through|until|inside|outside|near|around|along|beyond|despite|following) .+)\?$/i;

/** Possessives and pronouns that open a subject ("their coach", "they"). */
const OPENS_SUBJECT = /^(?:the|a|an|its|their|his|her|our|my|your|this|that|these|those|they|he|she|we|it|i|you)$/i;

/** A word that can end the opening phrase: its noun, a number or a describing word; not "of", "the", "each". The tagger reads "garden" as a verb, so no noun tag is asked for. */
const ending = (t: Token) => !['Determiner', 'Preposition', 'Conjunction'].some((tag) => t.tags.has(tag));

/**
 * The question with a misplaced opening phrase moved to its front; the prompt itself when it has
 * none; null when it has one but where its subject starts cannot be told (the question is garbled).
 */
export function frontOpening(prompt: string): string | null {
	const m = OPENING_AFTER_DO.exec(prompt);
	if (!m) return prompt;
	const [, asking, rest] = m;
	const tokens = tokenize(rest);
	let named = false;
	for (let i = 1; i < tokens.length; i++) {
		const t = tokens[i];
		if (named && (OPENS_SUBJECT.test(t.text) || /^\p{Lu}/u.test(t.text))) {
			const opening = rest.slice(0, t.start).trim().replace(/,$/, '');
			const question = `${asking.charAt(0).toLowerCase()}${asking.slice(1)} ${rest.slice(t.start)}?`;
			return `${opening.charAt(0).toUpperCase()}${opening.slice(1)}, ${question}`;
		}
		if (ending(t)) named = true;
	}
	return null;
}
