import { normaliseAnswer } from '../../quiz/normalise';
import { tokenize } from '../tokens';
import { personSort } from '../facts/name-sorts';

/**
 * A number under a bound ("more than 50", "within 24 hours", "since 2006", "the bottom 10%")
 * makes some other numbers true as well: "more than 30" follows from "more than 50", "the bottom
 * 24%" from "the bottom 10%", "since 2008" from "since 2006". A wrong choice or a false
 * statement must lie on the side the bound does not cover.
 */

/** Words before a number that set a lower bound: only a larger number is false. */
const LOWER = /\b(?:more than|over|above|at least|exceeding|upwards of|in excess of)\s*$/i;
/** Words before a number that set an upper bound, or count from a start: only a smaller number is false. */
const UPPER = /\b(?:less than|fewer than|under|below|up to|within|at most|as few as|since|bottom|top|no more than)\s*(?:the\s+)?$/i;

/** Which way a wrong number must go: up, down, or either when no bound stands before it. */
export function falseSide(textBefore: string): 'up' | 'down' | 'either' {
	const before = textBefore.replace(/[-–]$/, ' ');
	if (LOWER.test(before)) return 'up';
	if (UPPER.test(before)) return 'down';
	return 'either';
}

/**
 * Whether a number is a bound the article does not pin down ("more than 600", "under 10%"): no
 * other figure under that bound is surely false ("more than 700" may be true of "more than 600"),
 * so a false statement never changes it. "since 2006" counts from a known start and is not one.
 */
export function unpinned(textBefore: string): boolean {
	const before = textBefore.replace(/[-–]$/, ' ');
	return LOWER.test(before) || (UPPER.test(before) && !/\bsince\s*$/i.test(before));
}

/** Whether a wrong value is a fair false one for a number written after `textBefore`. */
export function fairWrong(textBefore: string, answer: number, wrong: number): boolean {
	const side = falseSide(textBefore);
	return side === 'either' || (side === 'up' ? wrong > answer : wrong < answer);
}

