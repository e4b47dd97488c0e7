import { outsideQuotes } from './english';
import { unstatedAction } from './references-proverb';
import { tokenize } from './tokens';

/**
 * Words that only the sentence before a prompt can fill in. "That works out to 40 euros a
 * household" (that what?), "Four months earlier, the board approved it" (earlier than what?),
 * "Many of the same people came back" (the same as whom?): out of its paragraph, a prompt holding
 * one of them asks about something nobody sees. Each is read from the sentence's structure, not
 * from the words of one example.
 */

/**
 * "That works out to …", "This means …", "That’s more than …", "Those are …": a demonstrative
 * that opens the sentence and is followed by a verb or an adverb stands for a whole earlier
 * statement. Before a noun ("That decision") it is a determiner, which the other rules judge.
 */
export function demonstrativePronoun(text: string): string | null {
	const own = outsideQuotes(text)
		.trim()
		.replace(/^["“‘]/, '');
	// Tagging is the costly part, and only a text whose first word is a demonstrative can have one.
	if (!/^[^\p{L}\p{N}]*th(?:at|is|ese|ose)/iu.test(own)) return null;
	const tokens = tokenize(own);
	const first = tokens[0];
	if (!first || !/^(?:that|this|these|those)(?:['’]s)?$/i.test(first.text)) return null;
	if (/['’]s$/.test(first.text) || /[,;:]/.test(first.post)) return `“${first.text}” standing for a statement not shown`;
	const next = tokens[1];
	if (!next) return null;
	const verbLike = next.tags.has('Verb') || next.tags.has('Adverb') || next.tags.has('Copula') || next.tags.has('Modal') || next.tags.has('Auxiliary');
	// "That works out …": after a singular "that", a word in -s is a verb, whatever the tagger thinks.
	const pluralAfterThat = /^(?:that|this)$/i.test(first.text) && /[^s]s$/.test(next.text);
	const nounLike = (next.tags.has('Noun') || next.tags.has('Adjective') || next.tags.has('Value')) && !next.tags.has('Verb') && !pluralAfterThat;
	// "That alone would cost …", "This too was cut": a word that only leans on the demonstrative.
	const leaning = /^(?:alone|too|also|itself|themselves|again|then)$/i.test(next.text);
	return leaning || ((verbLike || pluralAfterThat) && !nounLike) ? `“${first.text} ${next.text}” standing for a statement not shown` : null;
}

const COUNT = '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|several|a few|some|many|\\d+)';
const UNIT = '(?:minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|seasons?|centuries)';
const PERIOD = '(?:day|night|morning|evening|week|month|year|season|decade|spring|summer|autumn|winter)';

/** Time told from an event the prompt does not show: "two days later", "the year before", "by then", "at the time". */
const RELATIVE_TIME = new RegExp(
	[
		// "four months earlier", "a week later" ("two years later than planned" compares, and says with what).
		`\\b${COUNT}(?:[- ]\\w+)? ${UNIT} (?:earlier|later)\\b(?! than\\b)`,
		// "three days before." with nothing after it ("two days before the vote" names the vote).
		`\\b${COUNT}(?:[- ]\\w+)? ${UNIT} (?:before|after)(?=\\s*(?:[,.;:!?)—–]|$))`,
		`\\b(?:the|that) ${PERIOD} (?:before|after)(?=\\s*(?:[,.;:!?)—–]|$))`,
		`\\bthe (?:previous|preceding|following|prior) ${PERIOD}\\b`,
		`\\bthat same ${PERIOD}\\b`,
		`\\b(?:by|until|since|till) then\\b`,
		`\\bat the time\\b(?! of\\b| when\\b)`,
		`\\b(?:at|by) that (?:time|point|stage)\\b(?! when\\b)`,
		// "Within weeks, the plant reopened" (within weeks of what); "rose … within two months" times the rise itself.
		`^within (?:${UNIT}|a (?:day|week|month|year)|${COUNT} ${UNIT})(?=,)`
	].join('|'),
	'i'
);

/** A year or a month named: "in 2019", "in March". */
const DATE = /\b(?:1[5-9]\d{2}|20\d{2})\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/**
 * Whether the words before a relative time name the event it counts from: a date ("joined in
 * 2015 and left three years later") or a second event ("closed and reopened two weeks later").
 */
function anchored(before: string): boolean {
	if (DATE.test(before)) return true;
	const events = tokenize(before).filter((t) => t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Copula') && !t.tags.has('Modal'));
	return events.length >= 2;
}

/** The words of a text that count time from an event it never names, or null. */
export function unanchoredTime(text: string): string | null {
	const own = outsideQuotes(text);
	const m = RELATIVE_TIME.exec(own);
	if (!m || anchored(own.slice(0, m.index))) return null;
	return `“${m[0]}” (counted from what)`;
}

/**
 * "many of the same people", "the same players", "the rest", "the remainder": a group that is the
 * same as, or what is left of, a group only a sentence before names. "The same … as …" and "the
 * rest of …" say it themselves.
 */
const SAME_GROUP = /\b[Tt]he same (?!(?:time|way|day|year|period|age|size)\b)([\p{Ll}-]+)\b(?![^,.;]*\bas\b)/u;
const REST = /\bthe (?:rest|remainder)\b(?! of\b)/i;

/** The words of a text that name a group only the sentence before defines, or null. */
export function unnamedGroup(text: string): string | null {
	const own = outsideQuotes(text);
	const same = SAME_GROUP.exec(own);
	// "spent three winters painting the same mudflat", "makes more insulin from the same tanks":
	// the same over a span, or against a comparison, the prompt itself states.
	const within =
		same &&
		/\b(?:each|every|how many|more|less|fewer|\p{Ll}+er than|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|____) \p{Ll}+s)\b/iu.test(
			own.slice(0, same.index)
		);
	if (same && !within) return `“${same[0]}” (the same as which)`;
	const rest = REST.exec(own);
	// "kept 30 buses and sold the rest": the prompt counts the whole the rest is taken from.
	const counted = rest && /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|all)\b/i.test(own.slice(0, rest.index));
	return rest && !counted ? `“${rest[0]}” (the rest of what)` : null;
}

/** Verbs of expecting and estimating, whose object is a figure of something the sentence may not name. */
const EXPECT = '(?:expect|forecast|predict|estimat|project|anticipat)(?:ed|s|es)?';

/** A figure at the end of a clause: "$1.37 billion", "3.3 per cent", "about 12,000", or the blank that stands for one. */
const FIGURE = '(?:about |around |roughly |some )?(?:____|[$€£]?\\d[\\d,.]*(?: (?:million|billion|per cent|percent))?%?)';

/**
 * "Analysts had expected $1.37 billion.", "Economists had forecast a reading of 3.3 per cent.",
 * "Quillstack estimates the cost at $1.9 million.": a figure someone expected or estimated, with
 * nothing but "a reading of" or a bare "the cost" to say what it measures (revenue? inflation? the
 * cost of what?). The sentence before says it; "expected revenue of $1.37 billion" and "the cost of
 * the credits at …" say it themselves.
 */
const UNSTATED_MEASURE = new RegExp(
	`\\b${EXPECT} (?:(?:a|an) (?:reading|figure|level|number|value|result|total) of |the (?:cost|figure|total|number|amount|bill|price) at )?${FIGURE}[.!]?$`,
	'i'
);

/** The words of a text that give a figure without saying what it measures, or null. */
export function unstatedMeasure(text: string): string | null {
	const m = UNSTATED_MEASURE.exec(outsideQuotes(text).trim());
	return m ? `“${m[0].replace(/[.!]$/, '')}” (a figure of what)` : null;
}

/** What the context of a prompt must fill in, or null when its words stand alone. */
export function contextGap(text: string): string | null {
	return demonstrativePronoun(text) ?? unanchoredTime(text) ?? unnamedGroup(text) ?? unstatedMeasure(text) ?? unstatedAction(text);
}

/** "About nine minutes later, ", "The year before, ": an opening phrase that only says when, counted from an unseen event. */
const OPENING_TIME = new RegExp(
	`^(?:(?:About|Some|Just|Only|Nearly|Almost|Roughly) )?(?:${COUNT}(?:[- ]\\w+)? ${UNIT} (?:earlier|later|after)|The ${PERIOD} (?:before|after)|The (?:previous|following) ${PERIOD}), `,
	'i'
);

/**
 * The prompt without an opening phrase that only says when, counted from an event it does not
 * show ("About nine minutes later, the upper stage released …" → "The upper stage released …"):
 * the claim stays the article's, only less exact. Struck only when `quote`, the article's own
 * sentence, says the same words, so a false statement that changed the time keeps its change.
 */
export function stripOpeningTime(prompt: string, quote?: string): string {
	const m = OPENING_TIME.exec(prompt);
	if (!m || (quote !== undefined && !quote.includes(m[0].trim()))) return prompt;
	const rest = prompt.slice(m[0].length);
	// A blank or a figure right after is what the question asks: the sentence is left whole.
	if (/^(?:____|\d)/.test(rest)) return prompt;
	return rest.charAt(0).toUpperCase() + rest.slice(1);
}
