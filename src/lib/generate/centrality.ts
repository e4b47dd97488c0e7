import { frequencyRank } from './frequency';
import type { Sentence } from './sentences';

/**
 * How central each sentence is to the article, from 0 (a side remark) to 1 (its point). A
 * sentence is central when it shares words with the headline and the lead, when its words come
 * back across the article, and when it comes early. A quiz asks the article's point first, so
 * ranking adds this to every question drawn from the sentence.
 */

/** A word's stem for matching across sentences: "protected", "protecting", "protection" agree. */
const stem = (word: string): string => word.toLowerCase().slice(0, 6);

/** Words this frequent ("people", "said", "after") carry no topic; rarer ones ("tram", "brake") do. */
const FUNCTION_RANK = 1200;

/** The content words of a text, as stems: none of the most frequent English words, nothing shorter than four letters. */
export function contentStems(text: string): Set<string> {
	const out = new Set<string>();
	for (const m of text.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
		const w = m[0].replace(/['’]s$/, '');
		if (w.length >= 4 && frequencyRank(w) >= FUNCTION_RANK) out.add(stem(w));
	}
	return out;
}

/** How much of the headline and lead a sentence shares: three shared content words or more count fully. */
const LEAD_FULL = 3;
/** A content word said in this many sentences or more is one of the article's themes. */
const THEME_FULL = 4;

const WEIGHTS = { lead: 0.45, themes: 0.35, position: 0.2 };

/**
 * Each body sentence's centrality, by sentence index. `title` is the headline (the front matter's
 * or the first heading line); the lead is the first body sentence.
 */
export function sentenceCentrality(sentences: Sentence[], title: string): Map<number, number> {
	const body = sentences.filter((s) => !s.heading);
	const stems = new Map(body.map((s) => [s.index, contentStems(s.text)]));
	const lead = body[0];
	const core = new Set([...contentStems(title), ...(lead ? (stems.get(lead.index) ?? []) : [])]);
	const spread = new Map<string, number>();
	for (const set of stems.values()) for (const w of set) spread.set(w, (spread.get(w) ?? 0) + 1);
	const out = new Map<number, number>();
	body.forEach((s, i) => {
		const own = [...(stems.get(s.index) ?? [])];
		// The lead is measured against the headline alone: against itself it would always score full.
		const against = s === lead ? contentStems(title) : core;
		const shared = own.filter((w) => against.has(w)).length;
		const themes = own
			.map((w) => Math.min((spread.get(w) ?? 1) - 1, THEME_FULL) / THEME_FULL)
			.sort((a, b) => b - a)
			.slice(0, 3);
		const theme = themes.length === 0 ? 0 : themes.reduce((a, b) => a + b, 0) / 3;
		const position = 1 - i / Math.max(body.length, 1);
		const value = WEIGHTS.lead * Math.min(shared / LEAD_FULL, 1) + WEIGHTS.themes * theme + WEIGHTS.position * position;
		out.set(s.index, s === lead ? Math.max(value, 0.8) : value);
	});
	return out;
}
