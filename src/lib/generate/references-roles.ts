import { escapeRegExp, outsideQuotes } from './english';
import { tokenize } from './tokens';

/**
 * "the substitute", "the Rovers defender", "a fellow engineer": a role noun in a prompt stands
 * for a person only the article can say. Which nouns are roles, and who holds each, is read from
 * the article itself: a person named in apposition ("Castell, the other substitute,", "Solberg, a
 * curator at …") or after the noun ("substitute Ivo Sand", "the physician Dr. Ana Lee"). Two
 * holders make "the substitute" anyone's guess; one makes "a fellow engineer" that one person.
 */

/** For one role noun, by surname, each holder's full name and the words before the noun in its mentions ("Rovers"). */
export type RoleHolders = Map<string, Map<string, { name: string; words: string }>>;

const NAME = "(?:(?:Dr|Mr|Mrs|Ms|Prof)\\.? )?\\p{Lu}[\\p{L}’'-]+(?: \\p{Lu}[\\p{L}’'-]+){0,3}";
/** Words before the role noun: "the other", "the Rovers", "a Malian", "the tournament's top"; a preposition ends them ("a researcher in building energy"). */
const WORDS = "((?:(?!(?:in|of|at|for|from|to|with|on|by|and)\\b)[\\p{L}’'-]+ ){0,3})";

/** Where the noun phrase a role ends: a stop, or a preposition or relative word after it ("a curator at the museum"). */
const PHRASE_END = '(?=[,.;:)]| (?:of|at|in|for|from|with|on|who|whose|which|since|until|and)\\b)';

/** A surname is the last word of a name: "Lind" of "Ana Lind", "Marchetti" of "Dr. Elena Marchetti". */
const surname = (name: string) => name.split(' ').at(-1) ?? name;

/**
 * The role nouns of an article and who holds each. `people` holds the surnames of the people the
 * article names, so "Halvor Ferries, the Norwegian operator," gives no role: a firm holds none.
 */
export function articleRoles(article: string, people: Set<string>): RoleHolders {
	const out: RoleHolders = new Map();
	// "the first substitute": a word the article puts after an article is a noun there, whatever else it can be.
	const usedAsNoun = (word: string) => new RegExp(`\\b(?:the|an?) (?:[\\p{Ll}-]+ ){0,2}${escapeRegExp(word)}\\b`, 'u').test(article);
	const add = (role: string, name: string, words: string, asNoun: boolean) => {
		const last = surname(name);
		// "Count Maximilian von Trauttmansdorff": a short lower-case word inside a name is a particle of it, no role.
		if (!people.has(last) || role.length < 4 || !isRoleNoun(role, asNoun || usedAsNoun(role))) return;
		const holders = out.get(role) ?? new Map();
		const known = holders.get(last);
		out.set(role, holders.set(last, { name: known && known.name.length > name.length ? known.name : name, words: `${known?.words ?? ''} ${words}` }));
	};
	// "Castell, the other substitute,", "Solberg, a curator at the museum".
	for (const m of article.matchAll(new RegExp(`(${NAME}), (?:also )?(?:the|a|an) ${WORDS}(\\p{Ll}[\\p{Ll}-]+)${PHRASE_END}`, 'gu')))
		add(m[3], m[1], m[2], true);
	// "substitute Ivo Sand", "the Rovers defender Ana Lind", "Engineer Ana Moss" opening a sentence.
	// A capital opening a sentence counts when the article also writes the word in lower case ("Substitute" and "substitute").
	for (const m of article.matchAll(new RegExp(`(?<![\\p{L}’'-])${WORDS}(\\p{Ll}[\\p{Ll}-]+|(?<=^|[.!?] )\\p{Lu}\\p{Ll}+) (${NAME})`, 'gmu'))) {
		const role = m[2].toLowerCase();
		if (role === m[2] || new RegExp(`\\b${escapeRegExp(role)}\\b`).test(article)) add(role, m[3], m[1], /\b(?:the|an?) $/i.test(m[1]));
	}
	return out;
}

/**
 * A singular common noun, no preposition ("said", "beating", "against" stand before names too);
 * one that can be a verb ("substitute", "engineer") only where the article uses it as a noun.
 */
