import { escapeRegExp } from './english';
import { normaliseAnswer } from '../quiz/normalise';
import { parseNumber } from '../quiz/parse-number';
import { numbersIn } from './checks';
import { formatDigits, numberToWords } from './facts/number-words';
import type { FactRecord, NumberForm, QuantityFact } from './facts/types';
import { hash32 } from './hash';

/**
 * Wrong numbers for a quantity, of the same sort, magnitude and printed form as the answer. A
 * wrong number keeps the answer's side of every other number of the same sort in its sentence
 * ("rose from $1.31 billion to ____" offers only amounts above $1.31 billion; "46%, compared
 * with ____ in 2022" only shares below 46%), so the prompt never rules a choice out by itself.
 */

/** Writes `base` the way `form` was written: currency, decimals, separators, words, multiplier, percent. */
export function formatNumber(form: NumberForm, base: number): string {
	let digits: string;
	if (form.words && Number.isInteger(base) && base < 100) {
		digits = numberToWords(base);
		if (form.capital) digits = digits[0].toUpperCase() + digits.slice(1);
	} else {
		digits = formatDigits(base, form.decimals, form.commas);
	}
	return `${form.currency}${digits}${form.multiplier}${form.percent}`;
}

/** Rounds like the answer: same decimals; whole numbers to as many trailing zeros as it had. */
function roundLike(form: NumberForm, n: number): number {
	if (form.decimals > 0) return Number(n.toFixed(form.decimals));
	const zeros = /0*$/.exec(String(Math.round(form.base)))?.[0].length ?? 0;
	const step = 10 ** Math.min(zeros, Math.max(0, String(Math.round(form.base)).length - 1));
	return Math.max(step, Math.round(n / step) * step);
}

/** Factor sets around the answer; which one is used follows the hash, so the answer is not always the middle value. */
const FACTORS = [
	[0.5, 0.75, 1.25],
	[0.75, 1.25, 1.5],
	[1.25, 1.5, 2],
	[0.6, 0.8, 1.2],
	[0.8, 1.2, 1.4]
];

const head = (counts: string | undefined) => counts?.split(/\s+/).pop()?.toLowerCase().replace(/s$/, '') ?? '';

/** Whether two quantities are of the same sort: same currency, percent, unit, and the same thing counted. */
export function sameSort(a: QuantityFact, b: QuantityFact): boolean {
	if (a.form.currency !== b.form.currency || !!a.form.percent !== !!b.form.percent) return false;
	if ((a.unit ?? '') !== (b.unit ?? '')) return false;
	return head(a.counts) === head(b.counts);
}

/** Whether a number of another fact is a plausible value for this one: a share within 25 points and a factor of 2.5 (never 14% for 1.7%), else within a factor of two. */
function plausible(fact: QuantityFact, other: QuantityFact): boolean {
	if (fact.form.percent) return Math.abs(other.value - fact.value) <= 25 && other.value <= fact.value * 2.5 && other.value >= fact.value / 2.5;
	return other.value >= fact.value / 2 && other.value <= fact.value * 2 && other.form.multiplier === fact.form.multiplier;
}

/**
 * The test every wrong value must pass: on the answer's side of each same-sort number of the
 * sentence; over half when the sentence says "most" or "a majority" of an answer over half.
 */
function sideOf(fact: QuantityFact, all: FactRecord[], context: string): (value: number) => boolean {
	const others = all
		.filter((f): f is QuantityFact => f.kind === 'quantity' && f !== fact && f.sentence === fact.sentence && sameSort(fact, f))
		.map((f) => f.value)
		.filter((v) => v !== fact.value);
	const most = fact.form.percent && fact.value > 50 && /\b(?:most|majority)\b/i.test(context);
	return (value) => others.every((o) => value !== o && value < o === fact.value < o) && (!most || value > 50);
}

/**
 * Counts with a natural ceiling: a side fields at most eleven players, an innings has ten wickets,
 * a match five sets. A wrong count past it ("twelve players" for a side of ten) is plainly wrong.
 */
const CEILINGS: [RegExp, number, RegExp?][] = [
	[
		/^(?:players|men|women)$/,
		11,
		/\b(?:side|team|sent off|sending[- ]off|red card|dismissed|dismissal|down to|reduced to|finished with|played with|held on|saw out|a man down|ten-man|XI|match|game|final|fielded|line-?up|starting)\b/i
	],
	[/^wickets$/, 10],
	[/^sets$/, 5],
	[/^quarters$/, 4]
];

