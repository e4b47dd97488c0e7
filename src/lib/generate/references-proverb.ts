import { AUXILIARIES, outsideQuotes } from './english';
import { tokenize } from './tokens';

/**
 * "Only seven of the 23 businesses did so.": "do so" stands for a verb phrase said before it. With
 * no verb of its own before it in the sentence, the action it repeats is in a sentence the learner
 * never sees (what did the seven do?). "Told to move their stock, only seven did so" says it.
 */

/** "did so", "do so", "does so", "done so", "doing so". */
const DO_SO = /\b(?:did|do|does|done|doing) so\b/i;

/** Helping verbs beyond english.ts's finite auxiliaries, which the tagger does not always mark as such ("having done so"). */
const NON_FINITE_HELPERS = new Set(['having', 'be', 'been', 'being', 'shall']);

/** A helping verb, never the action "do so" repeats; "did" is left out, as it is also the main verb of "did the survey". */
const isHelper = (word: string) => {
	const w = word.toLowerCase();
	return (AUXILIARIES.has(w) && w !== 'did') || NON_FINITE_HELPERS.has(w);
};

/**
 * Whether a token is a verb that can be what "do so" repeats. "agreed to do so", "refused to do
 * so": a verb whose "to" is the one before "do so" only governs it, and says nothing of the action.
 */
function actionBefore(tokens: ReturnType<typeof tokenize>, end: number): boolean {
	return tokens.slice(0, end).some((t, i) => {
		if (!t.tags.has('Verb') || t.tags.has('Auxiliary') || t.tags.has('Copula') || t.tags.has('Modal') || isHelper(t.text)) return false;
		return !(i === end - 2 && /^to$/i.test(tokens[end - 1].text));
	});
}

/** The "do so" of a text that repeats an action the text never states, or null. */
export function unstatedAction(text: string): string | null {
	const own = outsideQuotes(text);
	const m = DO_SO.exec(own);
	if (!m) return null;
	const tokens = tokenize(own);
	const end = tokens.findIndex((t) => t.start >= m.index);
	return end >= 0 && !actionBefore(tokens, end) ? `“${m[0]}” (did what)` : null;
}
