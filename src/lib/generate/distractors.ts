import { normaliseAnswer } from '../quiz/normalise';
import { parseNumber } from '../quiz/parse-number';
import type { FactRecord, OrganisationFact, PersonFact, PlaceFact } from './facts/types';
import fallbackNames from './data/fallback-names.json';
import { hash32 } from './hash';
import { looksLikeNonPerson, organisationSort, personSort, placeSort, sameName } from './facts/name-sorts';
import { kindFits, placeKinds } from './facts/place-kinds';
import { honorificBeforeBlank, opensOnHonorific, regionAfterBlank } from './distractors-form';

/**
 * Wrong answers of the same kind as the right one: other numbers, people, places,
 * organisations or dates of the same article first, then kind-appropriate fallbacks (nearby
 * numbers rounded like the answer, nearby years and days). Never equal to the answer or to each
 * other after `normaliseAnswer`; the choice among candidates follows a hash, never chance.
 */

export { dateDistractors } from './date-distractors';
export { formatNumber, numberDistractors } from './number-distractors';

const REGNAL = /\s[IVX]+$/;

/** A fact that names something: a person, a place or an organisation. */
export type NameFact = PersonFact | PlaceFact | OrganisationFact;

/** The fine sort a name is swapped within: a river for a river, a company for a company, a player for a player. */
function sortOf(f: NameFact, roles: Map<string, string> = new Map()): string {
	if (f.kind === 'place') return placeSort(f);
	if (f.kind === 'organisation') return organisationSort(f);
	// A person named here without a title takes the one the article gives elsewhere.
	return personSort(f.role ?? roles.get(f.key));
}

/**
 * The shipped list a name's sort falls back on, only where that list is the whole of the key's
 * sort and as familiar as the key: countries. Invented people, or famous firms, towns and
 * charities beside the one little-known name the article uses, leave the key the odd one out.
 */
function fallbackFor(fact: NameFact): string[] {
	return fact.kind === 'place' && sortOf(fact) === 'country' ? fallbackNames.country : [];
}

/** Every word of every person's name in the article: "Olav" of "Olav Salvesen" is no town. */
function personWords(all: FactRecord[]): Set<string> {
	return new Set(all.flatMap((f) => (f.kind === 'person' ? normaliseAnswer(f.key).split(' ') : [])));
}

/** "Harbour City and Northfield", "Dr. Verhoeven and Rafael Mendes": a name joined to the answer by "and" or "or" answers with it. */
export const coordinated = (a: FactRecord, b: FactRecord) =>
	a.sentence === b.sentence && (b.start >= a.end ? b.start - a.end <= 10 : a.start >= b.end && a.start - b.end <= 10);

/** "United States" when the prompt says "U.S.": a name the prompt gives by its initials is in the prompt. */
function abbreviatedIn(name: string, prompt: string): boolean {
	const initials = name
		.split(/\s+/)
		.filter((w) => /^\p{Lu}/u.test(w))
		.map((w) => w[0]);
	if (initials.length < 2) return false;
	return new RegExp(`(?<![\\p{L}.])${initials.join('\\.?')}\\.?(?![\\p{L}])`, 'u').test(prompt);
}

/** The side a player's role names: "Rovers" of "Rovers winger", "Sparta" of "Sparta goalkeeper". */
const sideOf = (role: string | undefined) =>
	(role ?? '')
		.split(/\s+/)
		.filter((w) => /^\p{Lu}/u.test(w))
		.join(' ');

/** The last word of a role: "winger" of "Rovers winger". */
const roleWord = (role: string | undefined) =>
	normaliseAnswer(role ?? '')
		.split(' ')
		.pop() ?? '';

/**
 * How close a person choice stands to the answer beyond their common sort: of the same side
 * ("Rovers winger" beside "Rovers striker", not the opposing midfielder), then of the same role;
 * a goalkeeper is a poor choice for an outfield player's deed and the other way round.
 */
