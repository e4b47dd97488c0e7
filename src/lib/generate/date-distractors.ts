import { normaliseAnswer } from '../quiz/normalise';
import { fromIso, MONTHS, weekday, WEEKDAYS, type PlainDate } from './calendar';
import type { DateFact, FactRecord } from './facts/types';
import { hash32 } from './hash';

/**
 * Wrong dates written like the answer. A day-and-month date changes its month (never the day
 * alone, which would be a quibble); a year stays within a few years of the answer. Every wrong
 * date keeps the answer's side of the other dates its sentence gives ("until the treaty of 1659,
 * eleven years after 1648"), and a past event is never put after the latest date the article
 * gives (save one, a year or two on, when the answer is that latest date and the article's own date is unknown),
 * nor a plan before the latest past year, nor a sequel before the event it follows.
 */

/** A sentence that looks ahead: the date it gives is a plan or forecast, so wrong dates stay in the future too. */
const FORECAST = /\b(?:will|expected|expects|plans?|planned|due|aims?|hopes?|scheduled|forecasts?|projected|next)\b/i;

const capital = (s: string) => s[0].toUpperCase() + s.slice(1);

/** A date fact as a sortable day number (yyyymmdd; a bare year is its middle), when it can be placed. */
function dayKey(f: DateFact): number | null {
	const d = f.iso ? fromIso(f.iso) : null;
	if (d && f.dateClass !== 'weekday') return d.year * 10000 + d.month * 100 + d.day;
	if (f.value !== undefined) return f.value * 10000 + 615;
	return null;
}

/** The year of the article's weekdays ("on Tuesday"), which were resolved against its publication date. */
function publishedYear(all: FactRecord[]): number | null {
	const years = all.flatMap((f) => (f.kind === 'date' && f.dateClass === 'weekday' && f.iso ? [Number(f.iso.slice(0, 4))] : []));
	return years.length > 0 ? Math.max(...years) : null;
}

/** A sentence that follows on from an earlier event: its date cannot come before that event's. */
const SEQUEL = /\b(?:after|following|later|afterwards|subsequently|since|then|inquest|inquiry|trial|aftermath|rebuilt|reopened)\b/i;

/**
 * "The dam burst in 1872 … The inquest opened in ____": the latest date of the earlier sentences
 * that lies before the answer, when the answer's sentence reads as a sequel; wrong dates stay after it.
 */
function sequelFloor(fact: DateFact, dated: DateFact[], answer: number, context: string): number {
	if (!SEQUEL.test(context)) return -Infinity;
	const before = dated.filter((f) => f.sentence < fact.sentence).map(dayKey);
	return Math.max(...before.filter((k): k is number => k !== null && k < answer), -Infinity);
}

/** How a wrong date stands: ruled out, fine, or fine only once because it lies past the latest date given. */
type Fit = 'no' | 'yes' | 'beyond';

/** What every wrong date must satisfy, as a test on its day number. */
function constraints(fact: DateFact, all: FactRecord[], context: string): (key: number) => Fit {
	const answer = dayKey(fact);
	if (answer === null) return () => 'yes';
	const dated = all.filter((f): f is DateFact => f.kind === 'date' && f !== fact && f.dateClass !== 'weekday');
	const keys = dated.map(dayKey).filter((k): k is number => k !== null);
	// A year compares with other dates by year only: "in 1647 … on 19 December 1646" keeps 1647 after.
	const coarse = fact.dateClass === 'year' || fact.dateClass === 'month-year';
	const level = (k: number) => (coarse ? Math.floor(k / 10000) : k);
	// Years the prompt shows count too, whether or not they were read as dates ("which opened in 2021").
	const shownYears = [...context.matchAll(/(?<![\d$€£.,])(1[5-9]\d\d|20\d\d)(?![\d%]|\s*(?:percent|per cent)\b)/g)].map((m) => Number(m[1]) * 10000 + 615);
	const near = [...dated.filter((f) => f.sentence === fact.sentence).map(dayKey), ...shownYears].filter(
		(k): k is number => k !== null && level(k) !== level(answer)
	);
	// A weekday is resolved against the publication date, so it tells the article's own year.
	const published = publishedYear(all);
	const latest = Math.max(answer, ...keys, published === null ? -Infinity : published * 10000 + 1231);
	// With no publication date, the latest year given may be years before the writing; holding every
	// choice below it would make the answer always the highest, so one choice a year or two after it may be offered.
	const beyond = published === null && level(answer) === level(latest) ? level(latest) + (coarse ? 2 : 20000) : level(latest);
	const forecast = FORECAST.test(context);
	const lastBefore = Math.max(...keys.filter((k) => level(k) < level(answer)), -Infinity);
	const floor = sequelFloor(fact, dated, answer, context);
	return (key) => {
		if (key <= floor) return 'no';
		if (!near.every((k) => level(key) !== level(k) && level(key) < level(k) === level(answer) < level(k))) return 'no';
		if (forecast) return level(key) > level(lastBefore) && (published === null || Math.floor(key / 10000) >= published) ? 'yes' : 'no';
		if (level(key) <= level(latest)) return 'yes';
		return level(key) <= beyond ? 'beyond' : 'no';
	};
}