/** A sending-off leaves a side below its full number: "finished with ____ men" is ten or fewer. */
const SENT_OFF =
	/\b(?:sent off|sending[- ]off|sendings[- ]off|red card|red cards|straight red|second (?:booking|yellow)|dismissed|dismissal|down to|reduced to|a man down|(?:ten|nine)-man)\b/i;

/** "three stars out of five", "7 of 10 patients": the whole a count is taken from, which no wrong count may pass. */
function wholeOf(fact: QuantityFact, context: string): number {
	const m = new RegExp(`${escapeRegExp(fact.text)}(?: [\\p{L}-]+){0,2} (?:out of|of) (\\d[\\d,]*|[a-z]+)\\b`, 'u').exec(context);
	const whole = m ? parseNumber(m[1]) : null;
	return whole !== null && whole > fact.value ? whole : Infinity;
}

function ceilingOf(fact: QuantityFact, context: string): number {
	const whole = wholeOf(fact, context);
	if (whole < Infinity) return whole;
	const noun = fact.counts?.split(/\s+/).pop()?.toLowerCase() ?? '';
	for (const [counts, full, cue] of CEILINGS) {
		if (!counts.test(noun) || fact.value > full || (cue && !cue.test(context))) continue;
		return full === 11 && SENT_OFF.test(context) && fact.value < full ? full - 1 : full;
	}
	return Infinity;
}

/**
 * "rose from $5.55 billion to ____": a wrong new level stays on the answer's side of the old one
 * and no more than three times as far from it as the answer is.
 */
function changeBounds(fact: QuantityFact, context: string): (value: number) => boolean {
	const level = '([$€£]?\\d[\\d,.]*(?: million| billion)?(?:%| percent| per cent)?)';
	const text = escapeRegExp(fact.text);
	// "from $5.55 billion to ____" and "to ____ from $5.55 billion" state the same change.
	const m = new RegExp(`\\bfrom ${level},? to ${text}|\\bto ${text}[^.;]{0,40}? from ${level}`).exec(context);
	const from = m ? parseNumber(m[1] ?? m[2]) : null;
	if (from === null || from === fact.value) return () => true;
	const reach = Math.abs(fact.value - from) * 3;
	return (value) => value > from === fact.value > from && Math.abs(value - from) <= reach;
}

/**
 * "revenue of $5.55 billion to ____", "between 40 and ____ homes", "8-____ years": the upper end
 * of a range stays above its lower end and no more than three times the range's width past it;
 * a lower end ("____ to $5.65 billion") the same below its upper. The two ends are written alike
 * (same currency, same percent sign), so "rose 5% to $1.4 billion" is no range.
 */
function rangeBounds(fact: QuantityFact, context: string): (value: number) => boolean {
	const level = '([$€£]?\\d[\\d,.]*(?: million| billion)?(?:%| percent| per cent)?)';
	const text = escapeRegExp(fact.text);
	const upper = new RegExp(`(?<!\\bfrom )(?<!\\d)${level} (?:to|and|-|–) ${text}`).exec(context);
	const lower = upper ? null : new RegExp(`${text} (?:to|and|-|–) ${level}`).exec(context);
	const other = upper?.[1] ?? lower?.[1];
	const end = other ? parseNumber(other) : null;
	const alike = other !== undefined && /^[$€£]?/.exec(other)?.[0] === fact.form.currency && /%|per ?cent/.test(other) === !!fact.form.percent;
	if (end === null || !alike || end === fact.value || end > fact.value !== !upper) return () => true;
	const reach = Math.abs(fact.value - end) * 3;
	return (value) => value > end === fact.value > end && Math.abs(value - end) <= reach;
}

/** Wrong values closer than this share of the key to it or to each other are no distinct choice. */
const MIN_GAP = 0.04;

/** Qualifiers that round the figure. */
const HEDGED = /\b(?:about|around|roughly|some|approximately|nearly|almost|close to|an estimated|estimated)\b/i;

/** The key rounded to fewer decimals: 2.8 → 3, 12.46 → 12.5 (a whole key's rounding is a plainly different figure). */
function roundingsOf(key: number): number[] {
	return [0, 1, 2].map((d) => Number(key.toFixed(d))).filter((r) => r !== key);
}

/**
 * Wrong values the article's own words make true: a rounded form of the key ("3.0" beside 2.8),
 * and a hedged figure of the same sort close to the key ("roughly three times" beside 2.8 times).
 */
