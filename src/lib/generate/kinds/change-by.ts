import { normaliseAnswer } from '../../quiz/normalise';
import { MONTH_PATTERN } from '../calendar';
import { wordCount } from '../english';
import { isCommonWord } from '../frequency';
import type { ChangeFact, QuantityFact, TaggedSentence } from '../facts/types';
import { candidate, questionId, sourceOf, type Candidate } from '../questions/candidate';
import { trimLead } from '../questions/phrasing';
import type { Sentence } from '../sentences';
import type { FindContext } from './kind';
import { relationFact, standsAlone } from './relation';

/**
 * The headline figure of a results or statistics report is a change by an amount: "Net income
 * fell 19% to $96 million from $118 million", "The yield fell 9 basis points to 3.62 per cent".
 * change.ts reads "rose from A to B"; this reads the amount first, which is how figures are reported.
 */

/** The verbs of a reported change, past tense to base form (a closed class of movement verbs). */
const BASE: Record<string, string> = {
	rose: 'rise',
	increased: 'increase',
	grew: 'grow',
	climbed: 'climb',
	jumped: 'jump',
	gained: 'gain',
	fell: 'fall',
	decreased: 'decrease',
	dropped: 'drop',
	declined: 'decline',
	slipped: 'slip',
	eased: 'ease',
	slowed: 'slow',
	accelerated: 'accelerate'
};
const UP = new Set(['rose', 'increased', 'grew', 'climbed', 'jumped', 'gained', 'accelerated']);

const VERB = new RegExp(`\\b(${Object.keys(BASE).join('|')}) (?:by )?`, 'g');

/** A unit of change the amount may carry after its number ("9 basis points"). */
const POINTS = /^ (basis points|percentage points?)/;

/**
 * "in the year to April", "from a year earlier": a span between the amount and "to". The first says
 * when and stays in the question; the second only names the comparison, which needs no asking.
 */
const SPAN = /^ (?:(in the (?:year|twelve months|12 months) to \p{Lu}\p{Ll}+)|(?:from|on|over) (?:a|the) (?:year|quarter|month) (?:earlier|ago|before))/u;

/** "…, or 84 cents a share,": a second figure for the same value, which the question leaves out. */
const ALSO = /^, or [^,;]+,/;

/** "The company said (on Tuesday) (that) …": the reporting frame before the subject. */
const FRAME = /^.*?\b(?:said|says|reported|announced|showed|show)(?: (?:on|in) \p{Lu}\p{Ll}+)?,? (?:that )?/u;

/**
 * The subject of the change: the words before its verb, without a reporting frame, a leading
 * connective or an aside between commas or dashes ("Inventory, a closely watched figure …, fell").
 */
