import { DEMONSTRATIVE_NOUN, escapeRegExp, outsideQuotes, unresolvedPronoun } from './english';
import { ORG_WORDS } from './facts/lexicon';
import type { FactRecord } from './facts/types';
import { objectWithoutAntecedent, pronounWithoutAntecedent } from './references-agreement';
import { articleMentions, nameBareDefinite } from './references-resolve';
import { contextGap } from './references-context';
import { leaningWords } from './references-leaning';
import { publicationTime } from './references-time';
import { tokenize } from './tokens';

/**
 * References a prompt cannot leave unresolved. Out of its paragraph, "he", "this drone", "the
 * firm", "the city's" or "the two" could mean anyone; a question must name what it asks about.
 * `unresolvedReference` finds them (checks.ts runs it on every question); `resolveDefinites`
 * puts a name in place of "the firm" when the article says which firm it is and knows only one.
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
/** "the two", "the latter", "the others", "the remainder": a count or an order with nothing counted. */
const VAGUE_COUNT = /\b[Tt]he (?:two|latter|former|others|remainder|remaining)\b(?! \d)/;

/**
 * Nouns for an act, a result or a part that only a sentence before can say whose it is: "the
 * check", "the failure", "the decline", "the application", "the shares", "the quiet changes".
 * Out of their paragraph they name no one thing, unless "of …", "to …" or a clause says which.
 */
const ANAPHORIC_HEADS = [
	'check',
	'failure',
	'decline',
	'decision',
	'proposal',
	'application',
	'increase',
	'shares',
	'design',
	'technology',
	'list',
	'charge',
	'units',
	'changes'
];
const ANAPHORIC = new RegExp(
	`\\b[Tt]he (?:[\\p{Ll}-]+ )?(?:${ANAPHORIC_HEADS.join('|')})\\b(?![-’']| (?:of|to|for|that|which|who|on|in|by)\\b|,? (?:the )?\\p{Lu})( [\\p{Ll}-]+)?`,
	'u'
);

/** "Why does the same report show …": a question about "the same" thing as one a sentence not shown named. */
const SAME_AS_UNSEEN = /\b(?:does|did|do|is|was|were|are|has|have) the same\b/;

/**
 * "the design firm", "the check-in desk": the noun is a modifier of the next, which says what is
 * meant. The next word is tagged where it stands: "left" alone is an adjective, but in "the
 * failure left thousands without food" it is the verb.
 */
const modifiesNext = (text: string, at: number) => {
	const t = tokenize(text).find((k) => k.start >= at);
	return t !== undefined && (t.tags.has('Noun') || t.tags.has('Adjective')) && !t.tags.has('Verb') && !t.tags.has('Adverb');
};

/**
 * Openings that carry on from the sentence before: "But …", "However, …", "Then …", "Of those,
 * …", "The same report …", "Both effects …", "Other residents …", "A fourth came …", "The first
 * was …". Out of their paragraph they contrast with, continue or count something nobody sees.
 */
