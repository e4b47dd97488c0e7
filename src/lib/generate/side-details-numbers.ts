import type { Candidate } from './questions';
import { besideAnswer } from './questions/candidate';
import type { SideRule, SideView } from './side-details';
import { isLead } from './side-details-asides';

/**
 * Numbers that qualify the story's figures rather than report them. Judges called these trivial
 * on dev whatever the question's form: a blank copying "… over a ____-year period", "within ____
 * days", "a further ____ households" in a timeline, "compared with about ____ pupils at other
 * schools". Each rule reads where the number sits (the preposition before it, its unit, the line
 * it is on), never what the article is about.
 */

const before = (c: Candidate) => besideAnswer(c).before;

const isQuantity = (c: Candidate) => c.fact.kind === 'quantity';
const unit = (c: Candidate) => (c.fact.kind === 'quantity' ? (c.fact.unit ?? '') : '');
/** A bare count, in digits or words, with no currency sign. */
const BARE_COUNT = /^(?:\d[\d,.]*|\p{Ll}+(?:-\p{Ll}+)?)$/u;
/** A figure in digits: a count, a sum or a share, not a rank ("its 14th edition") or a year. */
function figureIn(text: string): boolean {
	return [...text.matchAll(/\d[\d,.]*(st|nd|rd|th)?\b/g)].some((m) => !m[1] && !/^(?:1[89]|20)\d\d$/.test(m[0]));
}

/** Units a span of time is counted in. */
const SPAN_UNIT = /^(?:years?|months?|weeks?|days?|hours?|decades?)$/i;
/** An approximation a writer puts before a figure. */
const HEDGE = '(?:about |around |roughly |some |nearly |almost |more than |less than |up to )?';
/**
 * The window a figure before it is counted in: "traps 80 times more heat over a ____-year
 * period", "3,870 attended within ____ days". How long something lasted ("lasted ____ years", "a
 * ____-week extension") has no such preposition, and a window with no figure before it ("warnings
 * during the first ____ months", "subsides within ____ years") is the sentence's own point: both stay.
 */
const WINDOW = new RegExp(
	`(?:\\b(?:within|over)\\s+(?:(?:a|an|the|its|his|her|their)\\s+)?(?:(?:first|next|last|past|initial)\\s+)?|\\b(?:in|during|after)\\s+(?:the|its|his|her|their)\\s+(?:first|next|last|past|initial)\\s+)${HEDGE}$`,
	'i'
);

/**
 * "a further ____ households", "another ____ homes": a count added to a total told elsewhere. A sum
 * of money raised on top ("a further $500 million") is a figure of its own, and so is a span ("the war
 went on for another eleven years"): both stay.
 */
const INCREMENT = new RegExp(`\\b(?:a further|another|an additional|an extra)\\s+${HEDGE}$`, 'i');

/**
 * The first end of a range of examples: "gifts ranged from a ____ cheque to pennies from Sunday
 * schools". Either end illustrates the range; the total it belongs to is what the article reports.
 */
const RANGE_FROM = new RegExp(`\\brang(?:e|es|ed|ing) from\\s+(?:(?:a|an|the|some)\\s+)?${HEDGE}$`, 'i');

/** The figure after "compared with": the group the finding is measured against. */
const COMPARED = /\bcompared (?:with|to)\b[^.;:]*$/i;

/**
 * The span that went before the event: "a closely watched figure after ____ years in which …",
 * "after ____ days of heavy rain, the embankment gave way", "after ____ years in the industry". The
 * sentence reports what came at the end of it; on dev, judges accepted none of 8 verdicts on such a
 * blank. In the lead the span may be the news ("reopened after three years"), so it stays there.
 */
const AFTER_SPAN = new RegExp(`\\bafter\\s+${HEDGE}$`, 'i');

/**
 * A line of a timeline opens with its time stamp and a dash: "14:20 - …", "Tuesday 12 August - …".
 * The stamp has a digit, and only numbers and capitalised words (days, months).
 */
export function timelineLine(line: string): boolean {
	const m = /^([^\n]{1,40}?)\s+[-–—]\s+\S/.exec(line);
	if (!m || !/\d/.test(m[1])) return false;
	return m[1].split(/[\s,]+/).every((w) => w === '' || /^\p{Lu}/u.test(w) || /^\d[\d:.]*(?:am|pm|a\.m\.|p\.m\.|h)?$/i.test(w));
}

/** The line (paragraph) of the article the candidate's sentence sits on. */
function lineOf(c: Candidate, view: SideView): string {
	const start = view.text.lastIndexOf('\n', Math.max(c.sentence.start - 1, 0)) + 1;
	const end = view.text.indexOf('\n', c.sentence.start);
	return view.text.slice(start, end < 0 ? undefined : end);
}

export const NUMBER_RULES: SideRule[] = [
	{
		name: 'the window another figure is counted in',
		weight: 'trivial',
		test: (c) => isQuantity(c) && SPAN_UNIT.test(unit(c)) && WINDOW.test(before(c)) && figureIn(before(c))
	},
	{
		name: 'a step added to a total',
		weight: 'trivial',
		test: (c) => isQuantity(c) && BARE_COUNT.test(c.fact.answer.trim()) && !SPAN_UNIT.test(unit(c)) && INCREMENT.test(before(c))
	},
	{
		name: 'the span of time before the event',
		weight: 'trivial',
		test: (c, view) => isQuantity(c) && SPAN_UNIT.test(unit(c)) && AFTER_SPAN.test(before(c)) && !isLead(c, view)
	},
	{ name: 'one end of a range of examples', weight: 'trivial', test: (c) => isQuantity(c) && RANGE_FROM.test(before(c)) },
	{ name: 'the group a finding is compared with', weight: 'trivial', test: (c) => isQuantity(c) && COMPARED.test(before(c)) },
	{ name: 'a number on a line of a timeline', weight: 'trivial', test: (c, view) => isQuantity(c) && timelineLine(lineOf(c, view)) }
];
