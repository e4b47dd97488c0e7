import { findNumber } from '../../quiz/parse-number';

// A clause read before its number: the phrases that open it and the aside after its subject,
// which a "How many …?" question keeps or drops (see how-many.ts).

/** An opening phrase before the subject ("In 2023, ", "Amid the clashes, "): a time or a setting. */
const OPENER =
	/^((?:Amid|Amidst|During|After|Before|In|On|Within|By|At|Last|This|Over|Since|Between|From|Until|Under)\b[^,\d]{0,40}|(?:In|On|By|Since|During|Between|From|Until|Over) [^,]{0,30}\d[^,]{0,20}), (?!(?:and|but|or)\b)(\p{L})/u;

/** "Seventy years ago this month, ": time counted back from the day of writing, which no quiz can place: it goes. */
const AGO = /^((?:\p{L}+|\d+) (?:days?|weeks?|months?|years?|decades?|centuries) ago(?: (?:this|last) \p{L}+)?), (?!(?:and|but|or)\b)(\p{L})/iu;

/** Opening phrases read one after another ("Seventy years ago this month, on the night of 14 March, …"). */
const CHAIN_MAX = 3;

/** "Last year", "this season", "over the past decade": a span of time an opening phrase pins. */
const TIME_WORD = /\b(?:day|week|weekend|month|quarter|season|year|decade|century|spring|summer|autumn|winter)s?\b/i;

/**
 * ", known as CALM-2," after the subject: an aside that names or places it. It stays with the
 * subject in the question ("How many adults did the trial, known as CALM-2, enrol?"), since it
 * may be what says which trial. A relative clause or a phrase opening on a noun, a name or a
 * participle of naming is such an aside; anything else between commas is not read.
 */
const ASIDE = /^(?:known as|called|named|nicknamed|led by|run by|based in|which|who|the|a|an|its|their|his|her|\p{Lu})/u;

/**
 * The opening phrase, the subject's aside and the rest of `before` (subject and verb), or null
 * when `before` holds a comma these do not explain. The opening phrase is kept when it pins a
 * time or a place (a figure, a name or a span of time: "In 2023, ", "Last year, "), and dropped
 * when it only sets a scene ("Amid the clashes, ") or counts back from the day of writing ("Seventy
 * years ago, "). A chain of such phrases is read whole, each kept or dropped on its own.
 */
export function clauseParts(before: string): { opener: string; aside: string; rest: string } | null {
	let opener = '';
	let rest = before;
	for (let n = 0; n < CHAIN_MAX; n++) {
		const ago = AGO.exec(rest);
		const open = ago ?? OPENER.exec(rest);
		if (!open) break;
		const pins = !ago && (/\d|\s\p{Lu}/u.test(open[1]) || TIME_WORD.test(open[1]));
		if (pins) opener += opener === '' ? `${open[1]}, ` : `${open[1].charAt(0).toLowerCase()}${open[1].slice(1)}, `;
		rest = `${open[2].toUpperCase()}${rest.slice(open[0].length)}`;
	}
	if (!rest.includes(',')) return { opener, aside: '', rest };
	const m = /^([^,]{2,60}), ([^,]{2,60}), ([^,]+)$/.exec(rest);
	// "the Reno closure, which affects about 340 jobs,": an aside with a figure would print a second number beside the question's.
	if (!m || !ASIDE.test(m[2]) || /["“”]/.test(m[2]) || findNumber(m[2].replace(/\b(?:1[6-9]|20)\d\d\b|[\p{L}\d]+-[\p{L}\d-]+/gu, ''))) return null;
	return { opener, aside: m[2], rest: `${m[1]} ${m[3]}` };
}
