import { foldText } from './normalise';

/** Number words below a hundred that combine: "twenty" + "four"; "zero" stands alone. */
const SMALL = new Map<string, number>(
	Object.entries({
		one: 1,
		two: 2,
		three: 3,
		four: 4,
		five: 5,
		six: 6,
		seven: 7,
		eight: 8,
		nine: 9,
		ten: 10,
		eleven: 11,
		twelve: 12,
		thirteen: 13,
		fourteen: 14,
		fifteen: 15,
		sixteen: 16,
		seventeen: 17,
		eighteen: 18,
		nineteen: 19,
		twenty: 20,
		thirty: 30,
		forty: 40,
		fifty: 50,
		sixty: 60,
		seventy: 70,
		eighty: 80,
		ninety: 90
	})
);
const MULTIPLIERS = new Map<string, number>([
	['hundred', 1e2],
	['thousand', 1e3],
	['million', 1e6],
	['billion', 1e9],
	['trillion', 1e12]
]);
const FRACTIONS = new Map<string, number>([
	['½', 1 / 2],
	['¼', 1 / 4],
	['¾', 3 / 4],
	['⅓', 1 / 3],
	['⅔', 2 / 3],
	['⅕', 1 / 5],
	['⅛', 1 / 8]
]);
const NEGATIONS = new Set(['minus', 'negative']);

/**
 * A number written in digits, optionally negative: a minus sign counts only where it cannot be
 * a hyphen, so "pre-2000" and "1990-1991" hold no negative number.
 */
const NUMERAL = /^-?(?:\d+(?:\.\d+)?|\.\d+)$/;
const TOKEN = /(?:(?<![\p{L}\p{N}.])-)?(?:\d+(?:\.\d+)?|\.\d+)|\p{L}+/gu;

/** The first number in a text, with the words around it. */
export interface NumberMatch {
	value: number;
	before: string[];
	after: string[];
}

/** Products like 1.5 × 10⁶ rounded to 15 significant digits, so no float noise leaks out. */
function times(a: number, b: number): number {
	return Number((a * b).toPrecision(15));
}

function isMultiplier(word: string | undefined): boolean {
	return word !== undefined && MULTIPLIERS.has(word);
}

/** "2½" -> "2.5", "½" -> "0.5": vulgar fractions as decimals, before NFKD splits them. */
function expandFractions(s: string): string {
	return s.replace(/(?:(\d+)\s?)?([½¼¾⅓⅔⅕⅛])/gu, (_, whole: string | undefined, fraction: string) =>
		String(Number(whole ?? 0) + (FRACTIONS.get(fraction) ?? 0))
	);
}

function tokenise(s: string): string[] {
	const folded = foldText(expandFractions(s)).replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
	return folded.match(TOKEN) ?? [];
}

/** Whether a number word below a hundred may follow the tens and units read so far. */
function fits(below100: number, small: number): boolean {
	return below100 === 0 || (small < 10 && below100 >= 20 && below100 % 10 === 0);
}

/**
 * Reads a run of number words from `start`, in English grammar: "seventy five", "twenty-four",
 * "one hundred and five", "two thousand three hundred", "a million", "nineteen hundred". A word
 * that cannot follow the previous one ("one two", "twenty thirty") ends the run.
 */
function readWords(tokens: string[], start: number): { value: number; end: number } | null {
	if (tokens[start] === 'zero') return { value: 0, end: start + 1 };
	let total = 0;
	let current = 0;
	let read = false;
	let j = start;
	for (; j < tokens.length; j++) {
		const word = tokens[j];
		const small = SMALL.get(word);
		const multiplier = MULTIPLIERS.get(word);
		if (word === 'a' && !read && isMultiplier(tokens[j + 1])) continue;
		if (word === 'and' && read && SMALL.has(tokens[j + 1] ?? '')) continue;
		if (small !== undefined && fits(current % 100, small)) {
			current += small;
		} else if (multiplier === 100 && current < 100) {
			current = (current || 1) * 100;
		} else if (multiplier !== undefined && multiplier > 100) {
			total += (current || 1) * multiplier;
			current = 0;
		} else {
			break;
		}
		read = true;
	}
	return read ? { value: total + current, end: j } : null;
}

function isNumberWord(word: string, next: string | undefined): boolean {
	return word === 'zero' || SMALL.has(word) || (word === 'a' && isMultiplier(next));
}

/** Finds the first number in `s`, in digits or in words, with the words before and after it. */
export function findNumber(s: string): NumberMatch | null {
	const tokens = tokenise(s);
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i];
		let read: { value: number; end: number } | null = null;
		if (NUMERAL.test(token)) {
			let value = Number(token);
			let end = i + 1;
			for (let m = MULTIPLIERS.get(tokens[end]); m !== undefined; m = MULTIPLIERS.get(tokens[++end])) value = times(value, m);
			read = { value, end };
		} else if (isNumberWord(token, tokens[i + 1])) {
			read = readWords(tokens, i);
		}
		if (!read) continue;
		const negated = i > 0 && NEGATIONS.has(tokens[i - 1]);
		const from = negated ? i - 1 : i;
		return {
			value: negated ? -read.value : read.value,
			before: tokens.slice(0, from),
			after: tokens.slice(read.end)
		};
	}
	return null;
}

/**
 * The first number in a typed answer, or null when it holds none: "620", "620 miles", "1,200",
 * "3.5", "-4", "approx. 620", "seventeen", "twenty-four", "seventy five", "2 thousand",
 * "1.5 million", "2½". A comma followed by three digits is a thousands separator; a dot is a
 * decimal point.
 */
export function parseNumber(s: string): number | null {
	return findNumber(s)?.value ?? null;
}
