import { stripPossessive } from '../facts/names';
import type { FactRecord } from '../facts/types';
import type { Sentence } from '../sentences';
import { isCommonWord } from '../frequency';
import { tokenize } from '../tokens';

/**
 * A word that opens a sentence is capitalised whatever it is; moved inside a question it must
 * take the case it has inside a sentence: "Ebullition accounted for …" asks "What did ebullition
 * account for?", and "Whitlow later published it …" asks "did Whitlow publish …", not "whitlow".
 * The article says which: a word it writes capitalised mid-sentence is a name; one it only ever
 * capitalises at a sentence's start is a name when it is known as one (a person, place or
 * organisation found in the article, or a name by its tag where it stands) or when it is no common
 * English word and never written in lower case ("Norvik", "Fenwright" in a short text).
 */

/**
 * Whether the word at `at` opens a sentence or a quote: nothing but spaces before it, or a full
 * stop, colon, quote, bracket or line break right before its spaces. Read backwards from the word,
 * so a long text costs one step a word.
 */
function opensAt(text: string, at: number): boolean {
	let i = at - 1;
	while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
	return i < 0 || /[.!?:;“"‘(\n]/.test(text[i]);
}

const WORD = /\p{L}[\p{L}’'-]*/gu;

/** A word's key: lower case, without a possessive ("Pellham's" is looked up as "pellham"). */
const keyOf = (word: string) => stripPossessive(word.toLowerCase());

const NAME_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization'];

interface Usage {
	/** Written with a capital mid-sentence. */
	capital: boolean;
	/** Written in lower case. */
	lower: boolean;
	/** Where it first opens a sentence: that sentence and the offset in it. */
	initial?: { text: string; at: number };
}

/** How the article writes each word (keyed by `keyOf`). */
function usages(sentences: Sentence[]): Map<string, Usage> {
	const out = new Map<string, Usage>();
	for (const s of sentences) {
		for (const m of s.text.matchAll(WORD)) {
			const key = keyOf(m[0]);
			const u = out.get(key) ?? { capital: false, lower: false };
			const at = m.index ?? 0;
			if (/^\p{Ll}/u.test(m[0])) u.lower = true;
			else if (!opensAt(s.text, at)) u.capital = true;
			else u.initial ??= { text: s.text, at };
			out.set(key, u);
		}
	}
	return out;
}

/** Whether the tagger reads the word opening a sentence as a name; asked only where the capital says nothing by itself. */
const taggedName = ({ text, at }: { text: string; at: number }) => tokenize(text).some((t) => t.start === at && NAME_TAGS.some((tag) => t.tags.has(tag)));

/** The words of the article's names of the given kinds. */
function knownNames(facts: FactRecord[], kinds: readonly FactRecord['kind'][]): Set<string> {
	const out = new Set<string>();
	for (const f of facts) if (kinds.includes(f.kind)) for (const m of f.answer.matchAll(WORD)) out.add(keyOf(m[0]));
	return out;
}

/** A function putting each word inside a prompt in the case the article gives it (see above). */
export function articleCase(sentences: Sentence[], facts: FactRecord[]): (prompt: string) => string {
	const used = usages(sentences);
	const names = knownNames(facts, ['person', 'place', 'organisation']);
	const people = knownNames(facts, ['person']);
	return (prompt) =>
		prompt.replace(WORD, (word, at: number) => {
			// A single letter ("I"), an acronym and a word opening the prompt or a sentence in it stay as they are.
			if (word.length < 2 || /^\p{Lu}{2}/u.test(word) || opensAt(prompt, at)) return word;
			const key = keyOf(word);
			const u = used.get(key);
			if (!u) return word;
			if (/^\p{Lu}/u.test(word)) {
				// "Hester Quayle": a capital beside another capitalised word is part of a name.
				const beside = /\p{Lu}\p{Ll}*\s$/u.test(prompt.slice(0, at)) || /^\s\p{Lu}/u.test(prompt.slice(at + word.length));
				// "Norvik", seen only opening sentences: a word no dictionary of common English holds, never
				// written in lower case, is taken for a name; "ebullition" written so elsewhere is none.
				const common = u.lower || isCommonWord(key);
				return u.capital || beside || names.has(key) || !common || (u.initial && taggedName(u.initial)) ? word : word[0].toLowerCase() + word.slice(1);
			}
			// Only a word moved from a sentence's start takes its capital back, and only a name's: "Fire" of
			// "Bureau of Fire Protection" leaves "the fire officer" alone (a common word in a body's name is no name by itself).
			const name = people.has(key) || !isCommonWord(word);
			return u.capital && !u.lower && u.initial !== undefined && name ? word[0].toUpperCase() + word.slice(1) : word;
		});
}
