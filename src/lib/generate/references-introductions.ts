import { escapeRegExp } from './english';
import { tokenize } from './tokens';

/**
 * Where an article brings a noun in as a new thing ("a storage design", "surveyed 40 lakes"), so
 * that a later "the design" is known to lean on it, and the words that name its kind.
 */

const COUNT_WORD = '(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\\d[\\d,.]*|several|some|many|few|dozens of|hundreds of|thousands of)';

const introduction = (head: string) =>
	new RegExp(
		`\\b${COUNT_WORD} ((?:(?!(?:the|of|and|or|in|on|at|to|for|with|by|from|more|other|further|new|single)\\b)[\\p{L}\\d-]+ ){0,3})(?:${nounForms(head).map(escapeRegExp).join('|')})\\b`,
		'giu'
	);

/**
 * Where a text brings a noun in as a new thing, and the words before it: "a storage design",
 * "rock flour, a fine powder", "surveyed 40 lakes". A later "the design" means that one.
 */
export interface Introduction {
	at: number;
	words: string;
}

export function introductions(text: string, head: string): Introduction[] {
	return [...text.matchAll(introduction(head))].flatMap((m) => (countsSubject(m[0], m[1]) ? [] : [{ at: m.index, words: m[1].trim().toLowerCase() }]));
}

/**
 * "Five of the 46 gained little benefit": a number with a verb right after it is the subject of a
 * clause, and brings in no benefit. After "a" or "an" a verb form is a modifier ("a sterilised
 * sampling probe"); a stray mark ("took a - lock") is no word at all.
 */
function countsSubject(match: string, words: string): boolean {
	if (words.split(' ').some((w) => w !== '' && !/\p{L}/u.test(w))) return true;
	if (/^an?\b/i.test(match) || words.trim() === '') return false;
	const first = tokenize(words)[0];
	return first !== undefined && first.tags.has('Verb') && !first.tags.has('Gerund');
}

/**
 * "the drill" after "a hot-water drill": the one introduction of the noun, when its words name a
 * kind of its own (two words, or a hyphened one), said in full; null when there is none or several.
 * `said`: the words the phrase has before its noun ("supply" of "the supply contract"), which must
 * end the introduction's ("a 10-year supply contract"), or it may be another one.
 */
export function fullerIntroduction(found: Introduction[], head: string, said = ''): string | null {
	// "a £4 million hardship fund" is read from its "4": "million hardship" is the rest of a figure, no
	// kind of fund, as "per cent monthly" is of "a 0.5 per cent monthly increase". A hyphened figure
	// ("a 20-year supply contract") is a word of the kind.
	const figure = /^(?:\d(?![\d,.]*-\p{L})|(?:hundred|thousand|million|billion|trillion|per|percent)\b)/u;
	const words = [...new Set(found.map((f) => f.words).filter((w) => w !== '' && !figure.test(w)))];
	if (words.length !== 1 || !(words[0].includes('-') || words[0].includes(' '))) return null;
	if (said !== '' && !words[0].endsWith(` ${said}`)) return null;
	return `the ${words[0]} ${head}`;
}

/** The forms a noun takes, singular and plural: "city" and "cities", "lakes" and "lake". */
export function nounForms(head: string): string[] {
	const forms = new Set([head]);
	if (/ies$/.test(head)) forms.add(head.replace(/ies$/, 'y'));
	else if (/(?:ch|sh|x|ss)es$/.test(head)) forms.add(head.replace(/es$/, ''));
	else if (/[^s]s$/.test(head)) forms.add(head.slice(0, -1));
	if (/[^aeiou]y$/.test(head)) forms.add(head.replace(/y$/, 'ies'));
	else if (/(?:ch|sh|x|s)$/.test(head)) forms.add(`${head}es`);
	else if (!/s$/.test(head)) forms.add(`${head}s`);
	return [...forms];
}