/** ", the longest river in …" after a name: an appositive that describes the name, not the claim. */
const APPOSITIVE = /\p{Lu}[\p{L}'’-]*, the (?![^,]*\b(?:said|says|told|was|is|were|are|has|had)\b)[^,]*$/u;

/**
 * Whether a span sits in a side detail of its sentence rather than its main claim: inside
 * brackets, a relative clause ("…, who …"), an appositive after a comma ("…, a town of 40,000"),
 * a comparison ("compared with …"), or a trailing participle or "with" phrase (", rising above
 * three defenders", ", with Carvalho bringing on two defenders"). A false statement changes the
 * main claim only.
 */
export function inSideDetail(textBefore: string, textAfter = ''): boolean {
	return (
		/(?:\([^)]*|, (?:who|which|whose|where|when)\b[^,]*|\bcompared (?:with|to) [^,]*|, (?:a|an) [^,]*|\b(?:including|such as) [^.]*|, (?:with (?:\p{L}+ )?)?\p{Ll}+ing\b[^,]*|, with [^,]*)$/iu.test(
			textBefore
		) ||
		APPOSITIVE.test(textBefore) ||
		SHARE_OF_WHOLE.test(textAfter) ||
		RIVAL.test(textBefore) ||
		otherOwner(textBefore)
	);
}

/** "…, about 40% of which came from a foundation": a share of a whole the sentence already gave. */
const SHARE_OF_WHOLE = /^\S*\s*(?:\S+\s+)?of (?:which|whom|them|it)\b/i;

/** "…, four points ahead of Sparta's 67": a rival's figure set beside the subject's. */
const RIVAL = /, [^,]*\b(?:ahead of|behind|while|whereas|against)\b[^,]*$/i;

/** "Rovers beat Sparta, who had 67 …", "… above Sparta's 67": a figure owned by a name the sentence does not open on. */
function otherOwner(textBefore: string): boolean {
	const owner = /(\p{Lu}[\p{L}-]*)['’]s\s+$/u.exec(textBefore)?.[1];
	return !!owner && !textBefore.split(/\s+/).slice(0, 2).join(' ').includes(owner);
}

/** The group a role puts a person in: a sort ("player", "official") or, for a family word ("widow"), the word itself. */
const roleGroup = (role: string) => {
	const sort = personSort(role);
	return sort !== 'person' ? sort : (normaliseAnswer(role).split(' ').pop() ?? '');
};

/**
 * Whether a false statement may put a person of role `otherRole` where the article has one of
 * `answerRole`: "the engineer" for "the widow" is false on its face, so two known roles must be
 * of one group.
 */
export function fairPersonSwap(answerRole: string | undefined, otherRole: string | undefined): boolean {
	return !answerRole || !otherRole || roleGroup(answerRole) === roleGroup(otherRole);
}

/** Whether a statement still makes a claim once shortened: "The pianist Daniel Okonjo." has no verb left to be true or false. */
export function makesClaim(statement: string): boolean {
	// Tagged through the shared cache: the statement is tagged again when it is checked as a prompt.
	return tokenize(statement).some((t) => t.tags.has('Verb'));
}

/**
 * Whether the words after a person's name point back to them by a gendered pronoun ("… won her
 * first title"): a swapped-in name may be of the other gender, and nothing here tells which.
 */
export function gendersTheName(textAfter: string, textBefore = ''): boolean {
	// "In her later life, the widow Anna Reinders …": a pronoun before the name genders it too.
	return /\b(?:he|she|his|her|hers|him|himself|herself)\b/i.test(`${textBefore} ${textAfter}`);
}

/**
 * "Edith Langley, who taught in Ashcombe until 1988, lived to see …": words right after a name
 * that describe it (a relative clause, an apposition or an age between commas, a bracket) are
 * true of that name only. Another name swapped in makes them false as well, and a learner cannot
 * tell whether the "false" is about the description or the claim, so no false statement is made.
 * "Langley, Farrant and Brightwell signed" (a list) and "Farrant, to report on …" describe nothing.
 */
export function describedAfter(textAfter: string): boolean {
	return (
		/^,? (?:who|whom|whose|which|where)\b/.test(textAfter) ||
		/^, (?:a|an|the|then|now|aged|once|formerly|\d+)\b[^,;.]*,/.test(textAfter) ||
		/^ ?\(/.test(textAfter)
	);
}

/** Short words that join a name's parts and say nothing of which thing it is. */
const JOINERS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'de', 'la', 'le', 'van', 'von']);

const nameWords = (s: string) =>
	s
		.toLowerCase()
		.split(/[^\p{L}\d]+/u)
		.filter((w) => w.length > 1 && !JOINERS.has(w));

/** The word that says what kind of thing a name is: the one before "of" ("Members of …"), else the last. */
const kindWord = (s: string) => nameWords(s.split(/ of /i)[0] ?? s).at(-1) ?? '';

/**
 * Whether two names share a word beyond the kind of thing they name ("Members of Parliament",
 * "Houses of Parliament"; "Harrow Valley Council", "Harrow Valley Trust"): swapping one for the
 * other rewords the claim more than it falsifies it. "Orrin Water Company" and "Kessel Rail
 * Company" share only their kind and are two firms.
 */
function sharesNameWord(a: string, b: string): boolean {
	const kind = kindWord(a) === kindWord(b) ? kindWord(a) : '';
	const own = new Set(nameWords(a));
	return nameWords(b).some((w) => w !== kind && own.has(w));
}

/**
 * Whether a false statement may put `other` where the article has `answer`: not a name that holds
 * the other ("Kyiv" for "Kyiv region") nor, for anything but a person, one that rewords it.
 * Two people of one family name are still two people.
 */
export function fairNameSwap(kind: string, answer: string, other: string): boolean {
	const a = normaliseAnswer(answer);
	const o = normaliseAnswer(other);
	return !o.includes(a) && !a.includes(o) && (kind === 'person' || !sharesNameWord(answer, other));
}
