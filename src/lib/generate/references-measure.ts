import { tokenize } from './tokens';

/**
 * "For red clover the figure was just 12 percent", "By 2021 the average had fallen to 131": a
 * measure that is the subject of its clause, with nothing after it to say of what ("the average
 * nightly catch", "the share of pupils"), is the one a sentence before gave. Out of its paragraph
 * the learner cannot tell what was counted, so nothing can be checked against the number.
 */

/** Nouns that stand for a measured quantity, which only says what it measures when told. */
const MEASURE = /^(?:figures?|average|proportion|share|rate|total|mass|percentage|ratio)$/i;
const MEASURE_AFTER_THE = /\bthe\W+(?:figures?|average|proportion|share|rate|total|mass|percentage|ratio)\b/i;

/** A past participle opening a phrase: "the figures used in climate models" says which figures. */
const participlePhrase = (verb: string, next: string | undefined) =>
	/ed$/i.test(verb) && next !== undefined && /^(?:in|on|at|by|for|from|with|under)$/i.test(next);

/** The first "the figure", "the average" … that opens a clause as its subject with nothing said of it; null when none. */
export function bareMeasure(text: string): string | null {
	// Tagging is the costly part, and most prompts have no "the" before such a noun.
	if (!MEASURE_AFTER_THE.test(text)) return null;
	const tokens = tokenize(text);
	for (let i = 0; i + 2 < tokens.length; i++) {
		const [the, noun, verb] = [tokens[i], tokens[i + 1], tokens[i + 2]];
		if (the.text.toLowerCase() !== 'the' || !MEASURE.test(noun.text) || /[,;:.]/.test(noun.post)) continue;
		if (!verb.tags.has('Verb') || participlePhrase(verb.text, tokens[i + 3]?.text)) continue;
		return `${the.text} ${noun.text}`;
	}
	return null;
}
