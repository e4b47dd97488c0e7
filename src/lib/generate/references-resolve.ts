import { ambiguousPronoun, type PeopleGenders } from './references-gender';
import { sentenceSubject } from './references-subject';

/**
 * Putting the thing a reference means in its place, so that a prompt copied out of its
 * paragraph still says what it is about: "A year ago, its value was put at 65 million euros."
 * after "In October, Veridia raised …" becomes "A year ago, Veridia’s value was put at …", and
 * "the check" after "a heavy maintenance check" becomes "the heavy maintenance check".
 */

/** One replacement in a sentence: the words `from` at `at` become `to`. */
export interface Replacement {
	at: number;
	from: string;
	to: string;
	/** Where in the article the words it puts in stand. */
	antecedent: number;
}

/** What resolving a sentence found: its replacements (none when nothing leaned back), or that a reference is ambiguous. */
export type Resolution = { ok: true; replacements: Replacement[] } | { ok: false; why: string };

const possessive = (name: string) => (/s$/.test(name) ? `${name}’` : `${name}’s`);
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A pronoun that opens a sentence or follows a short opening phrase: "It …", "A year ago, its …". */
/** Up to three opening phrases, each set off by a comma ("By October, after two failed attempts, it …"), then the pronoun. */
const LEAD_PRONOUN = /^(?:([^,“”"]{2,60}?(?:, [^,“”"]{2,60}?){0,2}), )?(It|Its|They|Their|He|She|His|Her)\b(?!['’])/i;

/**
 * The opening pronoun replaced by the previous sentence's subject when they agree in number and
 * in person or thing; an opening pronoun they do not agree on is left for the caller to judge.
 * A "she" after "Rivas beat Okoro" could mean either woman: with `people` (the article's people
 * and their genders), a subject that is not the one person of the sentence the pronoun fits is refused.
 */
export function resolveLeadPronoun(sentence: string, previous: { text: string; start: number } | undefined, people?: PeopleGenders): Resolution {
	const m = LEAD_PRONOUN.exec(sentence);
	if (!m || !previous) return { ok: true, replacements: [] };
	// Each opening phrase must be a phrase, not a clause with a verb of its own ("When it rains, it …").
	const clause = (phrase: string) => phrase.split(' ').length > 7 || /\b(?:he|she|it|they|we|said|says)\b/i.test(phrase);
	if (m[1] && m[1].split(', ').some(clause)) return { ok: true, replacements: [] };
	const subject = sentenceSubject(previous.text);
	if (!subject) return { ok: false, why: 'no subject in the sentence before' };
	const word = m[2].toLowerCase();
	// "It was the forward's ninth goal", "It took her 14 months": an "it" before "be" or "take" often means an event or nothing.
	if (
		word === 'it' &&
		/^(?:is|was|were|are|will|would|may|might|could|takes?|took|seems?|seemed|appears?|appeared|remains?|remained|has been|had been|means?|meant|makes?|made)\b/.test(
			sentence.slice((m[1] ? m[1].length + 2 : 0) + 3)
		)
	)
		return { ok: false, why: '“it” may stand for an event or for nothing' };
	const agrees =
		word === 'it' || word === 'its'
			? subject.singular && !subject.person
			: word === 'they' || word === 'their'
				? subject.plural && !subject.person
				: subject.person;
	if (!agrees) return { ok: false, why: `“${m[2]}” does not agree with the subject before` };
	if (subject.person && people && ambiguousPronoun(word, previous.text, people, subject.text))
		return { ok: false, why: `“${m[2]}” could mean another person the sentence before names` };
	const at = m[1] ? m[1].length + 2 : 0;
	const owner = word === 'its' || word === 'their' || word === 'his' || word === 'her';
	// "Her" before a verb is the object, not an owner: only an opening "Her" before a noun is read as "hers".
	if (word === 'her' && !/^Her \p{Ll}+ (?!\p{Ll}+ed\b)/u.test(sentence.slice(at))) return { ok: false, why: '“her” may not be possessive' };
	const name = owner ? ownerName(subject.text) : subject.text;
	if (name === null) return { ok: false, why: `“${subject.text}” is too long a phrase to make possessive` };
	return { ok: true, replacements: [{ at, from: m[2], to: at === 0 ? capitalise(name) : name, antecedent: previous.start }] };
}

/** Prepositions that end a name's head: "The Harrow Bridge | over the river Tane". "Of" is left out: it is inside names ("the Bank of England"). */
const AFTER_HEAD = / (?:over|in|on|at|for|with|from|near|by|under|across|along|beside|behind|outside|inside|between|above|below) /;

/**
 * The owner an opening "its" or "their" is replaced by: the subject made possessive when it is
 * short; "The Harrow Bridge over the river Tane" cut to the name before its preposition,
 * "The Harrow Bridge’s", or to the name it ends on; null when even that runs past four words,
 * which as a possessive no one reads ("The long low stone bridge of the old town’s twin").
 */
function ownerName(subject: string): string | null {
	const words = (s: string) => s.split(' ').length;
	if (words(subject) <= 4) return possessive(subject);
	const at = AFTER_HEAD.exec(subject)?.index;
	const head = at === undefined ? subject : subject.slice(0, at);
	if (words(head) <= 4 && /\p{Lu}/u.test(head.replace(/^The /, ''))) return possessive(head);
	// "The grain merchant Anna Vos": the name the phrase ends on is the owner, "Anna Vos’s".
	const name = /(?:^|\s)((?:\p{Lu}[\p{L}’'-]+ ){1,3}\p{Lu}[\p{L}’'-]+)$/u.exec(head)?.[1];
	return name ? possessive(name) : null;
}

/**
 * Heads a definite phrase points back with: "the check" means the check a sentence before
 * named ("a heavy maintenance check"). Heads of a body ("the company") are resolved to the
 * body's name by `resolveDefinites` in references.ts. "The study", "the trial" or "the plan" of
 * an article is mostly the one it is about, so a later "follow-up study" must not take its place.
 */
const BACK_HEADS = [
	'check',
	'scheme',
	'design',
	'drug',
	'store',
	'substitute',
	'system',
	'bill',
	'deal',
	'ban',
	'device',
	'vaccine',
	'treatment',
	'policy',
	'law',
	'rule',
	'tax',
	'fee',
	'bridge',
	'building',
	'plant',
	'station',
	'vessel',
	'ship',
	'satellite',
	'defender',
	'striker',
	'goalkeeper',
	'failure',
	'fault',
	'fire',
	'flood',
	'storm',
	'strike'
];

/** "the check", "the check’s": a head with no word before it saying which, and nothing after saying it either. */
const BARE_DEFINITE = new RegExp(
	`\\b([Tt]he) (${BACK_HEADS.join('|')})(?![\\p{L}-])(?!['’]s? \\p{Lu})(?! (?:of|that|which|who|called|named|known)\\b)(?!,? (?:called |named |known as )?\\p{Lu})`,
	'u'
);

/**
 * "a heavy maintenance check", "the tram’s brake check": a mention of the head with words saying
 * which. A word may hold a point ("3.5-tonne") but not end on one: "a valley. The ship" runs over
 * a sentence's end, and "the ship" had become "the valley. The ship".
 */
const mentionOf = (head: string) =>
	new RegExp(
		`\\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|(\\p{Lu}[\\p{L}-]*['’]s?)) ((?:(?!(?:the|a|an|and|or|of|in|on|to|for|with|by|at|from|was|is|were|are)\\b)[\\p{L}\\d,.-]*[\\p{L}\\d,-] ){1,3})${head}\\b`,
		'gu'
	);

/** "Lithuania, where … the scheme started": in a clause about another place or thing, "the scheme" is that one's. */
const ownClause = (text: string, at: number) => /\b(?:where|in which|whose)\b/.test(text.slice(0, at));

/**
 * "the check" replaced by the one fuller mention an earlier part of the article makes of it; an
 * ambiguity when it mentions two different ones ("the substitute" with two substitutes named).
 */
export function resolveBareDefinite(sentence: string, before: string): Resolution {
	const m = BARE_DEFINITE.exec(sentence);
	if (!m || ownClause(sentence, m.index)) return { ok: true, replacements: [] };
	const holders = roleHolders(m[2], before);
	if (holders.size > 1) return { ok: false, why: `“${m[0]}” could mean ${[...holders].join(' or ')}` };
	const { found, antecedent } = fullerMentions(m[2], before);
	if (found.size === 0) return { ok: true, replacements: [] };
	if (found.size > 1) return { ok: false, why: `“${m[0]}” could mean ${[...found].join(' or ')}` };
	const [full] = found;
	return { ok: true, replacements: [{ at: m.index, from: m[0], to: m[1] === 'The' ? capitalise(full) : full, antecedent }] };
}

/** Heads that are a person's role on a side: an article names the people who hold them. */
const PERSON_ROLES = new Set(['substitute', 'defender', 'striker', 'goalkeeper', 'midfielder', 'forward', 'winger']);

/**
 * The people a text names in a role: "substitute Tom Lindholm", "Castell, the other substitute,".
 * Two of them make "the substitute" anyone's guess.
 */
function roleHolders(head: string, text: string): Set<string> {
	const names = new Set<string>();
	if (!PERSON_ROLES.has(head)) return names;
	const name = "(\\p{Lu}[\\p{L}’'-]+(?: \\p{Lu}[\\p{L}’'-]+)*)";
	// "Substitute Ivo Sand" opening a sentence names a holder too.
	const role = `(?:${head}|${head.charAt(0).toUpperCase()}${head.slice(1)})`;
	for (const m of text.matchAll(new RegExp(`\\b${role} ${name}`, 'gu'))) names.add(m[1].split(' ').at(-1) ?? m[1]);
	for (const m of text.matchAll(new RegExp(`${name}, (?:the|a|an) (?:[\\p{Ll}-]+ ){0,2}${head}\\b`, 'gu'))) names.add(m[1].split(' ').at(-1) ?? m[1]);
	return names;
}

/** The fuller mentions of a head in a text ("the heavy maintenance check"), and where the last one stands. */
function fullerMentions(head: string, text: string): { found: Set<string>; antecedent: number } {
	const found = new Set<string>();
	let antecedent = 0;
	let first = Infinity;
	for (const mention of text.matchAll(mentionOf(head))) {
		first = Math.min(first, mention.index);
		const words = mention[2].trim().replace(/,$/, '');
		// "a further check", "the same check": an order or a comparison says no more than the bare phrase.
		if (/^(?:same|other|further|new|first|second|last|next|only|whole|main|\d+|one|two|three)$/i.test(words) || /,/.test(words)) continue;
		found.add(mention[1] ? `${mention[1]} ${words} ${head}` : `the ${words} ${head}`);
		antecedent = mention.index;
	}
	// "The drug, velocapant, …" said bare before any fuller mention ("a blood-pressure drug") is its
	// own thing: a later fuller mention is another drug, not its name.
	const bare = new RegExp(`\\b[Tt]he ${head}\\b`).exec(text)?.index ?? Infinity;
	if (bare < first) return { found: new Set(), antecedent: 0 };
	// "a heavy check" and "a heavy maintenance check" are one check: the shorter says less of the same.
	const words = (m: string) => m.toLowerCase().split(' ');
	for (const a of found) for (const b of found) if (a !== b && words(a).every((w) => words(b).includes(w))) found.delete(a);
	return { found, antecedent };
}

/** For each head of a back-reference, the fuller mentions the whole article makes of it. */
export function articleMentions(article: string): Map<string, Set<string>> {
	const out = new Map<string, Set<string>>();
	for (const head of BACK_HEADS) {
		// The mention pattern is slow to scan, and most heads are not in a given article at all.
		if (!article.includes(head)) continue;
		const { found } = fullerMentions(head, article);
		if (found.size > 0) out.set(head, found);
	}
	return out;
}

/**
 * A question (not a copied sentence) that says "the check": with the one fuller mention the whole
 * article makes in its place ("Why was the heavy maintenance check postponed?"); unchanged when the
 * article makes none or several, which the checks then judge.
 */
export function nameBareDefinite(prompt: string, mentions: Map<string, Set<string>>): string {
	const m = BARE_DEFINITE.exec(prompt);
	const found = m && !ownClause(prompt, m.index) ? mentions.get(m[2]) : undefined;
	if (!m || !found || found.size !== 1) return prompt;
	const [full] = found;
	return `${prompt.slice(0, m.index)}${m[1] === 'The' ? capitalise(full) : full}${prompt.slice(m.index + m[0].length)}`;
}

/** The replacements made in a text, each at the place of its words nearest where it was found (a blank before it shifts them). */
export function applyReplacements(text: string, replacements: Replacement[]): string {
	let out = text;
	for (const r of [...replacements].sort((a, b) => b.at - a.at)) {
		let best = -1;
		for (let at = out.indexOf(r.from); at >= 0; at = out.indexOf(r.from, at + 1))
			if (!/\p{L}/u.test(out.charAt(at - 1) + out.charAt(at + r.from.length)) && (best < 0 || Math.abs(at - r.at) < Math.abs(best - r.at))) best = at;
		if (best >= 0) out = `${out.slice(0, best)}${r.to}${out.slice(best + r.from.length)}`;
	}
	return out;
}