function subjectOf(before: string): string | null {
	let subject = trimLead(before.replace(FRAME, '')).text;
	subject = subject.replace(/ [—–] [^—–]+ [—–]/g, '').replace(/, (?:which|who|a|an|the) [^,]+,/g, '');
	subject = subject.trim();
	if (/[,;:—–()“”"]/.test(subject) || wordCount(subject) > 10 || wordCount(subject) < 1 || !standsAlone(subject)) return null;
	// "Net income" opens its sentence and is "net income" in a question; a name ("Pellham's shares") keeps its capital.
	const first = subject.split(' ')[0];
	return /^\p{Lu}\p{Ll}+$/u.test(first) && isCommonWord(first) ? subject.charAt(0).toLowerCase() + subject.slice(1) : subject;
}

/** The quantity fact that starts at sentence offset `at`, if any. */
const quantityAt = (s: TaggedSentence, ctx: FindContext, at: number) =>
	ctx.own.find((f): f is QuantityFact => f.kind === 'quantity' && f.answerStart === s.start + at);

/**
 * A value with the word that says what it counts ("412 million kroner", "1.2 million containers"):
 * the quantity's unit, or a plural noun right after it.
 */
function withUnit(s: TaggedSentence, q: QuantityFact): string {
	const end = q.answerEnd - s.start;
	const next = s.tokens.find((t) => t.start === end + 1);
	const unit = next && s.text[end] === ' ' && (next.text === q.unit || (next.tags.has('Plural') && next.tags.has('Noun'))) ? next : undefined;
	return s.text.slice(q.answerStart - s.start, unit ? unit.end : end);
}

/** "X rose 8.4% to $1.42 billion (from $1.31 billion)": a change by a percentage or by points, to an end value. */
export function changesBy(s: TaggedSentence, ctx: FindContext): ChangeFact[] {
	const out: ChangeFact[] = [];
	for (const m of s.text.matchAll(VERB)) {
		const at = (m.index ?? 0) + m[0].length;
		const amount = quantityAt(s, ctx, at);
		if (!amount) {
			const moved = toFrom(s, ctx, m, at);
			if (moved) out.push(moved);
			continue;
		}
		const points = POINTS.exec(s.text.slice(amount.answerEnd - s.start));
		if (amount.unit !== '%' && !points) continue;
		let next = amount.answerEnd - s.start + (points ? points[0].length : 0);
		const span = SPAN.exec(s.text.slice(next));
		if (span) next += span[0].length;
		if (!s.text.startsWith(' to ', next)) continue;
		const end = quantityAt(s, ctx, next + 4);
		const subject = subjectOf(s.text.slice(0, m.index ?? 0));
		if (!end || !subject) continue;
		const endText = withUnit(s, end);
		let after = end.answerStart - s.start + endText.length;
		after += ALSO.exec(s.text.slice(after))?.[0].length ?? 0;
		const from = s.text.startsWith(' from ', after) ? quantityAt(s, ctx, after + 6) : undefined;
		const by = `${amount.answer}${points ? ` ${points[1]}` : ''}`;
		out.push({
			...relationFact(s, endText, end.answerStart - s.start, `change|${normaliseAnswer(subject)}|${normaliseAnswer(end.answer)}`),
			kind: 'change',
			subject,
			verb: m[1],
			up: UP.has(m[1]),
			from: from ? withUnit(s, from) : '',
			by,
			rest: span?.[1] ? ` ${span[1]}` : ''
		});
	}
	return out;
}

/** "direct sales" are "they", "the yield on two-year bonds" is "it": the head noun before any "of …" decides. */
function pronounFor(subject: string): string {
	const head =
		subject
			.split(/ (?:of|for|on|in|at|from) /)[0]
			.split(' ')
			.pop() ?? '';
	return /[^s']s$/.test(head) ? 'They' : 'It';
}

/** "in March": the month the end value is for, between it and "from". */
const MONTH = /^ in \p{Lu}\p{Ll}+/u;

/**
 * "from 4.4 per cent a year earlier", "from 3.6 per cent in March": when the start value was, which
 * comes with it; without it "rose to 4.8 per cent in March from 4.4 per cent" says the rise took a month.
 */
const FROM_WHEN = new RegExp(
	`^ (?:in (?:(?:${MONTH_PATTERN})(?: \\d{4})?|\\d{4})|an? (?:year|month|quarter|decade|week) (?:earlier|ago|before)|the (?:year|month|quarter|week) before|last (?:year|month|quarter|week))\\b`
);

/**
 * "The annual rate of inflation slowed to 3.1 per cent from 3.6 per cent in March": a change
 * with no amount, reported end value first. Read only with both values, as a change needs a start.
 */
function toFrom(s: TaggedSentence, ctx: FindContext, m: RegExpExecArray | RegExpMatchArray, at: number): ChangeFact | null {
	if (!s.text.startsWith('to ', at)) return null;
	const end = quantityAt(s, ctx, at + 3);
	const subject = subjectOf(s.text.slice(0, m.index ?? 0));
	if (!end || !subject) return null;
	const endText = withUnit(s, end);
	let after = end.answerStart - s.start + endText.length;
	const month = MONTH.exec(s.text.slice(after));
	after += month?.[0].length ?? 0;
	const from = s.text.startsWith(' from ', after) ? quantityAt(s, ctx, after + 6) : undefined;
	if (!from) return null;
	const fromText = withUnit(s, from);
	const when = FROM_WHEN.exec(s.text.slice(from.answerStart - s.start + fromText.length))?.[0] ?? '';
	// "from 3.6 per cent in March": a month comes with the start value only where the end has none of its own.
	const fromWhen = month && MONTH.test(when) ? '' : when;
	return {
		...relationFact(s, endText, end.answerStart - s.start, `change|${normaliseAnswer(subject)}|${normaliseAnswer(end.answer)}`),
		kind: 'change',
		subject,
		verb: m[1],
		up: UP.has(m[1]),
		from: `${fromText}${fromWhen}`,
		by: '',
		rest: month ? month[0] : ''
	};
}

/** The card's back: the change as the article reports it, amount first. */
export const byBack = (fact: ChangeFact): string =>
	`${pronounFor(fact.subject)} ${fact.verb}${fact.by ? ` ${fact.by}` : ''} to ${fact.answer}${fact.rest && !fact.by ? fact.rest : ''}${fact.from ? ` from ${fact.from}` : ''}${fact.rest && fact.by ? fact.rest : ''}`;

/** "By what percentage did net income fall?": the amount asked as a number, in its own unit. */
export function amountQuestion(fact: ChangeFact, sentence: Sentence, all: QuantityFact[]): Candidate | null {
	const base = BASE[fact.verb];
	const amount = all.find((q) => q.answerStart < fact.answerStart && fact.by?.startsWith(q.answer) && q.sentence === fact.sentence);
	if (!base || !amount || !fact.by) return null;
	const points = POINTS.exec(` ${fact.by.slice(amount.answer.length).trim()}`);
	const how = points ? `By how many ${points[1]}` : 'By what percentage';
	const prompt = `${how} did ${fact.subject} ${base}${fact.rest}?`;
	const question = { type: 'numeric' as const, prompt, answer: amount.value, tolerance: 0, ...(points ? { unit: points[1] } : { unit: '%' }) };
	const id = questionId(fact, sentence, 'numeric', 'by');
	return { ...candidate({ ...question, id, tags: [fact.kind], source: sourceOf(sentence) }, fact, sentence, 'wh', 'by'), facet: 'role' };
}
