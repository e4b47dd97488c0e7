import { DEMONSTRATIVE_NOUN, outsideQuotes, unresolvedPronoun } from './english';
import { objectWithoutAntecedent, pronounWithoutAntecedent } from './references-agreement';
import { contextGap } from './references-context';
import { leaningWords } from './references-leaning';
import { bareMeasure } from './references-measure';
import { pronounAfterOpeners } from './references-opened';
import { publicationTime } from './references-time';
import { tokenize } from './tokens';

/**
 * References a prompt cannot leave unresolved. Out of its paragraph, "he", "this drone", "the
 * firm", "the city's" or "the two" could mean anyone; a question must name what it asks about.
 * `unresolvedReference` finds them (checks.ts runs it on every question); references-bodies.ts
 * puts a name in place of "the firm" when the article says which firm it is and knows only one.
 */

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

/**
 * "the increase in rents", "the design by Moss" say which; "the design in 2020", "the decision on
 * ____" only say when, and a year or a blank after "in", "on" or "by" pins nothing down.
 */
const ANAPHORIC = new RegExp(
	`\\b[Tt]he (?:[\\p{Ll}-]+ )?(?:${ANAPHORIC_HEADS.join('|')})\\b(?![-’']| (?:of|to|for|that|which|who)\\b| (?:on|in|by) (?!____|\\d)|,? (?:the )?\\p{Lu})( [\\p{Ll}-]+)?`,
	'u'
);

/** "What two causes does the report list?": after "does the …", the word that ends the question is its verb, not a noun. */
const endsAsVerb = (first: string, act: RegExpExecArray) =>
	/\b(?:do|does|did) $/.test(first.slice(0, act.index)) && first.slice(act.index + act[0].length).trim() === '?';

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
 * "Over the next decade it hopes …", "In 2020 they sold …", "As of the trial's end it had …",
 * "Below about ____ degrees they …": the same after an opening phrase with no comma. A noun in
 * that phrase is no subject the pronoun can mean ("the trial's end" did not do the having); the
 * blank of a prompt may stand in it. "In 2019 it was announced that …" is the empty "it" of a
 * passive, and means nothing.
 */
const PRONOUN_AFTER_PHRASE =
	/^(?:In|On|At|Over|During|After|Before|By|Within|Across|Since|Until|Throughout|Under|For|As of|Below|Above|Beyond|From|Around|Among|Despite|Without) (?:[\p{Ll}\d._’'-]+ ){1,4}(?:they|them|their|its|it(?! (?:is|was)\b))\b/u;

/**
 * "this drone", "these attacks": a demonstrative before a noun points to a thing named earlier.
 * "As winter sets in, this marks the end …": a demonstrative before a verb stands for the clause
 * before it in the same sentence, so it leans on nothing when that clause is there.
 */
export function demonstrativeLeans(text: string): boolean {
	if (!DEMONSTRATIVE_NOUN.test(text.toLowerCase())) return false;
	const tokens = tokenize(text);
	return tokens.some(
		(t, i) =>
			/^(?:this|these|those)$/i.test(t.text) &&
			!(tokens[i + 1]?.tags.has('Verb') && !tokens[i + 1]?.tags.has('Noun') && i >= 5) &&
			!(/^those$/i.test(t.text) && THOSE_DEFINED.test(tokens[i + 1]?.text ?? ''))
	);
}

/**
 * "3 percent of those on placebo", "among those who attended": "those" with a phrase after it
 * says who they are, as a pronoun; it points back to nothing. "Those of", which stands for a
 * noun said before ("those of last year"), is left out.
 */
const THOSE_DEFINED = /^(?:who|whom|whose|which|that|on|in|with|without|at|from|under|over|aged|taking|living|given|born|receiving|using)$/i;

/** The sentences of a prompt: a prompt that shows the sentence before its own has two. */
export const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+(?=[\p{Lu}“"])/u);

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
	if (SHARE_OF_UNNAMED.test(first.trim()) || PRONOUN_AFTER_OPENER.test(first.trim()) || PRONOUN_AFTER_PHRASE.test(first.trim()))
		return 'a pronoun with nothing named before it';
	const opened = pronounAfterOpeners(first.trim());
	if (opened) return `“${opened}” after opening phrases that name nothing it could mean`;
	const pronoun = pronounWithoutAntecedent(first);
	if (pronoun) return `“${pronoun}” with nothing before it that it could mean`;
	const leaning = leaningWords(first);
	if (leaning) return leaning;
	if (SAME_AS_UNSEEN.test(first)) return '“the same …” with nothing shown to be the same as';
	const act = ANAPHORIC.exec(first);
	if (act && !(act[1] && modifiesNext(first, act.index + act[0].length - act[1].length)) && !endsAsVerb(first, act))
		return `“${act[0].replace(act[1] ?? '', '')}” with nothing to say whose`;
	const measure = bareMeasure(first);
	if (measure) return `“${measure}” with nothing to say what it measures`;
	const count = VAGUE_COUNT.exec(first);
	// "the Stadler City E and the Norrland Pendel, the two bikes …": the two are named right before.
	if (count && /\band (?:the )?\p{Lu}[^,]*, $/u.test(first.slice(0, count.index))) return null;
	return count ? `“${count[0]}” with nothing to say which` : contextGap(first);
}
