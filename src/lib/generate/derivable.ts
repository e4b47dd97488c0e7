import { BLANK, type Question } from '../bank/schema';
import { parseNumber } from '../quiz/parse-number';
import { countsSpelledOut } from './checks-blanks-count';
import { changeGivesAway, keyFigure } from './derivable-change';
import { choicesRuledOut } from './derivable-choices';
import { choicesTooClose, figuresContradict, playersLeft } from './derivable-reader';
import { ratioOfTwo, remainderOfWhole, shareGivesAway } from './derivable-share';

/**
 * A blank the prompt lets you work out is no question: one end of a range ("from ____ to 2023"),
 * one part of a compound duration ("2 hours ____ minutes"), a conversion in brackets ("____ miles
 * (1,000 km)"), or a number the other numbers of the prompt add, subtract, multiply or divide to
 * ("made 311 …, were bowled out for 225 …, won by ____ runs").
 */

const UNIT = '(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|metres|meters|kilometres|kilometers|miles|feet|inches|pounds|ounces|kg|km)';
const NUMBER = '[$€£]?\\d[\\d,.]*';
/** "$5.55 billion": a figure with its multiplier, as one end of a range is written. */
const AMOUNT = `${NUMBER}(?:\\s?(?:%|bn|m|k)\\b|%| (?:million|billion|trillion|thousand|bn|percent|per cent)\\b)?`;
/** A change ("rose from 6 to ____") asks its new value; a range or period ("from 2013 to ____") asks nothing. */
const CHANGE_VERB =
	/\b(?:rose|fell|grew|climbed|dropped|declined|increased|decreased|jumped|slipped|cut|raised|lowered|reduced|went|doubled|halved|shrank|soared|plunged)\b[^,;]*$/i;

const singular = (unit: string) => unit.replace(/s$/, '');

const SHAPES: { name: string; test(prompt: string): boolean }[] = [
	{
		name: 'one end of a range',
		test: (p) => {
			if (new RegExp(`\\bfrom ${BLANK} to\\b|\\bbetween ${BLANK} and\\b|\\bbetween ${AMOUNT} and ${BLANK}`).test(p)) return true;
			const m = new RegExp(`\\bfrom ${AMOUNT}(?: [\\p{L}%]+)? to ${BLANK}`, 'u').exec(p);
			if (m && !CHANGE_VERB.test(p.slice(0, m.index))) return true;
			return new RegExp(`\\d\\s*[-–]\\s*${BLANK}|${BLANK}\\s*[-–]\\s*\\d`).test(p);
		}
	},
	{
		name: 'one part of a compound duration or measure',
		// Two units of one kind, the larger first: "3 minutes 34.81 seconds, ____ seconds ahead" is a margin, not a part.
		test: (p) =>
			[new RegExp(`${BLANK} (${UNIT}),?(?: and)? ${NUMBER} (${UNIT})`), new RegExp(`${NUMBER} (${UNIT}),?(?: and)? ${BLANK} (${UNIT})`)].some((shape) => {
				const m = shape.exec(p);
				return !!m && singular(m[1]) !== singular(m[2]);
			})
	},
	{
		name: 'a conversion of a number beside it',
		test: (p) =>
			new RegExp(`${BLANK}[^()]{0,20}\\(\\s*(?:about |around |roughly |some )?${NUMBER}`).test(p) ||
			new RegExp(`${NUMBER}[^()]{0,20}\\(\\s*(?:about |around |roughly |some )?${BLANK}`).test(p)
	}
];

/** Numbers below this are too often equal by chance to the sum or difference of two others. */
const ARITHMETIC_MIN = 10;

