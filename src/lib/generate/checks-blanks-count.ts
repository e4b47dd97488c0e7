/**
 * A count the prompt spells out: "named ____ factors: the loose ballast and the unfinished
 * stressing job", "in ____ ways, by bubbling and by diffusion", "both the pier and the quay",
 * "first … second …". The learner counts the members; the article is not needed.
 */

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** Members of "A, B and C" (2 or more), or null when the text holds no such list. */
function listLength(text: string): number | null {
	const items = text.split(/,\s*/);
	const pair = items.findIndex((item) => /\s(?:and|or)\s/.test(item) || /^(?:and|or)\s/.test(item));
	if (pair < 0) return null;
	// "A, B, and C": the Oxford comma puts "and" at the start of its own item.
	return /^(?:and|or)\s/.test(items[pair]) ? pair + 1 : pair + 2;
}

/** "by bubbling and by diffusion", "through A, through B or through C": one way of doing it before every member ("built by students at X and at Y" names places, not the things counted). */
const REPEATED = /\b(by|through|via) [^,;.:]+?((?:, \1 [^,;.:]+?)*),? (?:and|or) \1 /gi;

/** The counts a prompt spells out by listing its members. */
export function countsSpelledOut(prompt: string): Set<number> {
	const out = new Set<number>();
	if (/\bboth\b[^.;]*\band\b/i.test(prompt)) out.add(2);
	// A list after a colon or a dash is the members of what precedes it.
	// "…; staff shortages, a broken scanner and a flu outbreak": a semicolon can introduce it too.
	for (const m of prompt.matchAll(/[:;—–]\s*([^.;:—–]+)/g)) {
		const n = listLength(m[1]);
		if (n !== null) out.add(n);
	}
	for (const m of prompt.matchAll(REPEATED)) out.add(2 + (m[2].match(/, /g)?.length ?? 0));
	// "the first … the second …": as many as the highest ordinal, when the first is named too.
	if (/\bfirst\b/i.test(prompt)) {
		const named = ORDINALS.filter((w) => new RegExp(`\\b${w}\\b`, 'i').test(prompt));
		const highest = ORDINALS.indexOf(named[named.length - 1]) + 1;
		if (highest >= 2 && named.length === highest) out.add(highest);
	}
	if (/\bone\b[^.;]*\bthe other\b/i.test(prompt)) out.add(2);
	// "first the piers and then the deck", "first …, then …, and finally …": one step per word that moves on.
	const steps = /\bfirst\b([^.;?]*)/i.exec(prompt)?.[1].match(/\b(?:then|next|finally|lastly|afterwards)\b/gi)?.length ?? 0;
	if (steps > 0) out.add(steps + 1);
	// "Rice, wheat and maize are the ____ crops": the list is the subject the count names.
	const subject = /^(.+?)\s+(?:are|were|remain|form|make up)\s+(?:the|its|their)\s+(?:\w+\s+)?____/i.exec(prompt)?.[1];
	const members = subject ? listLength(subject) : null;
	if (members !== null && !/\b(?:of|in|at|from|by)\s/i.test(subject ?? '')) out.add(members);
	return out;
}
