import { escapeRegExp, outsideQuotes } from './english';
import { ORG_WORDS } from './facts/lexicon';
import type { FactRecord } from './facts/types';
import { sentencesOf } from './references';
import { tokenize } from './tokens';
import { articleMentions, nameBareDefinite } from './references-resolve';

/**
 * "The firm", "the board", "the authority": a body a prompt names only by its kind. When the
 * article names one body of that kind, its name goes in place ("The Varnholm Port Authority plans
 * …"); when it names two, nobody can tell which is meant and the question goes.
 */

/**
 * Heads of a definite noun phrase that point back to something named earlier and that an article
 * often has several of. "The study" or "the report" of a piece about one study is no such
 * phrase: there is only one.
 */
const VAGUE_HEADS = [
	'firm',
	'company',
	'bridge',
	'city',
	'town',
	'village',
	'club',
	'ministry',
	'agency',
	'council',
	'union',
	'bill',
	'deal',
	'decline',
	'device',
	'drug',
	'system',
	'building',
	'plant',
	'group',
	'board',
	'commission',
	'committee',
	'regulator',
	'court',
	'ban'
];

/** Heads that name a body (an organisation's name may end in one: "Rail Accident Investigation Board"). */
const BODY_HEADS = ['firm', 'company', 'club', 'ministry', 'agency', 'council', 'union', 'group', 'board', 'commission', 'committee', 'court'];

/** "the firm", "the city's", "The Board": a vague head (lower case or capitalised), not followed by "of …" or a name in apposition. */
const vagueDefinitePattern = (heads: string[]) =>
	new RegExp(
		`\\b[Tt]he (${heads.map((h) => `[${h.charAt(0)}${h.charAt(0).toUpperCase()}]${h.slice(1)}`).join('|')})(?:['’]s)?(?![\\p{L}-])(?! of\\b)(?!,? (?:the )?\\p{Lu})`,
		'u'
	);
const VAGUE_DEFINITE = vagueDefinitePattern(VAGUE_HEADS);

