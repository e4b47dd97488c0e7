import type { Candidate } from './questions';
import { besideAnswer } from './questions/candidate';
import type { SideRule, SideView } from './side-details';
import { isLead } from './side-details-asides';

/**
 * Numbers that set the scene of what a sentence reports rather than report it. A count inside a
 * phrase of span or place ("carrying limestone in 24 wagons", "over three years", "across 28
 * chapters", "every six months") says how or where the thing happened; the sentence's point is
 * its verb and what the verb did. On the dev set's judged questions that blank such a count,
 * judges accepted none of 20 (97 verdicts). "After" is left out: "after eight decades of war"
 * can be the point. A time in hours, minutes and seconds outside the lead ("needed 2 hours 51
 * minutes", "a lead of 6 minutes 40 seconds") is how long a part of the event took, as a single
 * unit of it already is (incidental.ts): 1 of 12 such questions accepted.
 */

/**
 * The words just before the count: a preposition of span or place, with at most one hedge or
 * determiner ("in about", "over the", "in those"). "One in ten" is a ratio, not a setting.
 */
const SPAN_BEFORE =
	/(?<!\bone )\b(?:in|over|across|every|throughout)\s+(?:(?:about|around|some|roughly|nearly|almost|just|only|those|these|the|its|their|his|her)\s+)?$/i;

/** "the lowest rate in two years": the count a record runs back over is the record's, not a setting. */
const RECORD_BEFORE = /\b(?:lowest|highest|largest|biggest|smallest|best|worst|longest|shortest|fewest|most|first)\b[^,;]*$/i;

/** What follows the count: one word at most, then a plural noun ("wagons", "failed attempts", "years in which"). */
const COUNTED_AFTER = /^\s+(?:[\p{Ll}-]+\s+)?\p{Ll}{2,}s\b/u;

/** Whether the number counts something inside a phrase of span or place. */
export function countInSetting(c: Candidate): boolean {
	if (c.fact.kind !== 'quantity') return false;
	const { before, after } = besideAnswer(c);
	if (!SPAN_BEFORE.test(before) || RECORD_BEFORE.test(before)) return false;
	// The counted noun may be written as the number's unit ("24 wagons" as one answer) or after it.
	const unit = c.fact.unit ?? '';
	return COUNTED_AFTER.test(` ${unit}${after}`);
}

/** Units of a time shorter than a day. */
const CLOCK_UNIT = /^(?:hours?|minutes?|seconds?)$/i;

export const SETTING_RULES: SideRule[] = [
	{
		name: 'a count in a phrase that sets the scene',
		weight: 'trivial',
		// The lead's setting ("starts in 320 towns") is the story's scope, as its other numbers are.
		test: (c, view: SideView) => countInSetting(c) && !isLead(c, view)
	},
	{
		name: 'how long a part of an event lasted, to the second',
		weight: 'trivial',
		test: (c, view: SideView) => c.fact.kind === 'measure' && CLOCK_UNIT.test(c.fact.big) && CLOCK_UNIT.test(c.fact.small) && !isLead(c, view)
	}
];