/** "December 19, 1846" with another month (and year when it wraps), written the same way. */
function shiftMonth(answer: string, fact: DateFact, by: number, dayShift: number): { text: string; key: number } | null {
	const monthAt = MONTHS.map((m) => new RegExp(`\\b${capital(m.slice(0, 3))}(${m.slice(3)}|\\.)?`).exec(answer)).findIndex(Boolean);
	if (monthAt < 0) return null;
	const dayMatch = /\b(\d{1,2})(?!\d)/.exec(answer.replace(/\b\d{4}\b/, ''));
	const yearMatch = /\b(\d{4})\b/.exec(answer);
	const iso = fact.iso ? fromIso(fact.iso) : null;
	const year0 = yearMatch ? Number(yearMatch[1]) : (iso?.year ?? 2000);
	const total = year0 * 12 + monthAt + by;
	const date: PlainDate = { year: Math.floor(total / 12), month: (total % 12) + 1, day: Math.min(28, Math.max(1, Number(dayMatch?.[1] ?? 1) + dayShift)) };
	// Across a new year a date without its year would be read in the wrong year.
	if (!yearMatch && date.year !== year0) return null;
	const monthName = MONTHS[date.month - 1];
	let text = answer.replace(new RegExp(`\\b${capital(MONTHS[monthAt].slice(0, 3))}(?:${MONTHS[monthAt].slice(3)}|\\.)?`), (w) =>
		w.length === 3 || w.endsWith('.') ? `${capital(monthName.slice(0, 3))}${w.endsWith('.') ? '.' : ''}` : capital(monthName)
	);
	if (dayMatch) text = text.replace(/\b\d{1,2}\b(?!\d)/, String(date.day));
	if (yearMatch) text = text.replace(yearMatch[1], String(date.year));
	const wd = WEEKDAYS.findIndex((w) => answer.toLowerCase().includes(w));
	if (wd >= 0) {
		if (!iso && !yearMatch) return null;
		text = text.replace(new RegExp(capital(WEEKDAYS[wd])), capital(WEEKDAYS[weekday(date)]));
	}
	return { text, key: date.year * 10000 + date.month * 100 + date.day };
}

export function dateDistractors(fact: DateFact, all: FactRecord[], seed: string, n = 3, context = ''): string[] {
	const h = hash32(seed);
	const out: string[] = [];
	const seen = new Set([normaliseAnswer(fact.answer)]);
	// "in ____ and … by 2027": a date the prompt already shows is no real choice.
	const shown = ` ${normaliseAnswer(context)} `;
	const fits = constraints(fact, all, context);
	// The one choice past the latest date only hides the answer among earlier choices, so it never stands alone.
	let beyond: string | null = null;
	const push = (s: string, key: number | null) => {
		const k = normaliseAnswer(s);
		const fit = key === null ? 'yes' : fits(key);
		if (seen.has(k) || shown.includes(` ${k} `) || out.length >= n || fit === 'no') return;
		if (fit === 'beyond') {
			beyond ??= s;
			return;
		}
		seen.add(k);
		out.push(s);
	};
	if (fact.dateClass === 'year' && fact.value) {
		const orders = [
			[1, -2, 3, -1, 2, -3, 4, -4, 5, -5, 6, 7],
			[-1, 2, -3, 1, -2, 3, -4, 4, -5, 5, -6, 6],
			[2, -1, 4, -2, 1, 3, -3, 5, -4, 6, -5, 7],
			[-2, 1, -4, 2, -1, -3, 3, -5, 4, -6, 5, -7]
		];
		for (const d of orders[h % orders.length]) push(String(fact.value + d), (fact.value + d) * 10000 + 615);
	} else if (fact.dateClass === 'weekday') {
		const day = WEEKDAYS.findIndex((w) => fact.answer.toLowerCase().includes(w));
		for (const d of [1, 2, 5, 3, 4, 6]) push(capital(WEEKDAYS[(day + d + (h % 2)) % 7]), null);
	} else if (fact.dateClass === 'month-day' || fact.dateClass === 'full') {
		const shifts = [
			[1, 3],
			[-1, -2],
			[2, 5],
			[-2, 2],
			[3, -4],
			[-3, 0],
			[4, 4],
			[-4, -5]
		];
		const start = h % 2;
		for (const [by, day] of [...shifts.slice(start), ...shifts.slice(0, start)]) {
			const shifted = shiftMonth(fact.answer, fact, by, day);
			if (shifted) push(shifted.text, shifted.key);
		}
	} else if (fact.dateClass === 'month-year' && fact.value) {
		for (const by of [[12, -13, 25, -24, 4, -5, 36, -36][h % 2], 12, -13, 25, -24, 4, -5, 36, -36]) {
			const shifted = shiftMonth(fact.answer, fact, by, 0);
			if (shifted) push(shifted.text, Math.floor(shifted.key / 100) * 100 + 15);
		}
	}
	if (beyond !== null && out.length > 0) out.splice(Math.min(out.length, n - 1), 1, beyond);
	return out.slice(0, n);
}
