import type { Token } from '../tokens';
import { isCommonWord } from '../frequency';
import type { NameRun } from './names';
import { KIN } from './person-nouns';
import { possessor } from './person-shapes';

/**
 * Narratives name family by a given name alone, in apposition to a kinship phrase: "her mother,
 * Kit, who takes in washing", "Hester’s mother, Ann, had died", "His elder brother, Frank, died".
 * The name is one word, so it carries no cue of its own; the kinship phrase is the role, once
 * its owner is said: a possessive name ("Hester’s mother"), a name before "her" or "his" in the
 * same sentence ("between Agnes and her mother" → "Agnes’s mother"), or, for a phrase that opens
 * the sentence, the subject of the sentence before (`possessor`). Where no owner is said, the
 * name gives no person: "his mother" of no one is no fact.
 */
export function kinAppositive(tokens: Token[], run: NameRun, sentence: string, previous?: { text: string; tokens: Token[] }): string | undefined {
	if (run.to - run.from !== 1 || !/^, $/.test(sentence.slice(run.start - 2, run.start)) || !/^,/.test(sentence.slice(run.end))) return undefined;
	const head = sentence.slice(0, run.start - 2);
	// "her mother", "his elder brother", "Hester’s mother": an owner word, at most one adjective, a kinship noun.
	// Case counts: "the engineer’s mother" has an owner this does not read, and a name's capital is what makes it one.
	const m = /(?:^|[\s(])([Hh]is|[Hh]er|[Tt]heir|(\p{Lu}[\p{L}-]*)['’]s?)\s(?:(\p{Ll}+)\s)?(\p{Ll}+)$/u.exec(head);
	// The word between owner and noun describes the kin ("late", "elder", which the tagger reads as a noun too).
	const describes = (t: Token) => t.tags.has('Adjective') || (t.tags.has('Noun') && !t.tags.has('Plural') && !t.tags.has('Pronoun'));
	if (!m || !KIN.has(m[4]) || (m[3] && !tokens.some((t) => t.text === m[3] && describes(t)))) return undefined;
	const kin = m[3] ? `${m[3]} ${m[4]}` : m[4];
	const at = m.index + m[0].length - m[0].trimStart().length;
	let owner: string | undefined = m[2];
	if (!owner) {
		// "between Agnes and her mother": the name joined to the pronoun by "and" owns it. Any other
		// name before it may not ("his daughter, Rosalind, his son, Peter" is no son of Rosalind's).
		const joined = /(?:^|[\s(])(\p{Lu}[\p{Ll}-]+(?: \p{Lu}[\p{Ll}-]+)?) and $/u.exec(head.slice(0, at));
		if (joined && joined.index > 0 && !isCommonWord(joined[1].split(' ')[0])) owner = joined[1];
		else if (at === 0) owner = possessor(m[1], previous);
	}
	if (!owner) return undefined;
	// "the harbour board’s" but "Agnes’s": only a plural noun phrase takes the bare apostrophe.
	return `${owner}${/^the .*s$/.test(owner) ? '’' : '’s'} ${kin}`;
}
