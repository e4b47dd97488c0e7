import type { Candidate } from './questions';
import type { SideRule, SideView } from './side-details';
import { isLead } from './side-details-asides';

/**
 * The whole a part is counted out of: "made a loss in four of the five years", "won 19 of its 45
 * seats", "a referral to one of seven partner clinics", "18 of their 21 free throws". The part is
 * what the sentence reports; the whole only frames it, and blanking it leaves the point in the
 * prompt. On the dev set's judged questions that blank such a whole, judges accepted 0.8 of 7
 * (mostly as "the denominator, not the point").
 */

/** A count, then "of" or "out of" and at most a determiner or a hedge, just before the number. */
const PART_OF =
	/\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\s+(?:out\s+)?of\s+(?:(?:the|its|their|his|her|our|about|around|some)\s+){0,2}$/i;

/** Whether the number is the whole that a count just before it is taken from. */
export function wholeOfPart(c: Candidate): boolean {
	if (c.fact.kind !== 'quantity') return false;
	return PART_OF.test(c.sentence.text.slice(0, Math.max(c.fact.answerStart - c.sentence.start, 0)));
}

export const WHOLE_RULES: SideRule[] = [
	{
		name: 'the whole a part is counted out of',
		weight: 'trivial',
		test: (c, view: SideView) => wholeOfPart(c) && !isLead(c, view)
	}
];
