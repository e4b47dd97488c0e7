import type { Candidate } from './questions';

/**
 * Blanks that ask what a sentence mentions on the way to its point, whatever the bar says. A blank
 * copies its sentence and takes one word out, so it asks that word however little the sentence is
 * about it: the year a survey was done, the two daughters of an obituary's subject, the years a
 * quoted chair has farmed. The same fact may still be asked by a statement or a wh-question, which
 * have to say what they ask about.
 */

/** The sentence's words before and after the answer. */
function around(c: Candidate): { before: string; after: string } {
	const at = c.fact.answerStart - c.sentence.start;
	return { before: c.sentence.text.slice(0, Math.max(at, 0)), after: c.sentence.text.slice(Math.max(c.fact.answerEnd - c.sentence.start, 0)) };
}

/**
 * A date blanked anywhere but at the head of its sentence: "surveys conducted in ____ found …",
 * "… which is due for renewal in ____", "In ____ she bought a harp". On the dev set's judged
 * questions the generator made, judges accepted 16% of these (25 questions, 19 articles), most
 * often calling them trivial. A date that opens the sentence as its subject ("June 1858 was
 * exceptionally hot") is what the sentence is about, and stays.
 */
export function incidentalDate(c: Candidate): boolean {
	return c.form === 'blank' && c.fact.kind === 'date' && around(c).before.trim() !== '';
}

/** Numbers a writer spells out for a small count. */
const SMALL_COUNT = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/i;
/**
 * After the count, words that make it a multiple, a share, a score or a rate rather than a count
 * of things: "____ times as much", "____ stars out of five", "____ units of heat for every unit".
 */
const NOT_A_COUNT = /^\s*(?:times\b|percentage points?\b|per ?cent\b|%|[\p{L}-]+ out of\b|[\p{L}-]+ (?:of [\p{L}-]+ )?(?:for|per|to) (?:every|each|one)\b)/iu;

/**
 * A small count spelled out, with no unit, blanked: "the younger of ____ daughters", "in ____
 * wagons", "three of its ____ branch libraries", "He made five of his ____ attempts". Such a count
 * describes the things the sentence is about, rarely the news (judges accepted 14% of these on
 * dev: 24 questions, 19 articles). A multiple ("____ times as much"), a ratio ("one in ____
 * adults", "____ units of heat for every unit") or a score ("____ stars out of five") is a
 * finding, and stays.
 */
export function incidentalCount(c: Candidate): boolean {
	if (c.form !== 'blank' || c.fact.kind !== 'quantity' || c.fact.unit) return false;
	const { before, after } = around(c);
	return SMALL_COUNT.test(c.fact.answer.trim()) && !NOT_A_COUNT.test(after) && !/\bone in $/i.test(before);
}

/** Units a span of time is counted in. */
const SPAN_UNIT = /^(?:years?|months?|weeks?|days?|decades?)$/i;

/**
 * How long someone has held a place, or how often something runs, blanked: "who has farmed oysters
 * for ____ years", "had lived in her cottage for ____ years", "open ____ days a week". Background to
 * the person or the service, not what the sentence reports (none of the 8 judged on dev was
 * accepted). How long a trial or an effect lasted ("lasted roughly ____ years") has no "for"
 * before it, and stays.
 */
export function heldSpan(c: Candidate): boolean {
	if (c.form !== 'blank' || c.fact.kind !== 'quantity' || !SPAN_UNIT.test(c.fact.unit ?? '')) return false;
	const { before, after } = around(c);
	return (
		/\bfor (?:the (?:past|last|previous) )?(?:nearly |almost |about |around |more than |over |some )?$/i.test(before) ||
		/^\s*(?:days?|times?) a (?:week|month|year)\b/i.test(after)
	);
}

/** A prepositional slot right before the blank: "rainfall at ____", "his season with ____", "along X and ____". */
const SETTING_SLOT = /\b(?:at|in|of|from|with|on|along|into|near|across|over|around|outside|and) (?:the )?$/i;

/** A measured figure: a percent, a sum of money, or a number with a unit ("142 millimetres", "31 points", "4 hours"). */
const MEASURED =
	/[$€£]\d|\d[\d,.]*(?:\s*%|[\s-]+(?:per ?cent|percent|percentage points?|points?|(?:milli|centi|kilo)?(?:metres?|meters?|metre|meter)|km|mm|cm|kg|tonnes?|tons?|(?:kilo)?grams?|litres?|liters?|hours?|minutes?|seconds?|miles?|hectares?|acres?|degrees?|votes?|goals?)\b)/i;

/**
 * A place or an organisation blanked in the setting of a measured finding that follows it:
 * "Rainfall at ____ reached 142 millimetres", "a guard in his third season with ____, finished with
 * 31 points", "digging along Carter Road and ____ found 2.6 kilometres of pipes". The figure is what
 * the sentence reports and stays in the prompt; the blank asks where it happened, which the
 * article's heading or the rest of it gives (on dev, 4 such questions, none of 12 verdicts
 * accepted). A person ("came from ____, 5.5 kilometres from the top") is who the figure is about,
 * and a figure before the blank ("a grant of 1.2 million pounds from the ____") is the blank's own.
 */
export function settingOfFigure(c: Candidate): boolean {
	if (c.form !== 'blank' || (c.fact.kind !== 'place' && c.fact.kind !== 'organisation')) return false;
	const { before, after } = around(c);
	// "on the island of ____, roughly 300 kilometres north of …", "in ____ — a town about 20 kilometres
	// from …": a figure in an aside right after the name describes the name, which is then the point.
	const rest = after.replace(/^\s*[,—–]\s*(?:a|an|the|about|roughly|some|around|nearly|almost|just|\d)\b[^,—–;]*/i, '');
	return SETTING_SLOT.test(before) && MEASURED.test(rest);
}
