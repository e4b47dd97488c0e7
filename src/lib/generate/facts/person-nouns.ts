import type { Token } from '../tokens';
import { tokenize } from '../tokens';
import { ROLE_NOUNS } from './lexicon';
import type { NameRun } from './names';
import { possessor } from './person-shapes';

/**
 * Narratives (reviews, profiles, obituaries) name people with shapes that carry no title or
 * speech verb: a noun for a person before "named" ("a widower named Ambrose Halloran"), a role
 * that the name completes after "is" ("Its narrator is Agnes Pell"), and an appositive whose head
 * is a noun for a person ("Tobias Venn, a clockmaker who …", "Ada Pell, the daughter of a pilot").
 * A noun for a person is a role noun, one compromise tags an actor, or a kinship noun.
 */

/** Kinship nouns: a closed class, which compromise tags as actors only in part ("widower", "niece"). */
export const KIN = new Set(
	'mother father daughter son wife husband sister brother aunt uncle niece nephew cousin widow widower grandmother grandfather granddaughter grandson stepmother stepfather stepdaughter stepson fiancé fiancée partner'.split(
		' '
	)
);

/** Whether a token is a noun for a person: "clockmaker", "narrator", "widower", "coach". */
export function isPersonNoun(t: Token | undefined): boolean {
	if (!t) return false;
	const w = t.text.toLowerCase();
	if (/^\p{Lu}/u.test(t.text) || !t.tags.has('Noun') || t.tags.has('Plural')) return false;
	return ROLE_NOUNS.has(w) || KIN.has(w) || t.tags.has('Actor');
}

/**
 * The head of the noun phrase that opens `text`: the last noun of the run of adjectives and
 * nouns after its determiner ("a Swedish shipyard engineer she met" → "engineer"; "a small firm
 * of clockmakers" → "firm").
 */
function headOf(tokens: Token[]): Token | undefined {
	let i = 0;
	while (i < tokens.length && (tokens[i].tags.has('Determiner') || tokens[i].tags.has('Possessive'))) i++;
	if (i === 0) return undefined;
	let head: Token | undefined;
	for (; i < tokens.length; i++) {
		const t = tokens[i];
		if (!(t.tags.has('Adjective') || t.tags.has('Noun')) || t.tags.has('Pronoun')) break;
		if (t.tags.has('Noun')) head = t;
		if (t.post.trim() !== '') break;
	}
	return head;
}

/** Whether an appositive's own head is a noun for a person: "a clockmaker who …", "the daughter of a pilot". */
export const headsOnPerson = (appositive: string) => isPersonNoun(headOf(tokenize(appositive)));

/** "a widower named Ambrose Halloran", "a clerk called Veitch": the noun phrase before "named" or "called", when its head is a person's. */
export function namedBefore(tokens: Token[], run: NameRun, sentence: string): string | undefined {
	const verb = tokens[run.from - 1];
	const noun = tokens[run.from - 2];
	if (!verb || !/^(?:named|called)$/.test(verb.text) || !isPersonNoun(noun) || noun.post.trim() !== '') return undefined;
	const m = /(?:^|\s)((?:a|an|the|A|An|The)\s(?:[\p{Ll}-]+\s){0,3})$/u.exec(sentence.slice(0, noun.start));
	return m ? `${m[1]}${noun.text}`.replace(/^\p{Lu}/u, (c) => c.toLowerCase()) : undefined;
}

/**
 * "Its narrator is Agnes Pell", "The winner was Sam Ode.": a role the name completes after "is" or
 * "was", the name closing the clause. "Its" and "their" take their owner from the sentence before
 * (`possessor`): "the novel’s narrator".
 */
export function roleIsName(sentence: string, run: NameRun, previous?: { text: string; tokens: Token[] }): string | undefined {
	if (!/^(?:[,.;:]|$)/.test(sentence.slice(run.end))) return undefined;
	const m = /(?:^|[\s,;:])((the|its|his|her|their)\s(?:[\p{Ll}-]+\s){0,2}?([\p{Ll}-]+)) (?:is|was) $/iu.exec(sentence.slice(0, run.start));
	if (!m) return undefined;
	const head = tokenize(m[1]).at(-1);
	if (!isPersonNoun(head)) return undefined;
	const title = m[1].split(/\s+/).slice(1).join(' ');
	if (/^the$/i.test(m[2])) return `the ${title}`;
	const owner = m.index === 0 ? possessor(m[2], previous) : undefined;
	return owner ? `${owner}${/s$/.test(owner) ? '’' : '’s'} ${title}` : title;
}
