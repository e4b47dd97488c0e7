import { BLANK, type Question } from '../bank/schema';
import { parseNumber } from '../quiz/parse-number';
import { MONTH_PATTERN } from './calendar';
import { figuresIn } from './derivable-change';

/**
 * What a reader rules out without the article: how many players a side has left after a
 * sending-off (eleven less the dismissals, in whatever words the match report puts it), choices
 * so close to the key that remembering "about 45%" leaves all four standing, and a false
 * statement whose two levels no longer match the change it states beside them.
 */

/** A blank or a question that counts the players a side has on the field. */
const PLAYERS_ASKED = new RegExp(`${BLANK}[ -](?:men|women|players|man)\\b|\\bhow many (?:players|men|women)\\b`, 'i');
/** Any telling of a sending-off: the card, the dismissal, or the side left short by it. */
const SENT_OFF =
	/\b(?:sent off|sending[- ]off|sendings[- ]off|red cards?|straight red|second (?:booking|yellow)|dismiss(?:ed|al)|(?:a|one|two) (?:man|men|player|players) (?:down|short)|down to|reduced to|(?:ten|nine|eight|10|9)[- ]man|(?:ten|nine) men)\b/i;
/** "held on with ____ men": players on the field, of whom a side has at most eleven. */
const ON_FIELD = new RegExp(`\\bwith ${BLANK}[ -](?:men|women|players)\\b`, 'i');
const FULL_SIDE = 11;

/** Why a count of players on the field asks nothing the article must tell, or null. */
export function playersLeft(q: Question): string | null {
	if (!PLAYERS_ASKED.test(q.prompt)) return null;
	if (SENT_OFF.test(q.prompt)) return 'a count of players a sending-off gives';
	if (q.type === 'mcq' && ON_FIELD.test(q.prompt) && q.choices.some((c) => (parseNumber(c) ?? 0) > FULL_SIDE))
		return 'a wrong choice is more players than a side fields';
	return null;
}

const MONTH = new RegExp(`\\b${MONTH_PATTERN}`);
/** Choices closer than this share of the key are one guess, not four. */
const MIN_GAP = 0.04;
const isYear = (c: string, v: number) => Number.isInteger(v) && v >= 1000 && v <= 2100 && !/[$€£%]|\d[.,]\d/.test(c);

/** Why a number MCQ's choices are too close to the key, or to each other, to tell apart, or null. */
export function choicesTooClose(q: Question): string | null {
	if (q.type !== 'mcq') return null;
	const values = q.choices.map((c) => (/\d/.test(c) ? parseNumber(c) : null));
	const key = values[q.answer];
	if (key === null || key === undefined || key === 0 || values.some((v) => v === null)) return null;
	// Dates are told apart by the year itself: 1929 and 1931 are two events.
	if (q.choices.every((c, i) => isYear(c, values[i] as number))) return null;
	// Only bare figures: "April 26", "May 1631" or "rose by 19 cents" are told apart by their words,
	// "2 hours 35 minutes" by its second figure.
	if (!q.choices.every((c) => /^[$€£]?\d/.test(c.trim()) && !MONTH.test(c) && !/\d \p{L}+,? \d/u.test(c))) return null;
	const gap = MIN_GAP * Math.abs(key);
	for (let i = 0; i < values.length; i++)
		for (let j = i + 1; j < values.length; j++) if (Math.abs((values[i] as number) - (values[j] as number)) < gap) return 'choices too close to tell apart';
	return null;
}

/** A percent written as a change: "a 5% fall", "up 12%", "by 20 percent", "an increase of 25%". */
const CHANGE_BEFORE =
	/(?:\b(?:by|up|down|a|an)|\b\p{L}+(?:ed|ing)|\b(?:rose|fell|grew|shrank|slid|cut|lost|slipped|dropped)|\b(?:increase|rise|fall|drop|decline|decrease|gain|jump|growth|cut|reduction|loss) of)\s*$/iu;
const CHANGE_AFTER = /^\s*(?:%|percent|per cent)?\s*(?:rise|fall|increase|decrease|drop|decline|gain|jump|cut|growth|reduction|loss|higher|lower|more|less)\b/i;
const PERCENT = /(\d[\d,]*(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)/gi;

/** Within a point and a half, or a fifth of the stated change: rounding, not a contradiction. */
const agrees = (stated: number, actual: number) => Math.abs(stated - actual) <= Math.max(1.5, stated * 0.2);

/**
 * Why a false statement gives itself away by its own arithmetic ("from $840 million to $823
 * million, a 5% fall"), or null. Only two levels of one size and one change in percent are
 * weighed; either level may be the old one.
 */
export function figuresContradict(q: Question): string | null {
	if (q.type !== 'true_false' || q.answer) return null;
	const changes = [...q.prompt.matchAll(PERCENT)].filter((m) => {
		const before = q.prompt.slice(0, m.index);
		return CHANGE_BEFORE.test(before) || CHANGE_AFTER.test(q.prompt.slice((m.index ?? 0) + m[1].length));
	});
	const levels = figuresIn(q.prompt).filter((f) => !f.percent && f.value > 0);
	if (changes.length !== 1 || levels.length !== 2) return null;
	const [a, b] = levels.map((f) => f.value);
	if (Math.max(a, b) / Math.min(a, b) > 10 || a === b) return null;
	const stated = Number(changes[0][1].replace(/,/g, ''));
	const diff = Math.abs(b - a);
	if (agrees(stated, (diff / a) * 100) || agrees(stated, (diff / b) * 100)) return null;
	return 'the statement’s levels contradict the change it states';
}
