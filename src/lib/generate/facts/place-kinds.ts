import { normaliseAnswer } from '../../quiz/normalise';
import sorts from '../data/name-sorts.json';
import type { Token } from '../tokens';
import type { NameRun } from './names';
import type { FactRecord } from './types';

/**
 * The kind of place the article itself says a name is: "the island of Andøya", "the towns of
 * Münster and Osnabrück", "Europa, a moon of Jupiter", "the depression known as Grímsvötn". A
 * wrong choice of another stated kind ("the town of Kongsberg" for an island, a moon for a
 * village) is plainly wrong to anyone who reads the prompt, which often names the kind itself.
 */

/** General English nouns for kinds of place, in the groups that are fair swaps for each other (a town for a village, a county for a province). */
const GROUPS = new Map(Object.entries(sorts.placeKinds).flatMap(([group, words]) => words.split(/\s+/).map((w) => [w, group] as const)));

const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : '');
const singular = (w: string) => (/ies$/.test(w) ? w.replace(/ies$/, 'y') : w.replace(/(?<!s)s$/, ''));
const isNoun = (t: Token | undefined) => !!t && /^\p{Ll}+$/u.test(t.text) && t.tags.has('Noun') && !t.tags.has('Pronoun');

/** A stated kind: its group when it has one, else the noun itself ("moon", "depression"). */
const kindOf = (noun: string) => GROUPS.get(singular(noun)) ?? singular(noun);

/** The noun at the end of "a remote moon" from token `i` on: the last noun before a preposition, a comma or a verb. */
function appositiveNoun(tokens: Token[], i: number): string | undefined {
	let noun: string | undefined;
	for (let j = i; j < tokens.length && /^\p{Ll}+$/u.test(tokens[j].text); j++) {
		const t = tokens[j];
		if (!t.tags.has('Noun') && !t.tags.has('Adjective')) break;
		if (isNoun(t)) noun = t.text.toLowerCase();
		if (t.post.trim() !== '') break;
	}
	return noun;
}

/**
 * The kind the sentence states for the name at `run`, and whether it was said in the plural (so
 * it goes on to the next name of a list: "the bishoprics of Bremen and Verden"). `listKind` is the
 * plural kind of the list this name continues, if any.
 */
export function statedKind(tokens: Token[], run: NameRun, listKind?: string): { kind: string; plural: boolean } | undefined {
	const before = tokens[run.from - 1];
	const head = tokens[run.from - 2];
	// "the island of Andøya": only a noun of a known kind, since "the coast of Ghana" or "the capital of Norway" is a part of the place, not its kind.
	if (lower(before) === 'of' && isNoun(head) && GROUPS.has(singular(lower(head))) && lower(head) !== 'capital')
		return { kind: kindOf(lower(head)), plural: singular(lower(head)) !== lower(head) };
	// "the depression known as Grímsvötn", "a village called Ashby".
	const naming = lower(before) === 'as' && lower(head) === 'known' ? tokens[run.from - 3] : /^(?:called|named)$/.test(lower(before)) ? head : undefined;
	if (isNoun(naming)) return { kind: kindOf(lower(naming)), plural: false };
	if (listKind) return { kind: listKind, plural: true };
	const last = tokens[run.to - 1];
	const next = tokens[run.to];
	// "Europa, a moon of Jupiter", "Mati, the provincial capital": an apposition says what the name is.
	if (/^,\s*$/.test(last.post) && /^(?:a|an|the)$/.test(lower(next))) {
		const noun = appositiveNoun(tokens, run.to + 1);
		if (noun) return { kind: kindOf(noun), plural: false };
	}
	// "the Belém district": a kind noun right after the name.
	if (last.post === ' ' && isNoun(next) && GROUPS.has(lower(next))) return { kind: kindOf(lower(next)), plural: false };
	return undefined;
}

/** Every kind the article states for each place name, by its normalised text. */
export function placeKinds(all: FactRecord[]): Map<string, Set<string>> {
	const kinds = new Map<string, Set<string>>();
	for (const f of all) if (f.kind === 'place' && f.kinds) kinds.set(normaliseAnswer(f.text), new Set(f.kinds));
	return kinds;
}

/**
 * Whether a place of stated kinds `choice` is a fair swap for a key of stated kinds `key`: they
 * share a kind; or the key is a settlement and the choice is of no stated kind (a bare place
 * name is most often a town); or the key's kind is unstated and the choice is at least a town,
 * a region or an island (never "a moon", "a depression").
 */
export function kindFits(key: Set<string> | undefined, choice: Set<string> | undefined): boolean {
	if (key && choice) return [...choice].some((k) => key.has(k));
	if (key) return key.has('settlement');
	return !choice || [...choice].some((k) => k === 'settlement' || k === 'area' || k === 'island');
}
