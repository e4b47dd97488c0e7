/**
 * Calendar arithmetic on plain dates (no time zone, no clock): month and weekday names, reading
 * a written date ("14 March 2024", "March 5, 2024", "2024-02-09"), and ISO formatting.
 */
export interface PlainDate {
	year: number;
	month: number; // 1-12
	day: number;
}

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** "Jan", "Jan.", "Sept" and full names, any case, to month numbers 1-12. */
export function monthNumber(word: string): number | null {
	const w = word.toLowerCase().replace(/\.$/, '');
	const full = MONTHS.indexOf(w);
	if (full >= 0) return full + 1;
	const short = w === 'sept' ? 'sep' : w;
	const i = short.length === 3 ? MONTHS.findIndex((m) => m.startsWith(short)) : -1;
	return i < 0 ? null : i + 1;
}

export const MONTH_PATTERN =
	'(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember)?)?\\.?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
export const WEEKDAY_PATTERN = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

export function isValidDate(d: PlainDate): boolean {
	if (d.month < 1 || d.month > 12 || d.day < 1 || d.year < 1) return false;
	return d.day <= daysInMonth(d.year, d.month);
}

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toIso(d: PlainDate): string {
	return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

export function fromIso(s: string): PlainDate | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
	if (!m) return null;
	const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
	return isValidDate(d) ? d : null;
}

/** Day of the week, 0 = Sunday. */
export function weekday(d: PlainDate): number {
	return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

export function addDays(d: PlainDate, days: number): PlainDate {
	const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
	return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (${MONTH_PATTERN}),? (\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_PATTERN}) (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/** The first complete written date (day, month and year) in `s`, or null. */
export function readFullDate(s: string): PlainDate | null {
	let m = ISO.exec(s);
	if (m) return fromIso(m[0]);
	m = DAY_MONTH_YEAR.exec(s);
	if (m) {
		const month = monthNumber(m[2]);
		const d = month ? { year: Number(m[3]), month, day: Number(m[1]) } : null;
		if (d && isValidDate(d)) return d;
	}
	m = MONTH_DAY_YEAR.exec(s);
	if (m) {
		const month = monthNumber(m[1]);
		const d = month ? { year: Number(m[3]), month, day: Number(m[2]) } : null;
		if (d && isValidDate(d)) return d;
	}
	return null;
}

/**
 * Whether a whole line is a dateline rather than a sentence: "Published: 14 March 2024",
 * "Posted March 5, 2024, 7:40 p.m.", "March 14, 2024", "Published: Thursday, 21 November 2024".
 */
export function isDateline(line: string): boolean {
	const t = line.trim();
	if (t.length > 80 || !readFullDate(t)) return false;
	const rest = t
		.replace(/^(?:published|posted|updated|first published|last updated|date)\b:?/i, '')
		.replace(DAY_MONTH_YEAR, '')
		.replace(MONTH_DAY_YEAR, '')
		.replace(ISO, '')
		.replace(new RegExp(WEEKDAY_PATTERN, 'i'), '')
		.replace(/\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?/i, '')
		.replace(/\b(?:[A-Z]{2,5}|GMT|UTC)\b/, '')
		.replace(/[\s,.:|–—-]/g, '');
	return rest.length === 0;
}

const CAPS_WORD = "\\p{Lu}[\\p{Lu}\\p{M}'’.-]*";
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}.’'-]*";
const DATELINE_DATE = `(?:\\d{1,2} ${MONTH_PATTERN}|${MONTH_PATTERN} \\d{1,2}|${WEEKDAY_PATTERN})(?:,? \\d{4})?`;
/**
 * A news dateline opening a paragraph: an upper-case place, optionally ", Country", optionally
 * a date and an agency in brackets, then a dash: "MATI, Philippines — ", "GENEVA, March 3
 * (Reuters) - ", "VILLAMAYOR DEL CAMPO, 13 September — ".
 */
const LEADING_DATELINE = new RegExp(
	`^\\p{Lu}{2}[\\p{Lu}\\p{M}'’.-]*(?: ${CAPS_WORD}){0,4}(?:, ${NAME_WORD}(?: ${NAME_WORD}){0,2})?(?:,? ${DATELINE_DATE})?(?: \\([\\p{L}&. ]{2,30}\\))? [—–-] (?=["“‘]?[\\p{Lu}\\p{N}])`,
	'u'
);

/** The length of the dateline opening `line` (with its dash and the space after), or 0. */
export function leadingDatelineLength(line: string): number {
	return LEADING_DATELINE.exec(line)?.[0].length ?? 0;
}
