import { escapeRegExp, outsideQuotes } from './english';
import { tokenize } from './tokens';

/**
 * Which named person a "he" or "she" can mean. "Rivas beat Okoro in three sets. She remains No. 4"
 * names two women before "she": a reader cannot tell which one, so neither may be put in its place.
 * A person fits a pronoun unless the article shows them to be of the other gender; a pronoun is
 * resolved only when exactly one person fits.
 */

export type Gender = 'he' | 'she';

/** For each person the article names in full, the gender the article shows, or null when it shows none. */
export type PeopleGenders = Map<string, Gender | null>;

/** Honorifics and titles that say a gender: a closed class. */
const TITLED: Record<string, Gender> = {
	mr: 'he',
	sir: 'he',
	lord: 'he',
	king: 'he',
	prince: 'he',
	duke: 'he',
	count: 'he',
	baron: 'he',
	brother: 'he',
	father: 'he',
	mrs: 'she',
	ms: 'she',
	miss: 'she',
	dame: 'she',
	lady: 'she',
	queen: 'she',
	princess: 'she',
	duchess: 'she',
	countess: 'she',
	baroness: 'she',
	sister: 'she',
	mother: 'she'
};

const surname = (name: string) => name.split(/\s+/).at(-1) ?? name;
const patterns = new Map<string, RegExp>();
/** Whether a text names a word or name whole; each name's pattern is built once, since every sentence is read for every person. */
const mentions = (text: string, name: string) => {
	const known = patterns.get(name) ?? new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'u');
	if (patterns.size > 2000) patterns.clear();
	patterns.set(name, known);
	return known.test(text);
};

/** The gender a pronoun says: "he", "him", "his" a man; "she", "her", "hers" a woman; others none. */
export function pronounGender(word: string): Gender | null {
	const w = word.toLowerCase();
	return /^(?:he|him|his|himself)$/.test(w) ? 'he' : /^(?:she|her|hers|herself)$/.test(w) ? 'she' : null;
}

/**
 * The gender the article shows for each person: a gendered title before the name ("Sister Agnes
 * Dorrit", "Mr. Hale"), a given name the tagger knows as a man's or a woman's, or else the pronouns
 * of the sentences that name that person and no one else ("Keïta, making her first appearance …").
 */
export function peopleGenders(names: Iterable<string>, sentences: string[]): PeopleGenders {
	const all = [...new Set(names)];
	// The surnames each sentence names, read once for every person's look.
	const named = sentences.map((s) => new Set(all.map(surname).filter((n) => s.includes(n) && mentions(s, n))));
	const out: PeopleGenders = new Map();
	for (const name of all) {
		const titled = new RegExp(`\\b(\\p{Lu}\\p{Ll}+)\\.? ${escapeRegExp(name)}\\b`, 'u');
		// "Mr. Veitch": a name that opens on its honorific carries its own title.
		const opening = name.includes(' ') ? name.split(/\s+/)[0].replace(/\.$/, '').toLowerCase() : '';
		const title =
			opening in TITLED
				? opening
				: sentences.map((s) => (s.includes(name) ? titled.exec(s)?.[1].toLowerCase() : undefined)).find((t) => t !== undefined && t in TITLED);
		// The given name alone: beside a surname the tagger may read "Helen Marsh" as a place.
		const given = tokenize(name.split(/\s+/)[0])[0];
		const tagged = given?.tags.has('FemaleName') ? 'she' : given?.tags.has('MaleName') ? 'he' : null;
		out.set(name, title ? TITLED[title] : name.includes(' ') && tagged ? tagged : fromPronouns(surname(name), named, sentences));
	}
	return out;
}

/** The one gender the pronouns take in the sentences that name this person alone (and the next sentence when it opens with one), or null. */
function fromPronouns(own: string, named: Set<string>[], sentences: string[]): Gender | null {
	const counts = { he: 0, she: 0 };
	sentences.forEach((s, i) => {
		if (!named[i].has(own) || named[i].size > 1) return;
		const text = `${outsideQuotes(s)} ${(/^(?:He|She|His|Her)\b/.exec(sentences[i + 1] ?? '') ?? [''])[0]}`;
		for (const m of text.matchAll(/\b(?:he|him|his|she|her|hers)\b/gi)) counts[pronounGender(m[0]) ?? 'he']++;
	});
	return counts.he > 0 && counts.she === 0 ? 'he' : counts.she > 0 && counts.he === 0 ? 'she' : null;
}

/** Whether a person can be what the pronoun means: their gender is unknown or the pronoun's. */
const fits = (people: PeopleGenders, name: string, gender: Gender) => {
	const g = people.get(name);
	return g === null || g === undefined || g === gender;
};

/** The people of the map a text names, by full name or surname, in the order they first appear. */
function peopleIn(text: string, people: PeopleGenders): string[] {
	const found = [...people.keys()].filter((n) => mentions(text, n) || mentions(text, surname(n)));
	const at = (n: string) => Math.max(text.search(new RegExp(escapeRegExp(surname(n)), 'u')), 0);
	return found.sort((a, b) => at(a) - at(b));
}

/**
 * Whether a "he" or "she" could mean two people of a text: two that fit, or one that fits other
 * than the one the caller would put in its place (`chosen`, a name as the text words it).
 */
export function ambiguousPronoun(pronoun: string, text: string, people: PeopleGenders, chosen?: string): boolean {
	const gender = pronounGender(pronoun);
	if (!gender) return false;
	const fitting = peopleIn(text, people).filter((n) => fits(people, n, gender));
	if (chosen === undefined) return fitting.length > 1;
	const isChosen = (n: string) => n === chosen || surname(n) === surname(chosen);
	return fitting.some((n) => !isChosen(n)) || peopleIn(chosen, people).some((n) => !fits(people, n, gender));
}
