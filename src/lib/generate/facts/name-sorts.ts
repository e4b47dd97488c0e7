import { normaliseAnswer } from '../../quiz/normalise';
import sorts from '../data/name-sorts.json';
import type { OrganisationFact, PlaceFact } from './types';

/**
 * The fine sort of a place or organisation, read from the words of its name: a river is offered
 * only beside rivers and lakes, a stadium beside grounds, a company beside companies, a
 * university beside universities. The words are general English (data/name-sorts.json), not
 * words of any article.
 */
export type PlaceSort = 'country' | 'continent' | 'named' | 'institution' | 'locality' | 'locality|the' | keyof typeof sorts.place;
export type OrganisationSort = 'club' | 'organisation' | keyof typeof sorts.organisation;

const index = (lists: Record<string, string>) => new Map(Object.entries(lists).flatMap(([sort, words]) => words.split(/\s+/).map((w) => [w, sort] as const)));
const PLACE_WORDS = index(sorts.place);
const ROLE_WORDS = index(sorts.person);
const ORG_WORDS = index(sorts.organisation);
const ORG_TITLES = index(sorts.organisationTitles);

/** The sort the word before a name gives it: "the charity Play Out Loud", "the brokerage Sông Hồng Securities". */
export const titleSort = (word: string): string | undefined => ORG_TITLES.get(word.toLowerCase());

const wordsOf = (name: string) => normaliseAnswer(name).split(' ').filter(Boolean);

/** The sort a name's head word gives: the last word first ("Thames River"), else the first ("River Thames", "Gulf of Guinea"). */
function headSort(name: string, words: Map<string, string>): string | undefined {
	const w = wordsOf(name);
	const head = /^(\S+) of /.exec(normaliseAnswer(name))?.[1];
	return words.get(w[w.length - 1]) ?? (head ? words.get(head) : undefined) ?? words.get(w[0]) ?? w.map((x) => words.get(x)).find(Boolean);
}

const NOT_PERSON = index(sorts.notPerson);

/**
 * Whether a name read as a person's is plainly a club's, a company's, a place's or a body's
 * ("Dunmore City", "Kelderby Energi", "Halden Group"): such a name is never offered among people.
 */
export function looksLikeNonPerson(name: string): boolean {
	const words = wordsOf(name);
	if (words.length < 2) return false;
	const last = words[words.length - 1];
	// Place words ("Hill", "Field", "Court") are surnames too often to tell anything.
	return NOT_PERSON.has(last) || ORG_WORDS.has(last) || words[0] === 'fc';
}

/** Well-known rivers, seas, mountain ranges, deserts and regions that carry no sort word ("the Danube", "Scandinavia"). */
const KNOWN_PLACES = index(sorts.knownPlaces);

/**
 * "Mateo Ferreira of Portugal", "Anna Ivanova of Russia": the name of two capitalised words before
 * "of" and a place, the person the place is an affiliation of; null for "Democratic Republic of
 * the Congo", "Gulf of Guinea" and other names of one place.
 */
export function affiliatedName(text: string): string | null {
	const m = /^(\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+) of \p{Lu}/u.exec(text);
	return m && !/^(?:Democratic|United|Federal|Islamic|Socialist|Federated|Principality|Grand) /.test(text) ? m[1] : null;
}

export function placeSort(fact: Pick<PlaceFact, 'text' | 'placeClass' | 'nameClass'>): PlaceSort {
	// "Gulf of Guinea", "Bay of Bengal": a sea named after a country is a sea, never offered among countries.
	const of = /^(\S+) of /.exec(normaliseAnswer(fact.text))?.[1];
	if (of && PLACE_WORDS.has(of)) return PLACE_WORDS.get(of) as PlaceSort;
	// "Mateo Ferreira of Portugal": a person's name before "of" and a country is no country, nor any place.
	if (affiliatedName(fact.text)) return 'named';
	if (fact.placeClass === 'country') return 'country';
	if (fact.nameClass === 'continent') return 'continent';
	// "the Defenestration of Prague", "the Hall of Peace": an event or building named "X of Y".
	if (fact.nameClass === 'named') return 'named';
	const known = KNOWN_PLACES.get(fact.text.replace(/^the /i, ''));
	if (known) return known as PlaceSort;
	const sort = headSort(fact.text, PLACE_WORDS) as PlaceSort | undefined;
	if (sort) return sort;
	// "Parliament", "the County Council": a body read as a place is no site, so never offered beside towns.
	if (wordsOf(fact.text).some((w) => ORG_WORDS.get(w) === 'agency')) return 'institution';
	// "the Danube", "the Andes", "the U.S.": a bare name the article writes with "the" is no town.
	return fact.nameClass.endsWith('|the') ? 'locality|the' : 'locality';
}

