import { BLANK, type Question } from '../bank/schema';
import { normaliseAnswer } from '../quiz/normalise';
import { parseNumber } from '../quiz/parse-number';
import { countsSpelledOut } from './checks-blanks-count';
import { badSlot } from './checks-blanks-slot';

/**
 * Blanks a strict teacher would strike out although their key is right: one any smaller figure
 * also fills ("more than ____"), one whose key repeats the word after it ("____ jobs" with "340
 * jobs"), one that covers only a unit ("48 million ____"), and numbers the prompt gives away by
 * division or by the length of a period ("140 MWh over 35 hours … ____ MW").
 */

/** "more than ____", "at least ____": a bound, which every figure beyond the key also keeps. */
const OPEN_BOUND =
	/\b(?:(?:more|fewer|less|greater|higher|lower|larger|bigger|longer|shorter|older|younger) than|at least|at most|in excess of|upwards of|no fewer than|no more than)(?: about| around| some| nearly| almost)? ____/i;

/** Words that only measure: a blank of one of these asks for a unit, not a fact. */
const UNITS = new Set(
	'euros euro dollars dollar pounds pound pence yen francs kronor krona tonnes tonne tons ton kilograms kilogram kilos grams metres metre meters meter kilometres kilometre kilometers miles mile feet foot inches hectares acres litres liters gallons percent per cent hours hour minutes minute seconds days weeks months years degrees watts kilowatts megawatts gigawatts mwh kwh gwh mw kw gw km kg'.split(
		' '
	)
);

const stem = (w: string) => w.replace(/(?:es|s)$/, '');
const isYear = (v: number) => Number.isInteger(v) && v >= 1800 && v <= 2100;

/** The key of a fill-in question as text. */
function keyOf(q: Question): string | null {
	if (q.type === 'cloze') return q.answer;
	if (q.type === 'mcq') return q.choices[q.answer] ?? null;
	if (q.type === 'numeric') return String(q.answer);
	return null;
}

/** "140 MWh … 35 hours … ____ MW": two numbers of the prompt whose quotient is the key. */
function quotientOfPrompt(prompt: string, answer: number): boolean {
	const values = [...prompt.matchAll(/\d[\d,]*(?:\.\d+)?/g)]
		.map((m) => Number(m[0].replace(/,/g, '')))
		.filter((v) => Number.isFinite(v) && v >= 10 && !isYear(v));
	return answer >= 2 && values.some((a) => values.some((b) => a !== b && Math.abs(a / b - answer) <= Math.abs(answer) * 1e-6));
}

