import { MONTHS, WEEKDAYS } from './calendar';
import { escapeRegExp } from './english';
import { APPOSED_NAME, APPOSITION_MODIFIER } from './references-bodies';
import { nounForms } from './references-introductions';
import { tokenize } from './tokens';

/**
 * "the paper" of an article whose lead says "turned to a single sheet of paper: the Fenmouth
 * Gazette" and later "the Gazette, a weekly paper of four pages": the lead makes the paper what the
 * article is about, but a prompt copied out of it still says only "the paper". Where the article
 * sets one name beside the noun, the name says which paper to a reader who has not read the lead;
 * where the lead pins the noun to one place ("the keeper's bell at Gullhead Point"), the place does.
 */

/** Up to three lower-case words before the noun, none a preposition: "a weekly paper", not "a member of the paper". */
const MODIFIERS = `${APPOSITION_MODIFIER}{0,3}`;

/** What may follow the noun when the name is set beside it: a mark, or a phrase that goes on about the noun itself. */
const ENDS = '(?=[,.;:)]|$| (?:that|which|who|whose|where|in|of|at|on|for|with|from|by|since)\\b)';

/** A "name" that is a month or a weekday ("in March, the deepest berth"). */
const datedName = (name: string) => name.split(' ').some((w) => MONTHS.includes(w.toLowerCase()) || WEEKDAYS.includes(w.toLowerCase()));

/**
 * The names a text sets in apposition with a noun: "NAME, a weekly paper", "the paper, NAME,",
 * "a sheet of paper: the NAME". A person's name ("Josiah Marlowe, a printer") names no thing and
 * is left out, and so is a date ("in March, the deepest berth"): `people` holds the words of the article's people's names.
 */
function namesBeside(text: string, head: string, people: Set<string>): string[] {
	const noun = `(?:${nounForms(head).map(escapeRegExp).join('|')})`;
	const patterns = [
		new RegExp(`${APPOSED_NAME}, (?:the|a|an) ${MODIFIERS}${noun}${ENDS}`, 'gu'),
		new RegExp(`\\b[Tt]he ${MODIFIERS}${noun}, ${APPOSED_NAME},`, 'gu'),
		new RegExp(`\\b${noun}: (?:[Tt]he )?${APPOSED_NAME}`, 'gu')
	];
	// "Today, a new paper …": a word any sentence may open with is no name, and the article writes it in lower case too.
	const found = patterns.flatMap((p) => [...text.matchAll(p)].map((m) => m[1].replace(/^The /, '')));
	const lower = (name: string) => !name.includes(' ') && new RegExp(`\\b${escapeRegExp(name.toLowerCase())}\\b`).test(text);
	return found.filter(
		(name) =>
			!lower(name) &&
			!name.split(' ').some((w) => people.has(w)) &&
			!tokenize(name).some((t) => t.tags.has('Person') || t.tags.has('Honorific')) &&
			!datedName(name)
	);
}

/**
 * The one name an article sets beside a noun, with "the" where the article says it ("the Fenmouth
 * Gazette"); a shorter name inside a longer one is the same thing ("Gazette"). Null when it sets
 * none or several: the lead's noun is then left as the article's own.
 */
export function nameBesideNoun(article: string, head: string, people: Set<string> = new Set()): string | null {
	const found = [...new Set(namesBeside(article, head, people))];
	const names = found.filter((a) => !found.some((b) => b !== a && b.includes(a)));
	if (names.length !== 1) return null;
	const [name] = names;
	return new RegExp(`\\b[Tt]he ${escapeRegExp(name)}\\b`).test(article) ? `the ${name}` : name;
}

/**
 * "the keeper's bell at Gullhead Point" of a lead that tells of a wreck: the lead pins its bell to
 * a named place, so "The bell was audible at about two nautical miles." copied out of the article
 * means "the bell at Gullhead Point". Null unless the lead pins the noun to exactly one place.
 */
export function pinnedInLead(lead: string, head: string): string | null {
	const noun = `(?:${nounForms(head).map(escapeRegExp).join('|')})`;
	const pinned = new RegExp(`\\b[Tt]he (?:[\\p{L}’'-]+ ){0,2}?(${noun}) (at|in|on|near) ${APPOSED_NAME}`, 'gu');
	const found = [...lead.matchAll(pinned)].filter((m) => !datedName(m[3])).map((m) => `the ${head} ${m[2]} ${m[3]}`);
	const places = [...new Set(found)];
	return places.length === 1 ? places[0] : null;
}