function isRoleNoun(word: string, asNoun: boolean): boolean {
	const t = tokenize(word)[0];
	return (
		t !== undefined &&
		(t.tags.has('Noun') || asNoun) &&
		!t.tags.has('Plural') &&
		(asNoun || !t.tags.has('Verb')) &&
		!t.tags.has('Preposition') &&
		!t.tags.has('Pronoun') &&
		!t.tags.has('Determiner') &&
		!t.tags.has('Conjunction')
	);
}

/** The holders of a role, or of a side's role when the prompt names the side ("the Rovers defender"). */
function holdersOf(roles: RoleHolders, role: string, side: string): { surname: string; name: string }[] {
	const holders = [...(roles.get(role) ?? [])];
	return holders.filter(([, h]) => side === '' || new RegExp(`\\b${escapeRegExp(side)}\\b`).test(h.words)).map(([surname, h]) => ({ surname, name: h.name }));
}

/**
 * The prompt with its role nouns settled: null when one of them has two or more holders in the
 * article ("the substitute" with two substitutes named); "a fellow engineer" or "the other
 * substitute" replaced by the one holder the prompt does not already name; unchanged otherwise. A role said with a name or
 * a blank beside it ("the wicketkeeper ____", "Lind, the defender,") says itself who holds it.
 */
export function settleRoles(prompt: string, roles: RoleHolders): string | null {
	if (roles.size === 0) return prompt;
	const text = outsideQuotes(prompt);
	const pattern = new RegExp(
		`\\b(?:([Tt]he other|[Aa]n?(?: fellow)?)|[Tt]he) ((?:\\p{Lu}[\\p{L}’'-]+ ){0,3})(${[...roles.keys()].map(escapeRegExp).join('|')})\\b`,
		'gu'
	);
	let out = prompt;
	for (const m of [...text.matchAll(pattern)].reverse()) {
		const after = text.slice(m.index + m[0].length);
		const before = text.slice(0, m.index);
		if (/^(?:,? (?:\p{Lu}|____|(?:Dr|Mr|Mrs|Ms)\.)|['’]s?\b|-| of\b)/u.test(after) || /(?:\p{Lu}[\p{L}’'-]*|____),? $/u.test(before)) continue;
		const other = m[1]?.toLowerCase();
		// "a substitute", "an engineer": any one of them, which asks nothing of the reader.
		if (other !== undefined && !/fellow|other/.test(other)) continue;
		const named = new Set(tokenize(text).map((t) => t.text));
		const holders = holdersOf(roles, m[3].toLowerCase(), m[2].trim());
		const left = other ? holders.filter((h) => !named.has(h.surname)) : holders;
		if (left.length > 1) return null;
		if (!other || left.length !== 1) continue;
		out = `${out.slice(0, m.index)}${left[0].name}${out.slice(m.index + m[0].length)}`;
	}
	return out;
}

/**
 * Groups the article names by their leader: "The team, led by marine biologist Dr. Helena Okafor,
 * …" gives "team" the leader Okafor. Only a person leads here, and only a singular group noun.
 */
export function groupLeaders(article: string, people: Set<string>): Map<string, Set<string>> {
	const out = new Map<string, Set<string>>();
	for (const m of article.matchAll(new RegExp(`\\b[Tt]he (\\p{Ll}+),? (?:led|headed) by (?:the )?(?:[\\p{Ll}-]+ ){0,3}(${NAME})`, 'gu'))) {
		const leader = surname(m[2]);
		const t = tokenize(m[1])[0];
		if (people.has(leader) && t?.tags.has('Noun') && !t.tags.has('Plural')) out.set(m[1], (out.get(m[1]) ?? new Set()).add(leader));
	}
	return out;
}

/**
 * "in every case the team recorded" → "in every case Okafor’s team recorded": a bare "the team"
 * said by whom it is led, when the article names one leader for it; unchanged otherwise, and in a
 * prompt that names the leader already or says "the team, led by …" itself.
 */
export function nameLedGroups(prompt: string, leaders: Map<string, Set<string>>): string {
	let out = prompt;
	for (const [group, names] of leaders) {
		const [leader] = names;
		if (names.size !== 1 || new RegExp(`\\b${escapeRegExp(leader)}\\b`).test(out)) continue;
		const bare = new RegExp(`\\b[Tt]he ${escapeRegExp(group)}\\b(?![-’'])(?!,? (?:led|headed|run) by\\b)(?!,? \\p{Lu})`, 'gu');
		out = out.replace(bare, `${leader}’s ${group}`);
	}
	return out;
}