function closeness(a: string | undefined, b: string | undefined): number {
	const side = sideOf(a);
	const keeper = (r: string | undefined) => roleWord(r) === 'goalkeeper';
	return (side !== '' && side === sideOf(b) ? 2 : 0) + (roleWord(a) !== '' && roleWord(a) === roleWord(b) ? 1 : 0) - (keeper(a) !== keeper(b) ? 1 : 0);
}

/** What the article's facts say about its names, read once per article rather than once per question. */
interface ArticleNames {
	roles: Map<string, string>;
	people: Set<string>;
	otherNames: Set<string>;
	kinds: Map<string, Set<string>>;
	genders: Map<string, string>;
	/** Every word of every fact's text: the fallback list never shares one. */
	words: Set<string>;
	/** Each fact's name text (a person's key, another's text) normalised. */
	keys: Map<FactRecord, string>;
}

const namesOf = new WeakMap<FactRecord[], ArticleNames>();

function articleNames(all: FactRecord[]): ArticleNames {
	const known = namesOf.get(all);
	if (known) return known;
	const roles = new Map<string, string>();
	for (const f of all) if (f.kind === 'person' && f.role && !roles.has(f.key)) roles.set(f.key, f.role);
	const keys = new Map<FactRecord, string>();
	for (const f of all)
		if (f.kind === 'person' || f.kind === 'place' || f.kind === 'organisation') keys.set(f, normaliseAnswer(f.kind === 'person' ? f.key : f.text));
	const names: ArticleNames = {
		roles,
		// "Mateo Ferreira of Portugal" as a place: a name that holds a person's is of no one sort.
		people: personWords(all),
		// "Dunmore", "Harbour City" read as a person in one sentence and as a place or a club in another is no person.
		otherNames: new Set(all.flatMap((f) => (f.kind === 'place' || f.kind === 'organisation' ? [normaliseAnswer(f.text)] : []))),
		kinds: placeKinds(all),
		genders: new Map(all.flatMap((f) => (f.kind === 'person' && f.gender ? [[f.key, f.gender] as const] : []))),
		words: new Set(all.flatMap((f) => normaliseAnswer(f.text).split(' '))),
		keys
	};
	namesOf.set(all, names);
	return names;
}

/**
 * Other names of the same kind and fine sort from the article (people of the same role group
 * first), never the answer, a name that answers with it, a name in the prompt or two names for
 * one thing; a hand-checked list of the same sort fills in when the article has too few.
 * Keys in `prefer` (the other speakers, for "Who said …?") come before all others.
 */
