/**
 * "The remaining 24 members voted against", "Four more homes are lost", "Crews stay for a further
 * nine days": a count told against another count or an event of the sentence before. Out of its
 * paragraph the learner cannot tell remaining after whom, more than what, or further after what, so
 * the sentence leans back as a pronoun does: a blank is shown after that sentence, and a statement,
 * which must make one claim, is not asked.
 */

/** A count in figures or words, or the blank that stands for one. */
const COUNT = '(?:\\d[\\d,.]*|____|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)';

/** A subject that opens on a count of the rest or of more: "The remaining 24 …", "Four more homes", "A further 40 …", "Another ____ …". */
const OPENS_ON_RELATIVE = new RegExp(
	`^(?:the (?:remaining|other) ${COUNT}\\b|${COUNT} (?:more|further|other) \\p{Ll}+|an?(?:other| further) ${COUNT}\\b)`,
	'iu'
);

/**
 * "for a further nine days", "another three weeks later": a span counted on from an event the
 * sentence does not name. A year in the sentence ("for another eleven years, until 1659") says
 * when the span ran to, which is enough to tell it.
 */
const FURTHER_SPAN = new RegExp(`\\b(?:a further|another) ${COUNT} (?:\\p{Ll}+ )?(?:hours?|days?|nights?|weeks?|months?|years?)\\b`, 'iu');

/** A year in figures: "1659", "2024". */
const YEAR = /\b(?:1[0-9]|20)\d\d\b/;

/** The words of a sentence that count on from a sentence before it, or null. `lead`: the sentence with its opening connective cut. */
export function relativeCount(lead: string): string | null {
	const opening = OPENS_ON_RELATIVE.exec(lead)?.[0];
	if (opening) return opening;
	return YEAR.test(lead) ? null : (FURTHER_SPAN.exec(lead)?.[0] ?? null);
}
