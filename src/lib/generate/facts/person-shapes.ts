import type { Token } from '../tokens';
import { isCommonWord } from '../frequency';
import { ROLE_NOUNS } from './lexicon';
import type { NameRun } from './names';

/**
 * Sentence shapes that only a person fills, though no title or speech verb stands beside the
 * name: an age in apposition ("Jonah Reyes, 19, rowed …"), an age compound before the name
 * ("19-year-old Jonah Reyes"), a relative "who" after it ("Lena Hartmann, who founded …"), and a
 * role phrase with a possessive or a prepositional tail set before it in apposition ("Their
 * coach, Ian Morrow, said …", "A spokesperson for the council, Dara Byrne, said …").
 */

/** The oldest age a number after a name can be: "Harbour Street, 140," is an address, not an age. */
const OLDEST = 110;

/** ", 19," or " (19)" right after the name: its length, or 0. A year or a score is no age. */
export function ageAfter(sentence: string, end: number): number {
	const m = /^(?:, (\d{1,3})(?=[,.;]|\s(?:and|but)\s)| \((\d{1,3})\))/.exec(sentence.slice(end));
	return m && Number(m[1] ?? m[2]) > 0 && Number(m[1] ?? m[2]) <= OLDEST ? m[0].length : 0;
}

/** "19-year-old Jonah Reyes", "the nine-year-old Ana Ruiz": an age compound right before the name. */
export const agedBefore = (sentence: string, start: number) => /\b(?:\d{1,3}|[a-z]+)-year-old $/.test(sentence.slice(0, start));

/**
 * "Lena Hartmann, who founded …": a relative "who" after a name of two or three words that the
 * tagger knows as a person's, or whose words are no common English words. "Northfield Rovers,
 * who lost …" is a team: "Rovers" is a common word and nothing tags it a person.
 */
export function whoAfter(tokens: Token[], run: NameRun, sentence: string): boolean {
	if (!/^, who\b/.test(sentence.slice(run.end))) return false;
	const words = tokens.slice(run.from, run.to);
	if (words.length > 3) return false;
	const tagged = words.some((t) => t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('LastName'));
	return (tagged && !words.some((t) => t.tags.has('Place') || t.tags.has('Organization'))) || words.every((t) => !isCommonWord(t.text));
}

/** Possessive determiners that open a role phrase: "their coach", "its founder". */
const POSSESSIVES = /^(?:their|his|her|its|our)$/i;
const PREPOSITIONS = new Set(['of', 'for', 'at', 'with']);

/**
 * The role phrase set before ", Name," with a determiner other than an article or a tail after
 * the role noun: "Their coach" (as "coach": the pronoun's owner is out of the prompt), "a
 * spokesperson for the council". The name must close the apposition (a comma, or the clause's
 * end), so "the coach, Ian Morrow and the captain" is a list, not a role.
 */
export function roleBefore(sentence: string, run: NameRun): string | undefined {
	const head = sentence.slice(0, run.start);
	if (!/, $/.test(head) || !/^(?:,|[.;:]|$)/.test(sentence.slice(run.end))) return undefined;
	const clause =
		head
			.slice(0, -2)
			.split(/[,;:—–()“”"]/)
			.pop() ?? '';
	const all = clause.trim().split(/\s+/);
	const at = all.findIndex((w) => ROLE_NOUNS.has(w.toLowerCase()));
	// The phrase opens at the last article or possessive before its role noun: "He thanked their coach" gives "their coach".
	const open = at < 1 ? -1 : all.slice(0, at).findLastIndex((w) => POSSESSIVES.test(w) || /^(?:the|a|an)$/i.test(w));
	if (open < 0 || at - open > 3) return undefined;
	const words = all.slice(open);
	const role = at - open;
	const tail = words.slice(role + 1);
	if (tail.length > 0 && (!PREPOSITIONS.has(tail[0]) || tail.length > 4)) return undefined;
	if (POSSESSIVES.test(words[0])) return tail.length === 0 && role === 1 ? words[role].toLowerCase() : undefined;
	// "A spokesperson for the council", "the head of the inquiry": an article opens it; "the coach" alone is `appositiveBefore`'s.
	if (tail.length > 0) return words.join(' ').replace(/^\p{Lu}/u, (c) => c.toLowerCase());
	return undefined;
}
