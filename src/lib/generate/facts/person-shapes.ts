import type { Token } from '../tokens';
import { isCommonWord } from '../frequency';
import { NOT_NAMES, ROLE_NOUNS } from './lexicon';
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
	if (m) return Number(m[1] ?? m[2]) > 0 && Number(m[1] ?? m[2]) <= OLDEST ? m[0].length : 0;
	// ", aged nineteen,", ", aged 34,": "aged" says the number is an age, in words or figures.
	const aged = /^, aged (?:\d{1,3}|\p{Ll}+(?:-\p{Ll}+)?)(?=[,.;])/u.exec(sentence.slice(end));
	return aged ? aged[0].length : 0;
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

/**
 * Whose "their", "its", "her" or "his" a role phrase opening a sentence means: the subject of the
 * sentence before in the paragraph, when that subject is a name ("Durnford led …" gives "Their
 * captain" Durnford) or, for "their" and "its", a definite noun phrase ("The regatta committee
 * said …" gives "Its chair" the regatta committee). "Her" and "his" take a name only. Two
 * subjects joined by "and", or a subject the verb does not follow at once, give no one.
 */
export function possessor(pronoun: string, previous: { text: string; tokens: Token[] } | undefined): string | undefined {
	if (!previous) return undefined;
	const { tokens } = previous;
	// The words before the first verb, which must open the sentence with no punctuation between;
	// a capitalised "verb" is a name the tagger misread ("Harbour City had lost …").
	const at = tokens.findIndex((t) => t.tags.has('Verb') && !t.tags.has('Gerund') && !/^\p{Lu}/u.test(t.text));
	if (at < 1 || at > 4 || tokens.slice(0, at).some((t) => t.post.trim() !== '' || t.pre.trim() !== '')) return undefined;
	const subject = tokens.slice(0, at).map((t) => t.text);
	// "It was …", "In March Durnford led …", "Ana and Ben ran …": a function word is no owner's name.
	if (subject.every((w) => /^\p{Lu}/u.test(w) && !NOT_NAMES.has(w.toLowerCase()))) return subject.join(' ');
	if (/^(?:her|his)$/i.test(pronoun) || subject[0] !== 'The' || subject.length < 2) return undefined;
	return subject.slice(1).every((w) => /^\p{Ll}[\p{Ll}-]+$/u.test(w)) ? `the ${subject.slice(1).join(' ')}` : undefined;
}

/** Possessive determiners that open a role phrase: "their coach", "its founder". */
const POSSESSIVES = /^(?:their|his|her|its|our)$/i;
const PREPOSITIONS = new Set(['of', 'for', 'at', 'with']);

/**
 * The role phrase set before ", Name," with a determiner other than an article or a tail after
 * the role noun: "Their coach" (as "Durnford’s coach" when `possessor` finds whose, else "coach"), "a
 * spokesperson for the council". The name must close the apposition (a comma, or the clause's
 * end), so "the coach, Ian Morrow and the captain" is a list, not a role.
 */
export function roleBefore(sentence: string, run: NameRun, previous?: { text: string; tokens: Token[] }): string | undefined {
	const head = sentence.slice(0, run.start);
	if (!/, $/.test(head) || !/^(?:,|[.;:]|$)/.test(sentence.slice(run.end))) return undefined;
	const clause =
		head
			.slice(0, -2)
			.split(/[,;:—–()“”"]/)
			.pop() ?? '';
	const all = clause.trim().split(/\s+/);
	let at = all.findIndex((w) => ROLE_NOUNS.has(w.toLowerCase()));
	// "chief executive": the role runs on over the role nouns that follow.
	while (at >= 0 && ROLE_NOUNS.has(all[at + 1]?.toLowerCase())) at++;
	// The phrase opens at the last article or possessive before its role noun: "He thanked their coach" gives "their coach".
	const open = at < 1 ? -1 : all.slice(0, at).findLastIndex((w) => POSSESSIVES.test(w) || /^(?:the|a|an)$/i.test(w));
	if (open < 0 || at - open > 3) return undefined;
	const words = all.slice(open);
	const role = at - open;
	const tail = words.slice(role + 1);
	if (tail.length > 0 && (!PREPOSITIONS.has(tail[0]) || tail.length > 4)) return undefined;
	if (POSSESSIVES.test(words[0])) {
		if (tail.length > 0) return undefined;
		// "Their captain" after "Durnford led …" is Durnford's captain; with no owner found, the bare "captain".
		const owner = open === 0 ? possessor(words[0], previous) : undefined;
		const title = words.slice(1, role + 1).join(' ');
		return owner ? `${owner}${/s$/.test(owner) ? '’' : '’s'} ${title}` : title;
	}
	// "A spokesperson for the council", "the head of the inquiry": an article opens it; "the coach" alone is `appositiveBefore`'s.
	if (tail.length > 0) return words.join(' ').replace(/^\p{Lu}/u, (c) => c.toLowerCase());
	return undefined;
}
