import type { Candidate } from './questions';

/**
 * The comparison figure beside the main one: the figure set against the point ("… within four
 * years, while fished reefs needed seven years"), the starting point of a change ("fell from 31
 * percent to …") or the baseline named by its period ("… against 12 percent a year earlier"). The
 * level a change reaches ("fell 14% from a year earlier to $1.05 billion", "fell to 2.3 per cent
 * last year from 3.4 per cent") and the size of the change itself are the news, never its baseline.
 */

/** Words that set a second figure against the main one in the same sentence. */
const CONTRAST = /\b(?:while|whereas|compared (?:with|to)|against|versus|vs\.?|from|than in)\b/gi;
/** A figure in digits or words. */
const FIGURE = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|half|quarter|third)\b/i;
/** A period after a figure that marks it as the baseline, not the result. */
const BASELINE_AFTER =
	/^([^,.;]{0,20})\b(?:a year earlier|the year before|the previous year|last year|before the (?:study|trial|change)|in the placebo (?:group|arm)|on placebo|in the control group)\b/i;
/** Words between a figure and a period that make the figure a change measured against it ("14% from a year earlier", "higher than last year"). */
const MEASURED_AGAINST = /\b(?:from|than|on|over|compared|since)\b/i;
/** The word that opens the level a change reaches: "fell to ____", "from 31 percent to ____". */
const REACHED = /\bto (?:about |around |roughly |nearly |almost |some |just (?:over|under) )?$/i;

export function comparisonFigure(c: Candidate): boolean {
	if (c.fact.kind !== 'quantity') return false;
	const at = c.fact.answerStart - c.sentence.start;
	const before = c.sentence.text.slice(0, Math.max(at, 0));
	const after = c.sentence.text.slice(c.fact.answerEnd - c.sentence.start);
	const reached = REACHED.test(before);
	// "… within four years, while fished reefs needed seven years": the figure after the contrast.
	const contrast = [...before.matchAll(CONTRAST)].at(-1);
	// "from a year earlier to ____" closes a change: what follows "to" is where it ended.
	const closesChange = contrast !== undefined && /^from$/i.test(contrast[0]) && reached;
	if (contrast && !closesChange && FIGURE.test(before.slice(0, contrast.index))) return true;
	// "fell from 31 percent to 12 percent": the starting point is the baseline.
	if (/\bfrom (?:an average of |about |around |some )?$/i.test(before) && /^[^,;.]{0,25}?\bto\b/.test(after)) return true;
	const baseline = BASELINE_AFTER.exec(after);
	return baseline !== null && !reached && !MEASURED_AGAINST.test(baseline[1]);
}