export function organisationSort(fact: Pick<OrganisationFact, 'text' | 'nameClass'>): OrganisationSort {
	if (fact.nameClass === 'journal') return 'publication';
	if (fact.nameClass === 'club') return 'club';
	const titled = /^organisation:(\w+)/.exec(fact.nameClass)?.[1];
	if (titled) return titled as OrganisationSort;
	return (headSort(fact.text, ORG_WORDS) as OrganisationSort | undefined) ?? 'organisation';
}

/** The group a person's role puts them in (player, staff, official, scholar, business, arts): its last role word decides. */
export function personSort(role: string | undefined): string {
	const words = wordsOf(role ?? '');
	for (let i = words.length - 1; i >= 0; i--) {
		const sort = ROLE_WORDS.get(words[i]);
		if (sort) return sort;
	}
	return 'person';
}

/** Words that say what sort a name is, dropped when two names are compared: "River Thames" is "Thames". */
const SORT_WORDS = new Set([...PLACE_WORDS.keys(), ...ORG_WORDS.keys(), 'of', 'the', 'and', 'city']);

/** A name's distinctive words: lower case, no article, no sort words ("River", "University of"). */
export function coreWords(name: string): string[] {
	const all = wordsOf(name);
	const core = all.filter((w) => !SORT_WORDS.has(w));
	// "wickets" and "wicket" are one word for this comparison.
	return (core.length > 0 ? core : all).map((w) => (w.length > 3 ? w.replace(/(?:es|s)$/, '') : w));
}

/** Initials of a name's capitalised words: "European Space Agency" -> "esa". */
const initials = (name: string) =>
	name
		.split(/\s+/)
		.filter((w) => /^\p{Lu}/u.test(w))
		.map((w) => w[0].toLowerCase())
		.join('');

const isInitial = (word: string) => /^\p{Lu}\.?$/u.test(word);

/**
 * "H. Marlowe" and "Hester Marlowe", "J. C. Farrant" and "John Farrant": one surname, and each
 * initial of one the first letter of the other's given name in its place (the other given names
 * the same). "H. Marlowe" and "Thomas Marlowe" are two people.
 */
function initialled(a: string, b: string): boolean {
	const x = a.split(/\s+/);
	const y = b.split(/\s+/);
	if (x.length < 2 || y.length < 2 || x.at(-1) !== y.at(-1) || ![...x, ...y].some(isInitial)) return false;
	for (let i = 0; i < Math.min(x.length, y.length) - 1; i++) {
		const [p, q] = [x[i], y[i]];
		if (isInitial(p) || isInitial(q) ? p[0] !== q[0] : p !== q) return false;
	}
	return true;
}

/**
 * Whether two names may stand for the same thing: the same distinctive words ("River Thames" and
 * "Thames"), one's words all within the other's ("Kyiv" and "Kyiv region"), one the other's
 * initials ("ESA" and "European Space Agency"), or a person's given names cut to initials ("H.
 * Marlowe" and "Hester Marlowe"). Two such names are never both choices.
 */
export function sameName(a: string, b: string): boolean {
	const x = coreWords(a);
	const y = coreWords(b);
	const [short, long] = x.length <= y.length ? [x, y] : [y, x];
	if (short.every((w) => long.includes(w))) return true;
	const acronym = (s: string, other: string) => /^\p{Lu}{2,6}$/u.test(s) && initials(other).length >= 2 && s.toLowerCase() === initials(other);
	return acronym(a, b) || acronym(b, a) || initialled(a, b);
}
