import type { FactRecord } from '../facts/types';
import type { Sentence } from '../sentences';
import { isCommonWord } from '../frequency';
import { tokenize } from '../tokens';

/**
 * A word that opens a sentence is capitalised whatever it is; moved inside a question it must
 * take the case it has inside a sentence: "Ebullition accounted for …" asks "What did ebullition
 * account for?", and "Whitlow later published it …" asks "did Whitlow publish …", not "whitlow".
 * The article says which: a word it writes capitalised mid-sentence is a name; one it only ever
 * capitalises at a sentence's start is a name only when it is known as one (a person, place or
 * organisation found in the article, or a name by its tag where it stands).
 */

/** Where a word opens a sentence or a quote: the text start, or after a full stop, colon, quote or bracket. */
const OPENS = /(?:^|[.!?:;]\s+|[“"‘(]\s*|\n\s*)$/;

const WORD = /\p{L}[\p{L}’'-]*/gu;

const NAME_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization'];

interface Usage {
	/** Written with a capital mid-sentence. */
	capital: boolean;
	/** Written in lower case. */
	lower: boolean;
	/** Opening a sentence. */
	initial: boolean;
	/** Tagged as a name at a sentence's start. */
	named: boolean;
}

/** How the article writes each word (lower-cased key). */
function usages(sentences: Sentence[]): Map<string, Usage> {
	const out = new Map<string, Usage>();
	for (const s of sentences) {
		const tokens = tokenize(s.text);
		for (const m of s.text.matchAll(WORD)) {
			const key = m[0].toLowerCase();
			const u = out.get(key) ?? { capital: false, lower: false, initial: false, named: false };
			const at = m.index ?? 0;
			if (/^\p{Ll}/u.test(m[0])) u.lower = true;
			else if (!OPENS.test(s.text.slice(0, at))) u.capital = true;
			else u.initial = true;
			if (u.initial && tokens.some((t) => t.start === at && NAME_TAGS.some((tag) => t.tags.has(tag)))) u.named = true;
			out.set(key, u);
		}
	}
	return out;
}

/** The words of the article's names of the given kinds. */
function knownNames(facts: FactRecord[], kinds: readonly FactRecord['kind'][]): Set<string> {
	const out = new Set<string>();
	for (const f of facts) if (kinds.includes(f.kind)) for (const m of f.answer.matchAll(WORD)) out.add(m[0].toLowerCase());
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
			if (word.length < 2 || /^\p{Lu}{2}/u.test(word) || OPENS.test(prompt.slice(0, at))) return word;
			const u = used.get(word.toLowerCase());
			if (!u) return word;
			const key = word.toLowerCase();
			if (/^\p{Lu}/u.test(word)) {
				// "Hester Quayle": a capital beside another capitalised word is part of a name.
				const beside = /\p{Lu}\p{Ll}*\s$/u.test(prompt.slice(0, at)) || /^\s\p{Lu}/u.test(prompt.slice(at + word.length));
				return u.capital || u.named || beside || names.has(key) ? word : word[0].toLowerCase() + word.slice(1);
			}
			// Only a word moved from a sentence's start takes its capital back, and only a name's: "Fire" of
			// "Bureau of Fire Protection" leaves "the fire officer" alone (a common word in a body's name is no name by itself).
			const name = people.has(key) || !isCommonWord(word);
			return u.capital && !u.lower && u.initial && name ? word[0].toUpperCase() + word.slice(1) : word;
		});
}