function saidLoosely(fact: QuantityFact, all: FactRecord[]): (base: number) => boolean {
	const scale = fact.form.base !== 0 ? fact.value / fact.form.base : 1;
	const loose = all
		.filter((f): f is QuantityFact => f.kind === 'quantity' && f !== fact && !!f.form && sameSort(fact, f) && HEDGED.test(f.qualifier ?? ''))
		.filter((f) => Math.abs(f.value - fact.value) <= 0.25 * Math.abs(fact.value))
		.map((f) => f.value / scale);
	const rounded = roundingsOf(fact.form.base);
	const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
	return (base) => rounded.some((r) => same(base, r)) || loose.some((v) => same(base, v));
}

/**
 * Up to `n` wrong numbers for a quantity fact, written like the answer. None equals a number of
 * `context` (the prompt's sentence): "within 24 hours, ____ drones" must not offer 24.
 */
export function numberDistractors(fact: QuantityFact, all: FactRecord[], seed: string, n = 3, context = ''): string[] {
	const form = fact.form;
	const scale = form.base !== 0 ? fact.value / form.base : 1;
	const inContext = new Set(numbersIn(context).map((m) => m.value));
	const sided = sideOf(fact, all, context);
	const changed = changeBounds(fact, context);
	const ranged = rangeBounds(fact, context);
	const ceiling = ceilingOf(fact, context);
	const fits = (value: number) => sided(value) && changed(value) && ranged(value) && value <= ceiling * scale;
	const taken = new Set([normaliseAnswer(fact.answer)]);
	const out: string[] = [];
	// "roughly three", "about 40 per cent": a choice this close to a rounded answer is no different claim.
	const gap = HEDGED.test(fact.qualifier ?? '') ? 0.2 : 0;
	const trueToo = saidLoosely(fact, all);
	const chosen: number[] = [];
	const year = !form.currency && !form.percent && !form.multiplier && Number.isInteger(form.base) && form.base >= 1800 && form.base <= 2100;
	const push = (base: number) => {
		if (!(base > 0) || (form.percent && base > 100 && form.base <= 100)) return;
		if (gap > 0 && Math.abs(base - form.base) < gap * form.base) return;
		if (trueToo(base)) return;
		// "44.7%" beside "44.9%": a reader who remembers "about 45%" cannot tell them apart.
		if (!year && [form.base, ...chosen].some((c) => Math.abs(base - c) < MIN_GAP * form.base)) return;
		// A share of possession, of a vote or of a market near 100% is no plausible value for one of 60%.
		if (form.percent && form.base <= 100 && base > Math.max(form.base + 25, form.base * 1.5) && base >= 90) return;
		// "rising above one defenders": a count of two or more keeps its plural.
		if (fact.counts && form.base >= 2 && base < 2) return;
		// A number written in words is offered only among numbers words can write: never "150" beside "fourteen".
		if (form.words && !(Number.isInteger(base) && base < 100)) return;
		if (inContext.has(base) || inContext.has(base * scale) || !fits(base * scale)) return;
		const s = formatNumber(form, base);
		const key = normaliseAnswer(s);
		if (taken.has(key) || out.length >= n) return;
		taken.add(key);
		out.push(s);
		chosen.push(base);
	};
	const fromArticle = all
		// A number from the same sentence is in the prompt already, so it is no real choice.
		.filter((f): f is QuantityFact => f !== fact && f.kind === 'quantity' && f.sentence !== fact.sentence)
		.filter((f) => sameSort(fact, f) && plausible(fact, f))
		.map((f) => f.value / scale)
		.filter((b) => (form.decimals > 0 ? Number(b.toFixed(form.decimals)) === b : Number.isInteger(b)))
		.sort((a, b) => a - b);
	for (const b of fromArticle.slice(0, 2)) push(b);
	const h = hash32(seed);
	for (const f of FACTORS[h % FACTORS.length]) push(roundLike(form, form.base * f));
	if (Number.isInteger(form.base) && form.base < 20) for (const d of [2, 3, -2, 4, 5, -1, 1, 6, -3, -4]) push(form.base + d);
	for (const f of [0.6, 0.8, 1.2, 1.4, 0.4, 1.75, 2.5, 3, 1.1, 0.9]) push(roundLike(form, form.base * f));
	// Close to the answer when the prompt leaves no room on one side ("just below 58 mph").
	for (const d of [1, -1, 2, -2, 3, -3, 4, -4, 5, -5]) push(roundLike(form, form.base + d * 10 ** -form.decimals * Math.max(1, Math.round(form.base / 50))));
	return out.slice(0, n);
}
