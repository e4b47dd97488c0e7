import type { MeasureFact, TaggedSentence } from '../facts/types';
import { candidate, questionId, sourceOf } from '../questions/candidate';
import { blankOut } from '../questions/phrasing';
import type { FactKindModule } from './kind';
import { relationFact } from './relation';

/**
 * Compound measures: "runs for 2 hours 35 minutes", "in 3 minutes 34.81 seconds", "5 ft 11 in".
 * Each number alone is a blank the other part gives away ("2 hours ____ minutes"), so the
 * quantity kind's questions of them were all dropped and the measure went unasked. The whole
 * measure is one fact, asked whole, as a choice among measures near it written the same way (a
 * number typed in one unit would be a figure the article never prints).
 */

/** Each larger unit (as written) with the smaller unit that may follow it and how many of those it holds. */
const PAIRS: { big: RegExp; small: RegExp; ratio: number }[] = [
	{ big: /^(?:hours?|hrs?)$/, small: /^(?:minutes?|mins?)$/, ratio: 60 },
	{ big: /^(?:minutes?|mins?|min)$/, small: /^(?:seconds?|secs?|s)$/, ratio: 60 },
	{ big: /^(?:ft|feet|foot)$/, small: /^(?:in|inch|inches)$/, ratio: 12 },
	{ big: /^(?:st|stone)$/, small: /^(?:lb|lbs|pounds?)$/, ratio: 14 },
	{ big: /^(?:lb|lbs|pounds?)$/, small: /^(?:oz|ounces?)$/, ratio: 16 },
	{ big: /^(?:m|metres?|meters?)$/, small: /^(?:cm|centimetres?|centimeters?)$/, ratio: 100 }
];

/** "2 hours 35 minutes", "3 min, 12 s", "5 ft and 11 in": two numbers, each with its unit. */
const COMPOUND = /(?<![\d.,])(\d{1,3}) ([a-z]+)\.?,? (?:and )?(\d{1,2}(?:\.\d{1,3})?) ([a-z]+)\b\.?/g;

function measuresIn(s: TaggedSentence): MeasureFact[] {
	const out: MeasureFact[] = [];
	for (const m of s.text.matchAll(COMPOUND)) {
		const [whole, bigN, big, smallN, small] = m;
		const pair = PAIRS.find((p) => p.big.test(big) && p.small.test(small));
		const part = Number(smallN);
		if (!pair || part >= pair.ratio) continue;
		const answer = whole.replace(/[.,]$/, '').replace(/\.$/, '');
		const decimals = smallN.split('.')[1]?.length ?? 0;
		out.push({
			...relationFact(s, answer, m.index ?? 0, `measure|${answer}`),
			kind: 'measure',
			total: Number(bigN) * pair.ratio + part,
			ratio: pair.ratio,
			big,
			small,
			decimals
		});
	}
	return out;
}

/** Unit words with a singular and a plural; abbreviations ("min", "ft") never change. */
const SINGULAR: Record<string, string> = {
	hours: 'hour',
	minutes: 'minute',
	seconds: 'second',
	metres: 'metre',
	meters: 'meter',
	pounds: 'pound',
	ounces: 'ounce',
	inches: 'inch',
	centimetres: 'centimetre',
	centimeters: 'centimeter'
};
const PLURAL = Object.fromEntries(Object.entries(SINGULAR).map(([plural, one]) => [one, plural]));

/** A unit word as it reads after a count: "hour" with 1, "hours" otherwise. */
const unitFor = (unit: string, n: number) => (n === 1 ? (SINGULAR[unit] ?? unit) : (PLURAL[unit] ?? unit));

/** The measure written as the article writes it, for a total in the smaller unit. */
function written(f: MeasureFact, total: number): string | null {
	const big = Math.floor(total / f.ratio + 1e-9);
	const small = Number((total - big * f.ratio).toFixed(f.decimals));
	if (big < 1 || small <= 0 || small >= f.ratio) return null;
	return `${big} ${unitFor(f.big, big)} ${small.toFixed(f.decimals)} ${unitFor(f.small, small)}`;
}

/** Three other measures around the answer, a step of about a twentieth of it apart, in the article's form. */
function nearby(f: MeasureFact): { text: string; total: number }[] {
	const unit = f.decimals > 0 ? 10 ** -f.decimals : 1;
	const step = Math.max(unit, Math.round((f.total * 0.06) / unit) * unit);
	const out: { text: string; total: number }[] = [];
	for (const k of [-1, 1, -2, 2, 3, -3]) {
		const total = Number((f.total + k * step).toFixed(f.decimals));
		const text = written(f, total);
		if (text && !out.some((o) => o.text === text)) out.push({ text, total });
		if (out.length === 3) break;
	}
	return out;
}

export const measure: FactKindModule<'measure'> = {
	kind: 'measure',
	// The measure's numbers are its own: the quantity kind reads no part of it alone.
	claims: true,
	find: (s) => measuresIn(s),
	ask(fact, ctx) {
		const sentence = ctx.sentence;
		const tags = ['quantity'];
		const source = sourceOf(sentence);
		const out = [];
		const others = nearby(fact);
		if (others.length === 3) {
			const sorted = [...others, { text: fact.answer, total: fact.total }].sort((a, b) => a.total - b.total);
			const id = questionId(fact, sentence, 'mcq', 'measure');
			const choices = sorted.map((o) => o.text);
			out.push(
				candidate(
					{ id, type: 'mcq', prompt: blankOut(sentence, fact), choices, answer: choices.indexOf(fact.answer), tags, source },
					fact,
					sentence,
					'blank',
					'measure'
				)
			);
		}
		return out;
	},
	// A race time or a running time is a figure like a duration: asked where the article has room, never first.
	score: () => 1.5
};
