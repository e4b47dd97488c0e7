/**
 * The words that could head a "the …" phrase (references-definite.ts `definitePhrases`), read from
 * the text alone: a superset of what the tagger could make of them, so that a prompt none of whose
 * words could lean back is never tagged for it.
 */

/** Every word that could head a phrase whose "the" ends where `text` starts. */
export function headsAfter(text: string): string[] {
	return wordsAfter(text).flatMap(possibleHeads);
}

/**
 * The words a phrase's run can reach after "the": the rest of its word and up to four more, up to
 * the first one holding a capital, a figure or a stop ("the Rovers defender", "the design, which").
 */
function wordsAfter(text: string): string[] {
	const words = text.split(/\s+/, 6);
	// A capital or a figure is in a word, which ends the run; a stop after a letter ends its word's run.
	const end = words.findIndex((w, i) => i > 0 && /[\p{Lu}\p{N}_]|\p{L}\S*[,;:.!?)—–]/u.test(w));
	return end < 0 ? words : words.slice(0, end + 1);
}

/** The head words a run of text could give a phrase: its lower-case words, whole or cut at hyphens and apostrophes, without a possessive ending. */
function possibleHeads(chunk: string): string[] {
	const out = new Set<string>();
	for (const run of chunk.match(/[\p{Ll}'’-]+/gu) ?? []) {
		const parts = run.split(/(?=[-'’])|(?<=[-'’])/);
		for (let a = 0; a < parts.length; a++)
			for (let b = a + 1; b <= parts.length; b++) {
				const word = parts
					.slice(a, b)
					.join('')
					.replace(/['’]s?$/, '')
					.toLowerCase();
				if (/\p{Ll}/u.test(word)) out.add(word);
			}
	}
	return [...out];
}