export const CARRIES_ON =
	/^["“‘]?(?:(?:But|However|Yet|Then|Still|Also|Meanwhile|Instead|Nevertheless|Even so|As a result|As a consequence|Consequently|Therefore|Thus|(?!(?:Every|No|Any|Each|Some) )(?:\p{Lu}\p{Ll}*|\d+) other|Of (?:them|those|these)|The same|Others?|Another)\b|Both\b(?! \p{Lu})|A (?:second|third|fourth|fifth|further)\b|The (?:first|second|third|fourth|fifth|last|latter|former) (?:was|were|is|are|came|had)\b)/u;

/** "Around 31,000 of them", "Most of those", "Much of it": a share of something the prompt never names, in its first words. */
export const SHARE_OF_UNNAMED = /^(?:\S+ ){0,3}of (?:them|those|these|it)\b/i;

/** "A year ago, its value …", "In 2020, they …": a pronoun right after a short opening phrase that names nothing. */
const PRONOUN_AFTER_OPENER = /^(?:\p{Lu}[\p{Ll}\d.]*)(?: [\p{Ll}\d.,-]+){0,3}, (?:it|its|they|them|their)\b/u;

/**
 * "this drone", "these attacks": a demonstrative before a noun points to a thing named earlier.
 * "As winter sets in, this marks the end …": a demonstrative before a verb stands for the clause
 * before it in the same sentence, so it leans on nothing when that clause is there.
 */
export function demonstrativeLeans(text: string): boolean {
	if (!DEMONSTRATIVE_NOUN.test(text.toLowerCase())) return false;
	const tokens = tokenize(text);
	return tokens.some((t, i) => /^(?:this|these|those)$/i.test(t.text) && !(tokens[i + 1]?.tags.has('Verb') && !tokens[i + 1]?.tags.has('Noun') && i >= 5));
}

/** The sentences of a prompt: a prompt that shows the sentence before its own has two. */
const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+(?=[\p{Lu}“"])/u);

/** Whether "the HEAD" is named in apposition right before it ("City Light Rail, the company, …"). */
const namedBefore = (text: string, at: number) => /\p{Lu}[\p{L}.’']*,? $/u.test(text.slice(0, at));

/**
 * The reference in a prompt that nothing in the prompt resolves, or null: a pronoun or "this …"
 * in its first sentence (a sentence shown before the asked one resolves those in the next), or
 * "the two", "the latter" with nothing counted. Whether "the firm" is clear depends on how many
 * firms the article names, which `vagueDefinite` tells.
 */
export function unresolvedReference(prompt: string): string | null {
	const first = sentencesOf(outsideQuotes(prompt))[0] ?? '';
	const when = publicationTime(prompt);
	if (when) return `“${when}”, which counts from the day the article came out`;
	// "____ won her first title": a blank that opens the prompt is the person asked for, whom "her" means.
	if (unresolvedPronoun(first.replace(/^____/, 'Zorbel'))) return 'a pronoun with no one named before it';
	// "Amankwah moved him down …": read over the whole prompt, since a sentence shown first may name him.
	const object = objectWithoutAntecedent(outsideQuotes(prompt).replace(/^____/, 'Zorbel'));
	if (object) return `“${object}”, which cannot mean the subject of its own clause and no one else is named`;
	if (demonstrativeLeans(first)) return '“this …” with nothing named before it';
	if (CARRIES_ON.test(first.trim())) return 'an opening that carries on from a sentence not shown';
	if (SHARE_OF_UNNAMED.test(first.trim()) || PRONOUN_AFTER_OPENER.test(first.trim())) return 'a pronoun with nothing named before it';
	const pronoun = pronounWithoutAntecedent(first);
	if (pronoun) return `“${pronoun}” with nothing before it that it could mean`;
	const leaning = leaningWords(first);
	if (leaning) return leaning;
	if (SAME_AS_UNSEEN.test(first)) return '“the same …” with nothing shown to be the same as';
	const act = ANAPHORIC.exec(first);
	if (act && !(act[1] && modifiesNext(first, act.index + act[0].length - act[1].length)))
		return `“${act[0].replace(act[1] ?? '', '')}” with nothing to say whose`;
	const count = VAGUE_COUNT.exec(first);
	// "the Stadler City E and the Norrland Pendel, the two bikes …": the two are named right before.
	if (count && /\band (?:the )?\p{Lu}[^,]*, $/u.test(first.slice(0, count.index))) return null;
	return count ? `“${count[0]}” with nothing to say which` : contextGap(first);
}

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
	const name = "(\\p{Lu}[\\p{L}&’'-]*(?: (?:of |and |the )?\\p{Lu}[\\p{L}&’'-]*)*)";
	const head = `(${VAGUE_HEADS.join('|')})`;
	// "Hoogland, a member of the town council": the name is the member, not the town; a
	// preposition in the phrase ends the noun it is in apposition with.
	const modifier = '(?:(?!(?:of|in|at|for|from|to|with|on|by) )[\\p{Ll}-]+ )';
	for (const m of text.matchAll(new RegExp(`${name}, (?:the|a|an) ${modifier}{0,3}${head}\\b`, 'gu'))) add(m[2], m[1]);
	for (const m of text.matchAll(new RegExp(`\\b[Tt]he (?:[\\p{Ll}-]+ ){0,2}${head}, ${name},`, 'gu'))) add(m[1], m[2]);
	// "Defense Ministry" and "Russia’s Defense Ministry" are one ministry: the shorter name is part of the longer.
	for (const found of out.values()) for (const a of found) if ([...found].some((b) => b !== a && b.includes(a.replace(/^the /, '')))) found.delete(a);
	// "the check" after "a heavy maintenance check": kept apart from the bodies' names, under its own key.
	for (const [back, found] of articleMentions(text)) out.set(`${MENTION}${back}`, found);
	return out;
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
 * its place ("the firm's profits" → "Harlow Foods’ profits"; a true statement, which must stay the
 * article's words, keeps "the firm"); unchanged when the article names no firm (it has only the
 * one); null when it names two or more, so no one can tell which is meant.
 */
export function resolveDefinites(prompt: string, names: Map<string, Set<string>>, keepWords: boolean): string | null {
	const named = resolveBodies(prompt, names, keepWords);
	if (named === null || keepWords) return named;
	const mentions = new Map([...names].filter(([k]) => k.startsWith(MENTION)).map(([k, v]) => [k.slice(MENTION.length), v]));
	return nameBareDefinite(named, mentions);
}

/** The key prefix under which `definiteNames` keeps the fuller mentions of a back-reference's head. */
const MENTION = 'mention:';

function resolveBodies(prompt: string, names: Map<string, Set<string>>, keepWords: boolean): string | null {
	// Heads the article's own bodies give ("the authority") besides the usual vague ones.
	const heads = [...new Set([...VAGUE_HEADS, ...[...names.keys()].filter((k) => !k.startsWith(MENTION))])];
	const vague = vagueDefinite(prompt, heads.length === VAGUE_HEADS.length ? VAGUE_DEFINITE : vagueDefinitePattern(heads));
	if (!vague) return prompt;
	const known = names.get(vague.head);
	if (!known || known.size === 0) return prompt;
	if (known.size > 1) return null;
	if (keepWords) return prompt;
	const [found] = known;
	// "Revenue at the Varnholm Port Authority climbed …, beating what the authority had forecast": named already.
	if (prompt.slice(0, vague.at).includes(found.replace(/^the /, ''))) return prompt;
	// "The board said …" → "The Rail Accident Investigation Board said …": a sentence's capital stays.
	const only = /^T/.test(vague.text) ? found.replace(/^the /, 'The ') : found;
	const possessive = /['’]s$/.test(vague.text) ? (only.endsWith('s') ? '’' : '’s') : '';
	return `${prompt.slice(0, vague.at)}${only}${possessive}${prompt.slice(vague.at + vague.text.length)}`;
}
