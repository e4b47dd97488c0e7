import nlp from 'compromise';

/**
 * A word of a sentence as compromise tags it, with offsets relative to the sentence. `pre` and
 * `post` are the punctuation and spaces compromise keeps beside the word.
 */
export interface Token {
	text: string;
	start: number;
	end: number;
	tags: Set<string>;
	pre: string;
	post: string;
}

/** A term of a compromise document, as its `docs` hold it. */
interface Term {
	text: string;
	pre: string;
	post: string;
	tags: Set<string>;
	offset?: { start: number; length: number };
}

/**
 * Tags a sentence with compromise. Every offset is checked by slicing; a word whose offset does
 * not match the text (compromise normalises some characters) is found again by searching.
 */
export function tokenize(sentence: string): Token[] {
	const known = cache.get(sentence);
	if (known) return known;
	const tokens = tag(sentence);
	// The builders tag the same sentence many times; the cache is bounded so a huge text cannot grow it forever.
	if (cache.size >= CACHE_SIZE) cache.clear();
	cache.set(sentence, tokens);
	return tokens;
}

const CACHE_SIZE = 2000;
const cache = new Map<string, Token[]>();

/** Forgets every tagged sentence: each generation starts cold, so no run is faster for the one before it. */
export function clearTokenCache(): void {
	cache.clear();
}

function tag(sentence: string): Token[] {
	const doc = nlp(sentence);
	// The terms `json({ offset: true, terms: { offset: true } })` would copy, read in place: json
	// also builds each sentence's text and a copy of every term, which nothing here reads.
	doc.compute('offset');
	const tokens: Token[] = [];
	let cursor = 0;
	for (const terms of doc.docs as Term[][]) {
		for (const t of terms) {
			if (t.text === '') continue;
			let start = t.offset?.start ?? -1;
			if (sentence.slice(start, start + t.text.length) !== t.text) start = sentence.indexOf(t.text, cursor);
			if (start < 0) continue;
			const end = start + t.text.length;
			cursor = end;
			tokens.push({ text: t.text, start, end, tags: new Set(t.tags), pre: t.pre, post: t.post });
		}
	}
	return tokens;
}

/** Whether a word starts with a capital letter (any script). */
export function isCapitalised(word: string): boolean {
	return /^\p{Lu}/u.test(word);
}
