import { addDays, isValidDate, MONTH_PATTERN, monthNumber, toIso, weekday, WEEKDAYS, WEEKDAY_PATTERN, type PlainDate } from '../calendar';
import type { DateFact, TaggedSentence } from './types';

const DATE = new RegExp(
	[
		`(?<lastmd>last|next|this) (?<lmonth>${MONTH_PATTERN}) (?<lday>\\d{1,2})(?!\\d)`,
		`(?<wd>${WEEKDAY_PATTERN})(?:,? (?:(?<wmonth>${MONTH_PATTERN}) (?<wday>\\d{1,2})|(?<wday2>\\d{1,2}) (?<wmonth2>${MONTH_PATTERN})))?(?:,? (?<wyear>\\d{4}))?`,
		`(?<month>${MONTH_PATTERN}) (?<day>\\d{1,2})(?:st|nd|rd|th)?(?:,? (?<year>\\d{4}))?(?![\\d:])`,
		// "14 March", never the "60 sep" of "1,260 separate": the day is a whole number, the month a whole word.
		`(?<![\\d,.])(?<day2>\\d{1,2})(?:st|nd|rd|th)? (?<month2>${MONTH_PATTERN})(?![a-z])(?: (?<year2>\\d{4}))?`,
		`(?<month3>${MONTH_PATTERN}) (?<year3>\\d{4})`,
		`(?<=\\b(?:in|since|by|of|until|from|before|after|year|the|its|their|his|her) (?:the (?:spring|summer|autumn|fall|winter|end|start|second half|first half) of )?)(?<year4>1[0-9]{3}|20[0-9]{2})(?![\\d,%–-]|s\\b)`
	]
		.map((p) => `(?:${p})`)
		.join('|'),
	'gi'
);

/** Whether the sentence speaks of the future, so a bare weekday points forward. */
const FUTURE = /\b(?:will|is due to|are due to|plans? to|is expected to|is scheduled to)\b/;

/**
 * Resolves a weekday against the publication date: the most recent such day on or before it,
 * or the next one when the sentence is about the future.
 */
function resolveWeekday(name: string, published: PlainDate, future: boolean): PlainDate {
	const target = WEEKDAYS.indexOf(name.toLowerCase());
	const today = weekday(published);
	const back = (today - target + 7) % 7;
	return future ? addDays(published, back === 0 ? 7 : 7 - back) : addDays(published, -back);
}

/** "last November 13" against the publication date: the latest such day before it. */
function resolveLast(month: number, day: number, published: PlainDate, which: string): PlainDate {
	const sameYear = { year: published.year, month, day };
	const afterPublished = month > published.month || (month === published.month && day > published.day);
	if (which === 'next') return afterPublished ? sameYear : { ...sameYear, year: published.year + 1 };
	if (which === 'this') return sameYear;
	return afterPublished ? { ...sameYear, year: published.year - 1 } : sameYear;
}

/**
 * The dates of a sentence: "last November 13", "on Tuesday", "March 3", "14 March 2024",
 * "September 2022", "in 2002". Resolved to a day against the publication date when one is
 * known; otherwise the text is kept as written.
 */
export function extractDates(s: TaggedSentence, published: PlainDate | null): DateFact[] {
	const out: DateFact[] = [];
	for (const m of s.text.matchAll(DATE)) {
		const g = m.groups ?? {};
		const at = m.index ?? 0;
		let iso: string | undefined;
		let dateClass: DateFact['dateClass'] | undefined;
		let value: number | undefined;
		if (g.lastmd) {
			const month = monthNumber(g.lmonth) ?? 0;
			dateClass = 'month-day';
			if (published) iso = toIso(resolveLast(month, Number(g.lday), published, g.lastmd.toLowerCase()));
		} else if (g.wd) {
			const month = monthNumber(g.wmonth ?? g.wmonth2 ?? '');
			const day = Number(g.wday ?? g.wday2 ?? 0);
			const year = g.wyear ? Number(g.wyear) : published?.year;
			if (month && day && year) {
				const d = { year, month, day };
				if (isValidDate(d)) iso = toIso(d);
				dateClass = g.wyear ? 'full' : 'month-day';
			} else {
				dateClass = 'weekday';
				if (published) iso = toIso(resolveWeekday(g.wd, published, FUTURE.test(s.text)));
			}
		} else if (g.month || g.month2) {
			const month = monthNumber(g.month ?? g.month2) ?? 0;
			const day = Number(g.day ?? g.day2);
			const yearText = g.year ?? g.year2;
			const year = yearText ? Number(yearText) : published?.year;
			dateClass = yearText ? 'full' : 'month-day';
			if (g.month === 'May' && !g.day) continue;
			if (year && isValidDate({ year, month, day })) iso = toIso({ year, month, day });
		} else if (g.month3) {
			dateClass = 'month-year';
			value = Number(g.year3);
		} else if (g.year4) {
			dateClass = 'year';
			value = Number(g.year4);
		}
		if (!dateClass) continue;
		const text = m[0];
		// "last November 13": the blank takes the date, "last" stays in the prompt.
		const skip = g.lastmd ? g.lastmd.length + 1 : 0;
		out.push({
			kind: 'date',
			text,
			value,
			sentence: s.index,
			start: s.start + at,
			end: s.start + at + text.length,
			answer: text.slice(skip),
			answerStart: s.start + at + skip,
			answerEnd: s.start + at + text.length,
			key: iso ?? text.toLowerCase(),
			iso,
			dateClass
		});
	}
	return out;
}