/** "18 months, between September 2023 and ____": a period whose length and one end the prompt gives. */
const PERIOD = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|\w+teen|twenty|thirty)[ -](?:years?|months?|weeks?|days?)\b/i;
const PERIOD_END = new RegExp(
	`\\b(?:between [^,;]{1,30} and ${BLANK}|from [^,;]{1,30} (?:to|until|till) ${BLANK}|between ${BLANK} and|from ${BLANK} (?:to|until|till))`,
	'i'
);
const DATE_KEY = /\b(?:1[89]\d\d|20\d\d)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** "The Commute ____ gets most things right": a number right after a capitalised word inside the sentence is a model's or a place's name. */
const NAME_PART =
	/(?<=[^\s.!?] |[^.!?]["”’] )(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|In|On|At|By|From|To|Of)\b)\p{Lu}[\p{L}-]* ____(?! (?:percent|per cent|of)\b)/u;

/**
 * "sales rose ____ to $597 million from $470 million": the size of a change whose both ends the
 * prompt gives is a subtraction or a percentage away, whichever way the ends are written.
 */
const AMOUNT = '[$€£]?\\d[\\d,.]*(?:\\s*(?:%|percent|per cent|million|billion|thousand|bn|m)\\b)?';
const CHANGE_SIZE = new RegExp(
	`\\b(?:rose|fell|grew|climbed|dropped|declined|increased|decreased|jumped|slipped|gained|lost|shrank|soared|plunged|slid|surged|tumbled)(?: by)?(?: about| around| some| nearly| almost| roughly)? ${BLANK}(?: percent| per cent|%)?,? (?:to ${AMOUNT}[^,;.]{0,30}? from ${AMOUNT}|from ${AMOUNT}[^,;.]{0,30}? to ${AMOUNT})`,
	'i'
);

/** "rose from $40 million to $50 million, a ____ increase": a percent change the two ends give away. */
const CHANGE_NOUN = new RegExp(`${BLANK}(?:%| percent| per cent)? (?:increase|rise|jump|gain|fall|drop|decline|decrease|cut|reduction)\\b`, 'i');
const BOTH_ENDS = new RegExp(`\\bfrom ${AMOUNT} to ${AMOUNT}`, 'i');

/** "____. raised its forecast": a blank cut at a name's abbreviation leaves a stray full stop. */
const STRAY_STOP = new RegExp(`${BLANK}\\. \\p{Ll}`, 'u');

/**
 * "cut costs by 30 to ____ percent", "between ____ and 40 percent": one end of a range the sentence
 * assumes, not what was found. "rose from 30 to ____" is a change, and its new level is the finding.
 */
const NOT_AFTER =
	'(?<!\\b(?:from|up|down|rose|fell|grew|climbed|dropped|declined|increased|decreased|jumped|slipped|gained|lost|shrank|soared|plunged|slid|surged|tumbled|cut|raised|lowered) [$€£]?)';
const RANGE_END = new RegExp(
	[
		`(?<![\\d,.])${NOT_AFTER}[$€£]?\\d[\\d,.]*%?(?: percent| per cent)? ?(?:to|–) ?${BLANK}`,
		`\\bbetween [$€£]?\\d[\\d,.]*%?(?: percent| per cent)? and ${BLANK}`,
		`${NOT_AFTER}${BLANK}(?: percent| per cent|%)? ?(?:to|–) ?[$€£]?\\d`,
		`\\bbetween ${BLANK}(?: percent| per cent|%)? and [$€£]?\\d`
	].join('|'),
	'i'
);

/**
 * "two to ____ weeks", "three or ____ years", "____ or four days": a range in words, whose other
 * end all but gives the blank away and which says the writer's estimate, not a finding.
 */
const WORD_COUNT = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred';
const WORD_RANGE = new RegExp(`${NOT_AFTER}\\b(?:${WORD_COUNT}) (?:to|or) ${BLANK}|${BLANK} (?:to|or) (?:${WORD_COUNT})\\b`, 'i');

/** "____-year contract" with the key "20 years": a hyphened slot takes a bare number, not a number with its unit. */
const HYPHEN_SLOT = new RegExp(`${BLANK}[-–]\\p{L}`, 'u');

/** Titles written short before a name: "____. Ramona Ortiz" asks for "Dr", which is no fact. */
const TITLES = new Set('dr mr mrs ms mx prof st sen rep gov gen rev capt col lt sgt atty hon fr sr jr maj cpl adm supt insp'.split(' '));

const COUNT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** A small count key as a number: "two", "3". */
function countOf(key: string): number | null {
	const k = normaliseAnswer(key);
	const at = COUNT_WORDS.indexOf(k);
	if (at >= 0) return at;
	return /^\d{1,2}$/.test(k) ? Number(k) : null;
}

/**
 * "the ____ causes, flooding and neglect": how many members a list right after the blank's noun
 * has, which is the count the blank asks for; null when no list follows.
 */
export function listedAfterBlank(prompt: string): number | null {
	const m = new RegExp(`${BLANK}(?:\\s+[\\p{L}-]+){1,3}\\s*[,:(—–]\\s*([^.;)—–]*)`, 'u').exec(prompt);
	if (!m) return null;
	const items = m[1].split(/,\s*/);
	const pair = items.findIndex((item) => /\s(?:and|or)\s/.test(item));
	return pair < 0 ? null : pair + 2;
}

/** Why a fill-in question's blank is a poor one, or null. */
export function badBlank(q: Question): string | null {
	const key = keyOf(q);
	if (key === null || !q.prompt.includes(BLANK)) return null;
	if (STRAY_STOP.test(q.prompt)) return 'the blank leaves a stray full stop of the name it cut';
	if (CHANGE_SIZE.test(q.prompt) || (CHANGE_NOUN.test(q.prompt) && BOTH_ENDS.test(q.prompt))) return 'the size of a change whose both ends the prompt gives';
	if (OPEN_BOUND.test(q.prompt)) return 'a bound: any smaller or larger figure also fits the blank';
	if (/\d/.test(key) && !DATE_KEY.test(key) && RANGE_END.test(q.prompt)) return 'one end of an assumed range, not the finding';
	if (countOf(key) !== null && WORD_RANGE.test(q.prompt)) return 'one end of a range in words, which the other end gives away';
	if (HYPHEN_SLOT.test(q.prompt) && /\d[\d,.]*\s+\p{L}/u.test(key)) return 'the key does not fit the hyphened slot ("____-year" with "20 years")';
	if (TITLES.has(normaliseAnswer(key)) && new RegExp(`${BLANK}\\.?\\s+\\p{Lu}`, 'u').test(q.prompt)) return 'the blank covers a title’s abbreviation';
	const count = countOf(key);
	if (count !== null && count >= 2 && (listedAfterBlank(q.prompt) === count || countsSpelledOut(q.prompt).has(count)))
		return 'the prompt lists the members the count asks for';
	if (/^\d+$/.test(key) && NAME_PART.test(q.prompt)) return 'the blank is part of a name';
	const after = /^____[ -]([\p{L}]+)/u.exec(q.prompt.slice(q.prompt.indexOf(BLANK)))?.[1];
	const last = normaliseAnswer(key).split(' ').at(-1) ?? '';
	if (after && normaliseAnswer(key).includes(' ') && stem(normaliseAnswer(after)) === stem(last)) return 'the key repeats the word after the blank';
	if (UNITS.has(normaliseAnswer(key)) && /\d(?:\s*(?:million|billion|thousand|bn|m))?\s*____/.test(q.prompt)) return 'the blank covers only a unit';
	const slot = badSlot(q.prompt, key);
	if (slot) return slot;
	const value = /\d/.test(key) ? parseNumber(key) : null;
	if (value !== null && quotientOfPrompt(q.prompt, value)) return 'a number the prompt’s other numbers divide to';
	if (DATE_KEY.test(key) && PERIOD.test(q.prompt) && PERIOD_END.test(q.prompt)) return 'one end of a period whose length the prompt gives';
	return null;
}