export function entityDistractors(
	fact: NameFact,
	all: FactRecord[],
	prompt: string,
	seed: string,
	n = 3,
	fallback = true,
	prefer: Set<string> = new Set()
): string[] {
	const answer = fact.kind === 'person' ? fact.key : fact.answer;
	const promptText = ` ${normaliseAnswer(prompt)} `;
	const { roles, people, otherNames, kinds, genders, words, keys } = articleNames(all);
	const sort = sortOf(fact, roles);
	const holdsPerson = (text: string) =>
		normaliseAnswer(text)
			.split(' ')
			.some((w) => people.has(w));
	if (fact.kind !== 'person' && holdsPerson(answer)) return [];
	if (fact.kind === 'place' && regionAfterBlank(prompt)) return [];
	const titled = honorificBeforeBlank(prompt);
	const chosen: string[] = [answer];
	// "Pope Alexander VII" is offered among regnal names only, never among ordinary names.
	const fresh = (text: string) =>
		!chosen.some((c) => sameName(c, text)) &&
		!promptText.includes(` ${normaliseAnswer(text)} `) &&
		!abbreviatedIn(text, prompt) &&
		REGNAL.test(answer) === REGNAL.test(text);
	const keyKinds = kinds.get(normaliseAnswer(answer));
	const pool = new Map<string, { text: string; same: boolean; close: number }>();
	for (const f of all) {
		if (f.kind !== fact.kind || f.key === fact.key || coordinated(f, fact)) continue;
		const text = f.kind === 'person' ? f.key : f.text;
		const key = keys.get(f) ?? normaliseAnswer(text);
		if (pool.has(key) || !fresh(text) || (f.kind !== 'person' && holdsPerson(text))) continue;
		if (f.kind === 'person' && (text.split(/\s+/).length < 2 || (titled && opensOnHonorific(text)))) continue;
		// "Who said …?" among people only: a club or a firm misread as a person is plainly wrong.
		if (f.kind === 'person' && (looksLikeNonPerson(text) || otherNames.has(key))) continue;
		// "when Nowakowski met a cross": a choice the prompt names by surname is plainly not the answer.
		if (f.kind === 'person' && promptText.includes(` ${normaliseAnswer(text.split(/\s+/).pop() ?? '')} `)) continue;
		const same = sortOf(f, roles) === sort;
		// A place or organisation of another sort is plainly wrong: a stadium among cities, a firm among agencies.
		if (!same && f.kind !== 'person') continue;
		// "the island of ____" among towns, "the village of ____" beside a moon: the article says what kind of place each is.
		if (f.kind === 'place' && fact.kind === 'place' && !kindFits(keyKinds, kinds.get(key))) continue;
		// A coach is not offered among players, nor a minister among scientists; a speaker may be anyone who spoke.
		if (!same && fallback && sort !== 'person' && sortOf(f, roles) !== 'person') continue;
		const close = f.kind === 'person' && fact.kind === 'person' ? closeness(f.role ?? roles.get(f.key), fact.role ?? roles.get(fact.key)) : 0;
		pool.set(key, { text, same: same && (f.kind !== 'place' || fact.kind !== 'place' || !!f.city === !!fact.city), close });
	}
	const first = (text: string) => Number(prefer.has(text));
	// "Who won the women's final?": a man the article names is a poor choice beside its women.
	const gender = fact.kind === 'person' ? fact.gender : undefined;
	const fits = (text: string) => Number(!gender || !genders.has(text) || genders.get(text) === gender);
	// "Kari Salvesen" beside "Ingrid Salvesen": a relative of the key is the choice that confuses, not tests.
	const surname = (text: string) => text.split(/\s+/).pop();
	const kin = (text: string) => Number(fact.kind === 'person' && surname(text) === surname(answer));
	const ranked = [...pool.values()].sort(
		(a, b) =>
			first(b.text) - first(a.text) ||
			kin(a.text) - kin(b.text) ||
			fits(b.text) - fits(a.text) ||
			Number(b.same) - Number(a.same) ||
			b.close - a.close ||
			hash32(seed + a.text) - hash32(seed + b.text)
	);
	for (const r of ranked) if (chosen.length <= n && fresh(r.text)) chosen.push(r.text);
	if (chosen.length > n || !fallback) return chosen.slice(1);
	// Too few in the article for a choice: names of the same sort from a small hand-checked list,
	// sharing no word with a name the article uses ("Samuel Osei" beside "Daniel Osei" would mislead).
	const spare = fallbackFor(fact).filter(
		(name) =>
			!normaliseAnswer(name)
				.split(' ')
				.some((w) => words.has(w))
	);
	spare.sort((a, b) => hash32(seed + a) - hash32(seed + b));
	for (const name of spare) if (chosen.length <= n && fresh(name)) chosen.push(name);
	return chosen.slice(1);
}

/**
 * Places the answer among the distractors at a position chosen by the hash of the question id,
 * so the right answer moves around but the same question always looks the same. Numbers are
 * shown in ascending order instead (their position then depends on the distractors' factors).
 */
export function arrange(answer: string, distractors: string[], id: string, numeric: boolean): { choices: string[]; answer: number } {
	if (numeric) {
		const values = (s: string) => parseNumber(s) ?? 0;
		const choices = [answer, ...distractors].sort((a, b) => values(a) - values(b) || a.localeCompare(b));
		return { choices, answer: choices.indexOf(answer) };
	}
	const at = hash32(id) % (distractors.length + 1);
	const choices = [...distractors];
	choices.splice(at, 0, answer);
	return { choices, answer: at };
}