/** Whether two numbers of the prompt give the answer by one step of arithmetic, or all of them by their sum. */
function computable(prompt: string, answer: number): boolean {
	if (answer < ARITHMETIC_MIN) return false;
	// Years are dates, not amounts: 2023 − 2013 = 10 says nothing.
	// Only numbers written in digits: "two twelve-hour shifts" is no sum of days.
	const values = [...prompt.matchAll(/\d[\d,]*(?:\.\d+)?/g)]
		.map((m) => Number(m[0].replace(/,/g, '')))
		.filter((v) => Number.isFinite(v) && !(Number.isInteger(v) && v >= 1800 && v <= 2100));
	// A share in percent is asked only where the prompt speaks of percent: 30 of 150 is not "20 overs".
	const percent = /%|\bper ?cent\b/.test(prompt);
	const near = (a: number) => Math.abs(a - answer) <= Math.max(1e-9, Math.abs(answer) * 1e-6);
	// "won 19 of its ____ seats, … 17, … 6 and … 3": a total whose parts the prompt lists. All of them
	// and no fewer: a subset of many figures adds up to some count by chance.
	if (values.length >= 3 && near(values.reduce((sum, v) => sum + v, 0))) return true;
	for (const a of values)
		for (const b of values) {
			if (a === b) continue;
			if (near(a + b) || near(a - b) || (a > 1 && b > 1 && near(a * b)) || (percent && b !== 0 && near((a / b) * 100))) return true;
		}
	return false;
}

/** The way a fill-in or number question's answer follows from its prompt, or null. */
export function derivableBlank(q: Question): string | null {
	const known = figuresContradict(q) ?? playersLeft(q) ?? choicesTooClose(q);
	if (known) return known;
	if (q.type !== 'cloze' && q.type !== 'mcq' && q.type !== 'numeric' && q.type !== 'short_answer') return null;
	if (q.prompt.includes(BLANK)) for (const shape of SHAPES) if (shape.test(q.prompt)) return shape.name;
	const ruledOut = choicesRuledOut(q);
	if (ruledOut) return ruledOut;
	const text = q.type === 'numeric' ? String(q.answer) : q.type === 'mcq' ? (q.choices[q.answer] ?? '') : q.answer;
	const answer = q.type === 'numeric' ? q.answer : parseNumber(text);
	if (answer === null) return null;
	// "€37 million" after "€58 million … €21 million": the prompt's figures are read without their multiplier, so the key's is dropped too.
	const base = /\b(?:thousand|million|billion|trillion|bn)\b/.test(text) ? Number(/\d[\d,]*(?:\.\d+)?/.exec(text)?.[0].replace(/,/g, '')) : NaN;
	if (computable(q.prompt, answer) || (Number.isFinite(base) && computable(q.prompt, base))) return 'a number the prompt’s other numbers compute';
	if (q.prompt.includes(BLANK) && shareGivesAway(q.prompt, Number.isFinite(base) ? base : answer)) return 'a part or whole the prompt’s stated share gives';
	if (q.prompt.includes(BLANK) && remainderOfWhole(q.prompt, answer, /%|\bper ?cent\b/i.test(text)))
		return 'the share the prompt’s other shares leave of the whole';
	const decimals = /\d\.(\d+)/.exec(text)?.[1].length ?? 0;
	if (q.prompt.includes(BLANK) && ratioOfTwo(q.prompt, answer, decimals, /%|\bper ?cent\b/i.test(text)))
		return 'a share two other figures of the sentence give';
	// "How many ways …: by bubbling and by diffusion?": the count the prompt's list spells out.
	if (/\bhow many\b/i.test(q.prompt) && Number.isInteger(answer) && countsSpelledOut(q.prompt).has(answer)) return 'a count whose members the prompt lists';
	const key = keyFigure(text, answer);
	// "up ____%", "down ____ percentage points": the word after the blank makes the key a percent.
	if (new RegExp(`${BLANK}\\s*(?:%|percent|per cent|percentage points?)`).test(q.prompt)) key.percent = true;
	// A year is a date, not an amount a change arrives at.
	const year = !key.percent && !/[$€£]/.test(text) && Number.isInteger(answer) && answer >= 1800 && answer <= 2100;
	return year ? null : changeGivesAway(q.prompt, key);
}
