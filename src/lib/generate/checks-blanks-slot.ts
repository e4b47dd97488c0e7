import { BLANK } from '../bank/schema';
import { isNumber } from './numbers';
import { HONORIFICS, ROLE_NOUNS } from './facts/lexicon';

/**
 * Blanks whose slot, not their key, makes them poor: what the words around the blank let a reader
 * fill without the article, or what they show the blank to be an aside of the sentence.
 */

/**
 * "The posset (____) is a small masterpiece": a blank that is a whole bracketed aside asks what
 * the writer set apart from the sentence's point (a price, a figure given in passing).
 */
const BRACKETED = new RegExp(`\\(\\s*${BLANK}\\s*\\)`);

/**
 * "the University of Rexham's ____", "A Farmers' ____", "the town's ____ rose": a name blanked as
 * the head of a possessive. Its owner is either the first part of the same name, so the blank cuts
 * the name in two, or a word ("the town's") that does not say which place owns it. A number there
 * ("Pellham's ____ stores") is a count of the owner's things, and is not struck.
 */
const POSSESSIVE_HEAD = new RegExp(`(?:\\p{L}['’]s|\\p{L}s['’]) ${BLANK}`, 'u');

/**
 * Where a sentence names or glosses a common noun: "larvae called ____", "known as ____", "relied
 * on ____ — brick-lined pits …", "the ____ (a slow acid leaching)". Only there is a common noun
 * the article's to give; elsewhere the words around it give it away ("multi-factor ____", "a bulge
 * around its ____ … like a spinning top") or many nouns fit ("1,200 ____ and their households").
 */
const NAMING_SLOT = new RegExp(
	[`\\b(?:called|known as|termed|named|dubbed|the term)\\s+["“‘']?${BLANK}`, `${BLANK}["”’']?\\s*(?:—|–|--|\\(|:|,\\s+(?:a|an|the|or)\\s)`].join('|'),
	'iu'
);

/**
 * "…, an inquiry by ____ has found.", "____ has put the damage at about $3 million": the source a sentence credits with its finding or estimate. The finding is
 * the point and stays in the prompt; who gave it is a name the sentence offers no way to know.
 * A news outlet cited at the end ("…, as reported by ____") is left alone: a seed article asks its
 * sources that way on purpose (coverage.test.ts).
 */
const SOURCE = new RegExp(
	[
		`\\b(?:investigation|inquiry|review|study|analysis|report|survey|audit|assessment) (?:by|from|of) (?:the )?${BLANK} (?:has|have|had) (?:found|shown|concluded|established)\\b`,
		`${BLANK} (?:has |have |had )?(?:put|puts|estimated|estimates|valued|values) [^.;]*?\\bat (?:about |around |some |roughly |nearly |almost )?[$€£]?\\d`
	].join('|'),
	'i'
);

/**
 * "“Treat the litres on the box as a ceiling,” said ____, who led the testing.": the speaker of the
 * quotation the prompt prints. The words are the sentence's point and stay; who said them is asked
 * by a "Who said …?" question of its own, and a blank here is only a name to recall. A blank
 * that a verb follows ("said ____ had failed") is what was said, not who said it.
 */
const QUOTED_SPEAKER = new RegExp(
	`[”"’],? (?:said|says|added|adds|explained|explains|recalled|recalls|wrote|writes) ${BLANK}(?=[,.;!?]| (?:in|on|at|of|to|from|during)\\b|$)|[”"’],? ${BLANK} (?:said|says|added|adds|explained|explains|recalled|recalls|wrote|writes)\\b`,
	'u'
);

/**
 * "Mrs ____ refused the appeal" for "Justice Thornbury": the blank cuts a title of several words
 * ("Mrs Justice", "Sir Chief Inspector") in two, so the key is half a title and a name.
 */
function splitsTitle(prompt: string, key: string): boolean {
	const before = new RegExp(`(\\p{L}+\\.?) ${BLANK}`, 'u').exec(prompt)?.[1];
	const first = key.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
	return !!before && HONORIFICS.has(before.toLowerCase()) && key.trim().split(/\s+/).length >= 2 && (ROLE_NOUNS.has(first) || first === 'justice');
}

/** Why the slot a fill-in key sits in makes a poor blank, or null. */
export function badSlot(prompt: string, key: string): string | null {
	if (BRACKETED.test(prompt)) return 'the blank is a bracketed aside of the sentence';
	if (splitsTitle(prompt, key)) return 'the blank cuts a title in two';
	const number = isNumber(key);
	if (!number && SOURCE.test(prompt)) return 'the blank is the source the sentence credits, not its finding';
	if (!number && QUOTED_SPEAKER.test(prompt)) return 'the blank is the speaker of the quotation the prompt prints';
	if (!number && POSSESSIVE_HEAD.test(prompt)) return 'a name blanked as the head of a possessive';
	if (!number && /^\p{Ll}/u.test(key.trim()) && !NAMING_SLOT.test(prompt)) return 'a common noun the sentence neither names nor glosses';
	return null;
}
