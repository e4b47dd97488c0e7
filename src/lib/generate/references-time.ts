import { outsideQuotes } from './english';

/**
 * Time told from the day the article came out: "on Tuesday", "last week", "seventy years ago this
 * month". In the article the date line says which Tuesday; in a quiz taken months later it means
 * nothing. A weekday that only says when something was said or done is struck out of a prompt
 * (the question still asks what it asked); time counted back from the publication date is a
 * reference nobody can resolve, so the question goes.
 */

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const PART_OF_DAY = '(?: (?:night|morning|afternoon|evening))?';
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

/**
 * "on Tuesday", "on Monday night", "On Sunday, …": a weekday with no date after it (", March 3"
 * or "March 3" says which one). The leading space or the opening comma goes with it, and so does
 * a "late" or "early" that only said when on that day ("approved … late on Thursday night").
 */
const ON_WEEKDAY = new RegExp(`(?:^On ${WEEKDAY}${PART_OF_DAY}, | (?:late |early )?on ${WEEKDAY}${PART_OF_DAY}\\b)(?!,? ${MONTH}| \\d)`, 'g');

/** Time counted back or forward from the day of writing. */
const FROM_PUBLICATION = new RegExp(
	[
		'\\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|several|a few|many|\\d+)(?:[- ]\\w+)? (?:days?|weeks?|months?|years?|decades?|centuries) ago\\b',
		'\\b(?:last|this|next) (?:week|month|weekend)\\b',
		'\\bearlier this (?:week|month)\\b',
		'\\b(?:yesterday|tomorrow)\\b',
		`\\b(?:last|this|next|since|before|until|by) ${WEEKDAY}\\b`
	].join('|'),
	'i'
);

/**
 * The prompt without the weekdays that only say when something happened ("The council said on
 * Tuesday that …" → "The council said that …"), each struck only where it stands outside a quote
 * and, when `quote` is given, only if the article's own sentence says it too (a false statement
 * that changed the day must keep the day it changed).
 */
export function stripWeekdays(prompt: string, quote?: string): string {
	return strike(prompt, ON_WEEKDAY, (words) => {
		const said = words.trim().replace(/,$/, '');
		return quote === undefined || quote.includes(said) || quote.includes(said.replace(/^On/, 'on'));
	});
}

/**
 * The prompt with each match of `pattern` outside its quotes struck where `struck` allows; a
 * sentence that lost its opening starts with a capital again ("On Sunday, the team …").
 */
function strike(prompt: string, pattern: RegExp, struck: (words: string) => boolean = () => true): string {
	const mask = outsideQuotes(prompt);
	let out = '';
	let at = 0;
	for (const m of mask.matchAll(pattern)) {
		if (!struck(prompt.slice(m.index, m.index + m[0].length))) continue;
		out += prompt.slice(at, m.index);
		at = m.index + m[0].length;
	}
	out += prompt.slice(at);
	return out === prompt ? prompt : out.charAt(0).toUpperCase() + out.slice(1);
}

/**
 * "published by the bureau last week showed …", "Speaking in Lenaro last week, she said …",
 * "Last month the council …", "researchers reported this week", "will launch an appeal next
 * month": a recent or coming week or month that only says when something was said or done.
 * Struck like a weekday; kept where it is what a comparison or a span is counted from ("since
 * last week", "than last month", "by next month") or inside a quote.
 */
const RECENT =
	/(?:^(?:Last|Earlier this|This|Next) (?:week|month),? (?!['’])| (?<!\b(?:since|until|from|than|of|before|after|by|to|ago) )(?:last|earlier this|this|next) (?:week|month)\b(?!['’]))/g;

/**
 * "Sixty years ago today, on 12 March 1964, …": an anniversary opening whose date the sentence
 * gives at once. The date says when; the years counted from the day of writing only say how long
 * ago that was, which a quiz taken later would get wrong.
 */
const ANNIVERSARY = /^(?:[\p{L}-]+ )+?(?:years?|decades?|centuries) ago(?: (?:today|this (?:week|month|year)))?, (?=(?:on|in) [^,]*\b\d{4}\b[^,]*, )/gu;

/**
 * The prompt with its recent weeks and months and an anniversary opening struck (see RECENT and
 * ANNIVERSARY), outside quotes; when `quote` is given, only words the article's own sentence says
 * (a false statement that changed them keeps them, and the check on them rejects it).
 */
export function stripRecentTime(prompt: string, quote?: string): string {
	const said = (words: string) => quote === undefined || quote.includes(words.trim().replace(/,$/, ''));
	return strike(
		strike(prompt, ANNIVERSARY, (words) => !words.includes('____') && said(words)),
		RECENT,
		said
	);
}

/** The words in a prompt that count time from the day of publication ("last week", "ten years ago"), or null. */
export function publicationTime(prompt: string): string | null {
	return FROM_PUBLICATION.exec(outsideQuotes(prompt))?.[0] ?? null;
}
