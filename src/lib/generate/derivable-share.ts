import { BLANK } from '../bank/schema';

/**
 * A blank that a percentage written beside it gives away: "made 18 of their ____ free throws,
 * 85.7 percent" (18 ÷ 85.7% = 21), "about ____ people, roughly 6 per cent of the 620,000 …"
 * (6% of 620,000). The percentage is as exact as it is written ("85.7" to a twentieth of a point,
 * "6" to half a point), so the part, the whole or the share the blank asks is only as certain as
 * that: the test allows the written rounding and no more.
 */

const FIGURE = /\d[\d,]*(?:\.\d+)?/g;
/** A figure followed by a percent sign or word: the share the prompt states. */
const SHARE = /(\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)/g;

/** Below this, a count equals some share of another figure too often by chance. */
const MIN_ANSWER = 10;

const asNumber = (s: string) => Number(s.replace(/,/g, ''));
const isYear = (v: number) => Number.isInteger(v) && v >= 1800 && v <= 2100;

/** The figures of a text that are neither a stated share nor a year, and are above nought. */
function figuresBesideShares(text: string): number[] {
	const shareStarts = new Set([...text.matchAll(SHARE)].map((m) => m.index ?? -1));
	return [...text.matchAll(FIGURE)]
		.filter((m) => !shareStarts.has(m.index ?? -1))
		.map((m) => asNumber(m[0]))
		.filter((v) => Number.isFinite(v) && v > 0 && !isYear(v));
}

/** The sentence of a prompt that holds the blank: a prompt may show the sentence before it too. */
const blankSentence = (prompt: string) => prompt.split(/(?<=[.!?])\s+(?=\p{Lu})/u).find((s) => s.includes(BLANK)) ?? prompt;

/** Whether one stated share and one other figure of the prompt give the answer (as the part or the whole). */
export function shareGivesAway(prompt: string, answer: number): boolean {
	if (!(answer >= MIN_ANSWER) || isYear(answer)) return false;
	const shares = [...prompt.matchAll(SHARE)].map((m) => {
		const decimals = m[1].split('.')[1]?.length ?? 0;
		return { value: Number(m[1]), slack: 0.5 * 10 ** -decimals, at: m.index ?? -1 };
	});
	if (shares.length === 0) return false;
	const others = figuresBesideShares(prompt).filter((v) => v !== answer);
	const within = (pct: number, s: { value: number; slack: number }) => Math.abs(pct - s.value) <= s.slack;
	return shares.some((s) => s.value > 0 && s.value < 100 && others.some((o) => within((o / answer) * 100, s) || within((answer / o) * 100, s)));
}

/**
 * Whether the answer, a percentage, is what the prompt's other percentages leave of a hundred:
 * "58 per cent wanted to keep the hours, 27 per cent to go back and ____ had no preference"
 * (100 − 58 − 27 = 15). Each written share may be off by its rounding, so the sum may be too.
 * Only the shares of the blank's own sentence count: a prompt that copies the sentence before it
 * ("fell 47 percent, against 29 percent on placebo. That is a reduction of ____") holds shares of
 * other wholes, whose sum comes near a hundred by chance.
 */
export function remainderOfWhole(prompt: string, answer: number, keyIsShare: boolean): boolean {
	if (!keyIsShare || !(answer > 0 && answer < 100)) return false;
	const shares = [...blankSentence(prompt).matchAll(SHARE)].map((m) => Number(m[1]));
	if (shares.length === 0) return false;
	const slack = 0.5 * (shares.length + 1);
	return Math.abs(shares.reduce((sum, v) => sum + v, 0) + answer - 100) <= slack;
}

/**
 * Whether the answer, a percentage, is the ratio of two other figures of its sentence, or how far
 * one is above or below the other, to the rounding it is written with: "made 18 of their 21 free
 * throws, ____" (85.7 per cent), "$23.50 a share, a premium of ____ over the closing price of
 * $17.94" (31 per cent). Only the blank's own sentence counts, as for `remainderOfWhole`.
 */
export function ratioOfTwo(prompt: string, answer: number, decimals: number, keyIsShare: boolean): boolean {
	if (!keyIsShare || !(answer > 0)) return false;
	const figures = figuresBesideShares(blankSentence(prompt));
	const slack = 0.5 * 10 ** -decimals;
	const within = (pct: number) => Math.abs(pct - answer) <= slack;
	return figures.some((a, i) => figures.some((b, j) => i !== j && (within((a / b) * 100) || within(Math.abs(a / b - 1) * 100))));
}