/** Whether "the HEAD" is named in apposition right before it ("City Light Rail, the company, …"). */
const namedBefore = (text: string, at: number) => /\p{Lu}[\p{L}.’']*,? $/u.test(text.slice(0, at));

/**
 * The first "the firm" of a prompt's first sentence that no name in apposition and no earlier
 * sentence of the prompt resolves: its head word and where it stands; null when there is none.
 */
export function vagueDefinite(prompt: string, pattern = VAGUE_DEFINITE): { head: string; at: number; text: string } | null {
	const text = outsideQuotes(prompt);
	const first = sentencesOf(text)[0] ?? '';
	const m = pattern.exec(first);
	if (!m || namedBefore(first, m.index)) return null;
	return { head: m[1].toLowerCase(), at: m.index, text: m[0] };
}

/** A name of one or more capitalised words, "of", "and" or "the" between them: "Harlow Foods", "Bank of England". */
export const APPOSED_NAME = "(\\p{Lu}[\\p{L}&’'-]*(?: (?:of |and |the )?\\p{Lu}[\\p{L}&’'-]*)*)";

/**
 * One lower-case word before the noun a name is set beside, never a preposition: "Hoogland, a
 * member of the town council" is the member, not the town, since "of" ends the noun phrase.
 */
export const APPOSITION_MODIFIER = '(?:(?!(?:of|in|at|for|from|to|with|on|by) )[\\p{Ll}-]+ )';

/**
 * For each vague head, the names the article gives it: an organisation whose name ends in it
 * ("Rail Accident Investigation Board" for "the board") and a name in apposition with it
 * ("Harlow Foods, the firm that …", "the company, Velo Systems,").
 */
export function definiteNames(facts: FactRecord[], text: string): Map<string, Set<string>> {
	const out = new Map<string, Set<string>>();
	const add = (head: string, name: string) => out.set(head, (out.get(head) ?? new Set()).add(name));
	const bodies = [
		...facts.filter((f) => f.kind === 'organisation').map((f) => f.answer),
		...[...text.matchAll(BODY_NAME)].map((m) => m[0].replace(/^The /, ''))
	];
	for (const body of bodies) {
		const head = bodyHead(body, text);
		// "the Varnholm Port Authority" but "Coast General Hospital": "the" only where the article says it.
		if (head) add(head, /^the /i.test(body) || !new RegExp(`\\b[Tt]he ${escapeRegExp(body)}`).test(text) ? body : `the ${body}`);
	}
	const name = APPOSED_NAME;
	const head = `(${VAGUE_HEADS.join('|')})`;
	const modifier = APPOSITION_MODIFIER;
	// "Tom Hale, the city’s transport chief": the head must end the phrase, or the name is the chief, not the city.
	const ends = '(?=[,.;:)]|$| (?:that|which|who|whose|where|behind|in|of|at|on|for|with|from|by|since)\\b)';
	for (const m of text.matchAll(new RegExp(`${name}, (?:the|a|an) ${modifier}{0,3}${head}${ends}`, 'gu'))) add(m[2], m[1]);
	for (const m of text.matchAll(new RegExp(`\\b[Tt]he (?:[\\p{Ll}-]+ ){0,2}${head}, ${name},`, 'gu'))) add(m[1], m[2]);
	// "The municipal utility, Kelderby Energi, will …": any body a name is set beside, not a person ("the captain, Tom Hale,").
	const people = new Set(facts.flatMap((f) => (f.kind === 'person' ? f.answer.split(' ') : [])));
	for (const m of text.matchAll(new RegExp(`\\b[Tt]he (?:[\\p{Ll}-]+ ){0,2}(\\p{Ll}+), ${name},`, 'gu')))
		if (namesBody(m[1], m[2]) && m[2].includes(' ') && !m[2].split(' ').some((w) => people.has(w))) add(m[1], m[2]);
	// "Defense Ministry" and "Russia’s Defense Ministry" are one ministry: the shorter name is part of the longer.
	for (const found of out.values()) for (const a of found) if ([...found].some((b) => b !== a && b.includes(a.replace(/^the /, '')))) found.delete(a);
	// "the check" after "a heavy maintenance check": kept apart from the bodies' names, under its own key.
	for (const [back, found] of articleMentions(text)) out.set(`${MENTION}${back}`, found);
	return out;
}

/**
 * Whether "the HEAD, NAME," sets a body's name beside a noun: the noun is a noun, and the name no
 * person's. The caller also leaves out the article's people and one-word names ("the winner,
 * Morland," is a runner whom the tagger does not know for a person).
 */
function namesBody(head: string, name: string): boolean {
	const [h] = tokenize(head);
	return h?.tags.has('Noun') === true && !h.tags.has('Plural') && !tokenize(name).some((t) => t.tags.has('Person') || t.tags.has('Honorific'));
}

/**
 * The noun an organisation's name says it is, which "the …" can stand for: the word before "of"
 * ("the board" for the Metropolitan Board of Works, "the federation" for the Federation of Small
 * Retailers), else the last word ("the authority" for the Varnholm Port Authority). "Harbour City"
 * is a club and "Zeeland Capital" a fund: a last word counts when it is a body's kind of name, or
 * when the article itself says "the …" for the body after naming it, never before.
 */
function bodyHead(name: string, article: string): string | null {
	const words = name.split(/\s+/);
	const of = words.indexOf('of');
	const head = (of > 0 ? words[of - 1] : words.at(-1))?.toLowerCase() ?? '';
	if (BODY_HEADS.includes(head)) return head;
	if (!ORG_WORDS.has(head)) return null;
	// "Amsterdam, the capital,": a bare head in apposition with another name is that name's.
	const bare = new RegExp(`(?<!\\p{Lu}[\\p{L}’'-]*, )\\b[Tt]he ${escapeRegExp(head)}\\b(?! of\\b)(?!,? \\p{Lu})`, 'u');
	const first = article.indexOf(name);
	const bareAt = article.search(bare);
	return first >= 0 && bareAt > first ? head : null;
}

/** "the Metropolitan Board of Works", "Coast General Hospital": a body's name the fact reader may not take for one, whose head is a body's kind of noun. */
const BODY_NAME = new RegExp(
	`\\b(?:\\p{Lu}[\\p{L}’'-]+ ){1,4}(?:${[...new Set([...BODY_HEADS, ...ORG_WORDS])].map((h) => h.charAt(0).toUpperCase() + h.slice(1)).join('|')})(?: of(?: the)? \\p{Lu}[\\p{L}’'-]+(?: (?:and )?\\p{Lu}[\\p{L}’'-]+)*)?\\b`,
	'gu'
);

/**
 * A prompt whose "the firm" the article makes clear: with the one name the article gives firms in
 * its place ("the firm's profits" → "Harlow Foods’ profits"; a true statement then quotes the
 * sentence that gives the name, see references-statement.ts); unchanged when the article names no firm (it has only the
 * one); null when it names two or more, so no one can tell which is meant.
 */
export function resolveDefinites(prompt: string, names: Map<string, Set<string>>): string | null {
	const named = resolveBodies(prompt, names);
	if (named === null) return named;
	const mentions = new Map([...names].filter(([k]) => k.startsWith(MENTION)).map(([k, v]) => [k.slice(MENTION.length), v]));
	return nameBareDefinite(named, mentions);
}

/** The key prefix under which `definiteNames` keeps the fuller mentions of a back-reference's head. */
const MENTION = 'mention:';

function resolveBodies(prompt: string, names: Map<string, Set<string>>): string | null {
	// Heads the article's own bodies give ("the authority") besides the usual vague ones.
	const heads = [...new Set([...VAGUE_HEADS, ...[...names.keys()].filter((k) => !k.startsWith(MENTION))])];
	const vague = vagueDefinite(prompt, heads.length === VAGUE_HEADS.length ? VAGUE_DEFINITE : vagueDefinitePattern(heads));
	if (!vague) return prompt;
	const known = names.get(vague.head);
	if (!known || known.size === 0) return prompt;
	if (known.size > 1) return null;
	const [found] = known;
	// "Revenue at the Varnholm Port Authority climbed …, beating what the authority had forecast": named already.
	if (prompt.slice(0, vague.at).includes(found.replace(/^the /, ''))) return prompt;
	// "The board said …" → "The Rail Accident Investigation Board said …": a sentence's capital stays.
	const only = /^T/.test(vague.text) ? found.replace(/^the /, 'The ') : found;
	const possessive = /['’]s$/.test(vague.text) ? (only.endsWith('s') ? '’' : '’s') : '';
	return `${prompt.slice(0, vague.at)}${only}${possessive}${prompt.slice(vague.at + vague.text.length)}`;
}
