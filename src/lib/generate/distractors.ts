import { normaliseAnswer } from '../quiz/normalise';
import { parseNumber } from '../quiz/parse-number';
import { addDays, fromIso, MONTHS, WEEKDAYS } from './calendar';
import { formatDigits, numberToWords } from './facts/number-words';
import type { DateFact, FactRecord, NumberForm, OrganisationFact, PersonFact, PlaceFact, QuantityFact } from './facts/types';
import { numbersIn } from './checks';
import fallbackNames from './data/fallback-names.json';
import { hash32 } from './hash';

/**
 * Wrong answers of the same kind as the right one: other numbers, people, places,
 * organisations or dates of the same article first, then kind-appropriate fallbacks (nearby
 * numbers rounded like the answer, nearby years and days). Never equal to the answer or to each
 * other after `normaliseAnswer`; the choice among candidates follows a hash, never chance.
 */

/** Writes `base` the way `form` was written: currency, decimals, separators, words, multiplier, percent. */
export function formatNumber(form: NumberForm, base: number): string {
	let digits: string;
	if (form.words && Number.isInteger(base) && base < 100) {
		digits = numberToWords(base);
		if (form.capital) digits = digits[0].toUpperCase() + digits.slice(1);
	} else {
		digits = formatDigits(base, form.decimals, form.commas || (base >= 10000 && form.decimals === 0 && form.commas));
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
	[0.4, 0.6, 0.8],
	[0.6, 0.8, 1.3]
];

/** Whether two quantities are of the same sort: same currency, percent, multiplier and unit or count. */
function sameSort(a: QuantityFact, b: QuantityFact): boolean {
	if (a.form.currency !== b.form.currency || !!a.form.percent !== !!b.form.percent || a.form.multiplier !== b.form.multiplier) return false;
	if ((a.unit ?? '') !== (b.unit ?? '')) return false;
	return !!a.counts === !!b.counts;
}

/**
 * Up to `n` wrong numbers for a quantity fact, written like the answer. None equals a number of
 * `context` (the prompt's sentence): "within 24 hours, ____ drones" must not offer 24.
 */
export function numberDistractors(fact: QuantityFact, all: FactRecord[], seed: string, n = 3, context = ''): string[] {
	const form = fact.form;
	const scale = form.base !== 0 ? fact.value / form.base : 1;
	const inContext = new Set(numbersIn(context).map((m) => m.value));
	const taken = new Set([normaliseAnswer(fact.answer)]);
	const out: string[] = [];
	const push = (base: number) => {
		if (!(base > 0) || (form.percent && base > 100 && form.base <= 100)) return;
		// "rising above one defenders": a count of two or more keeps its plural.
		if (fact.counts && form.base >= 2 && base < 2) return;
		if (inContext.has(base) || inContext.has(base * scale)) return;
		const s = formatNumber(form, base);
		const key = normaliseAnswer(s);
		if (taken.has(key) || out.length >= n) return;
		taken.add(key);
		out.push(s);
	};
	const fromArticle = all
		// A number from the same sentence is in the prompt already, so it is no real choice.
		.filter((f): f is QuantityFact => f !== fact && f.kind === 'quantity' && f.sentence !== fact.sentence)
		.filter((f) => sameSort(fact, f))
		.map((f) => f.form.base)
		.filter((b) => b >= form.base / 4 && b <= form.base * 4 && (form.decimals > 0 || Number.isInteger(b)))
		.sort((a, b) => a - b);
	for (const b of fromArticle.slice(0, 2)) push(b);
	const h = hash32(seed);
	const factors = FACTORS[h % FACTORS.length];
	for (const f of factors) push(roundLike(form, form.base * f));
	if (Number.isInteger(form.base) && form.base < 20) for (const d of [2, 3, -2, 4, 5, -1, 1, 6]) push(form.base + d);
	for (const f of [0.3, 1.75, 2.5, 3]) push(roundLike(form, form.base * f));
	return out.slice(0, n);
}

const REGNAL = /\s[IVX]+$/;

/** The shipped list a name's kind falls back on: people, countries, cities, or plain organisations. */
function fallbackFor(fact: NameFact): string[] {
	if (fact.kind === 'person') return fallbackNames.people;
	if (fact.kind === 'place') return fact.placeClass === 'country' ? fallbackNames.countries : fact.city ? fallbackNames.cities : [];
	return fact.nameClass === 'organisation' ? fallbackNames.organisations : [];
}

/** Other names of the same kind (and class, first) from the article, never in the prompt. */
/** A fact that names something: a person, a place or an organisation. */
export type NameFact = PersonFact | PlaceFact | OrganisationFact;

const fineClass = (f: FactRecord) => (f.kind === 'place' || f.kind === 'organisation' ? f.nameClass : undefined);
const placeSort = (f: FactRecord) => (f.kind === 'place' ? `${f.placeClass}|${!!f.city}` : '');

export function entityDistractors(fact: NameFact, all: FactRecord[], prompt: string, seed: string, n = 3, fallback = true): string[] {
	const answerKey = normaliseAnswer(fact.key);
	const promptText = normaliseAnswer(prompt);
	const seen = new Set([normaliseAnswer(fact.answer), answerKey]);
	const pool = new Map<string, { text: string; same: boolean }>();
	for (const f of all) {
		if (f.kind !== fact.kind || f.key === fact.key) continue;
		const text = fact.kind === 'person' ? f.key : f.text;
		const key = normaliseAnswer(text);
		if (seen.has(key) || pool.has(key) || promptText.includes(key)) continue;
		if (fact.kind === 'person' && text.split(/\s+/).length < 2) continue;
		// "when Nowakowski met a cross": a choice the prompt names by surname is plainly not the answer.
		if (fact.kind === 'person' && ` ${promptText} `.includes(` ${normaliseAnswer(text.split(/\s+/).pop() ?? '')} `)) continue;
		// Only a name of the same fine kind is a fair swap: a journal for a journal, a club for a club.
		if (fineClass(fact) !== undefined && fineClass(f) !== fineClass(fact)) continue;
		// "Pope Alexander VII" is offered among regnal names only, never among ordinary names.
		if (REGNAL.test(fact.answer) !== REGNAL.test(text)) continue;
		pool.set(key, { text, same: placeSort(f) === placeSort(fact) });
	}
	// A country only for a country, a town or region only for a town or region.
	const sameClass = (text: string) => fact.kind !== 'place' || all.some((f) => f.kind === 'place' && f.text === text && f.placeClass === fact.placeClass);
	const ranked = [...pool.values()]
		.filter((r) => sameClass(r.text))
		.sort((a, b) => Number(b.same) - Number(a.same) || hash32(seed + a.text) - hash32(seed + b.text));
	const out = ranked.slice(0, n).map((r) => r.text);
	if (out.length >= 2 || !fallback) return out;
	// Too few in the article for a choice: names of the same kind from a small hand-checked list,
	// sharing no word with a name the article uses ("Samuel Osei" beside "Daniel Osei" would mislead).
	const words = new Set(all.flatMap((f) => normaliseAnswer(f.text).split(' ')));
	const spare = fallbackFor(fact).filter(
		(name) =>
			!normaliseAnswer(name)
				.split(' ')
				.some((w) => words.has(w)) &&
			!promptText.includes(normaliseAnswer(name)) &&
			!seen.has(normaliseAnswer(name))
	);
	spare.sort((a, b) => hash32(seed + a) - hash32(seed + b));
	return [...out, ...spare].slice(0, n);
}

/** Wrong dates written like the answer: other weekdays, days of the month, years. */
export function dateDistractors(fact: DateFact, all: FactRecord[], seed: string, n = 3, context = ''): string[] {
	const h = hash32(seed);
	const out: string[] = [];
	const seen = new Set([normaliseAnswer(fact.answer)]);
	// "in ____ and … by 2027": a date the prompt already shows is no real choice.
	const shown = ` ${normaliseAnswer(context)} `;
	const push = (s: string) => {
		const k = normaliseAnswer(s);
		if (!seen.has(k) && !shown.includes(` ${k} `) && out.length < n) {
			seen.add(k);
			out.push(s);
		}
	};
	const capital = (s: string) => s[0].toUpperCase() + s.slice(1);
	// Another date of the article only when written the same way ("Sunday, March 3" never beside "March 11").
	const shape = (s: string) => s.replace(/\p{Lu}\p{Ll}+day\b/u, 'W').replace(/\d+/g, '0');
	for (const f of all)
		if (f.kind === 'date' && f.dateClass === fact.dateClass && f.key !== fact.key && shape(f.answer) === shape(fact.answer) && out.length < 1) push(f.answer);
	if (fact.dateClass === 'year' && fact.value) {
		for (const d of [
			[1, -2, 3],
			[-1, 2, -3],
			[2, -1, 4],
			[-2, 1, -4],
			[3, -3, 5]
		][h % 5])
			push(String(fact.value + d));
	} else if (fact.dateClass === 'weekday') {
		const day = WEEKDAYS.findIndex((w) => fact.answer.toLowerCase().includes(w));
		for (const d of [1, 2, 5, 3, 4, 6]) push(capital(WEEKDAYS[(day + d + (h % 2)) % 7]));
	} else if (fact.dateClass === 'month-day' || fact.dateClass === 'full') {
		const iso = fact.iso ? fromIso(fact.iso) : null;
		const m = /(\d{1,2})/.exec(fact.answer);
		if (!m) return out;
		const day = Number(m[1]);
		for (const d of [
			[3, -4, 7],
			[-3, 5, -7],
			[2, 6, -5],
			[-2, 4, 9]
		][h % 4]) {
			const shifted = iso ? addDays(iso, d).day : day + d;
			if (shifted >= 1 && shifted <= 28) push(fact.answer.replace(m[1], String(shifted)));
		}
	} else if (fact.dateClass === 'month-year' && fact.value) {
		const month = MONTHS.findIndex((mo) => fact.answer.toLowerCase().startsWith(mo.slice(0, 3)));
		for (const d of [
			[1, -2, 3],
			[-1, 2, -3]
		][h % 2])
			push(fact.answer.replace(String(fact.value), String(fact.value + d)));
		if (month >= 0) push(`${capital(MONTHS[(month + 4) % 12])} ${fact.value}`);
	}
	return out.slice(0, n);
}

/**
 * Places the answer among the distractors at a position chosen by the hash of the question id,
 * so the right answer moves around but the same question always looks the same. Numbers are
 * shown in ascending order instead (their position then depends on the distractors' factors).
 */
export function arrange(answer: string, distractors: string[], id: string, numeric: boolean): { choices: string[]; answer: number } {
	if (numeric) {
		const values = (s: string) => parseNumber(s) ?? 0;
		const choices = [answer, ...distractors].sort((a, b) => values(a) - values(b) || a.localeCompare(b));
		return { choices, answer: choices.indexOf(answer) };
	}
	const at = hash32(id) % (distractors.length + 1);
	const choices = [...distractors];
	choices.splice(at, 0, answer);
	return { choices, answer: at };
}
