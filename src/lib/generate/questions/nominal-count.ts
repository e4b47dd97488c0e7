import nlp from 'compromise';
import { BLANK } from '../../bank/schema';
import type { QuantityFact } from '../facts/types';
import { asQuestion } from '../english';
import { isCommonWord } from '../frequency';
import type { Sentence } from '../sentences';
import { tokenize } from '../tokens';
import { countedTail } from './counted-tail';
import { namesItsEvent } from './how-many';
import { beforeNumber, qualifierLead } from './number-clause';
import { isFinite } from './wh';

/**
 * "How many …?" on a count inside a noun made from a verb that a name owns: "after Russia's
 * deployment of 75 drones against …" -> "How many drones did Russia deploy against …?". The count
 * is no subject or object of a clause, so how-many.ts finds no clause to turn; the noun's verb
 * makes that clause, with its owner as the subject. Only for a sentence told in the past, since
 * the noun itself has no tense. Without an owner ("forcing the evacuation of 214 households") a
 * passive "How many households were evacuated …?" would read well too, but on dev it takes the
 * sentence's place from a judged-good "How many days did the fire burn for?" (select.ts keeps one
 * numeric a sentence), so it is not asked.
 */

const HOW_MANY = ['How many', 'About how many'] as const;

/** "Russia's deployment of ", "the Harbour Trust's purchase of ": a name's noun, then "of", right before the count. */
const NOMINAL = /(?<owner>(?:the\s)?(?:\p{Lu}[\p{L}-]*\s){0,3}\p{Lu}[\p{L}-]*)['’]s\s(?<noun>\p{Ll}+(?:ment|ation|ion|ery))\sof\s$/u;

/** The verb a noun is made from ("deployment" -> "deploy", "evacuation" -> "evacuate", "delivery" -> "deliver"), or null. */
export function verbOf(noun: string): string | null {
	const w = noun.toLowerCase();
	const stems = /ment$/.test(w)
		? [w.slice(0, -4)]
		: /ation$/.test(w)
			? [`${w.slice(0, -5)}ate`, w.slice(0, -5)]
			: /ion$/.test(w)
				? [w.slice(0, -3), `${w.slice(0, -3)}e`]
				: /ery$/.test(w)
					? [w.slice(0, -1)]
					: [];
	// A common word that reads as a verb after "to": "product" (of "production") does not.
	return stems.find((v) => isCommonWord(v) && nlp(`to ${v}`).has('#Infinitive')) ?? null;
}

/**
 * The owner without a capitalised word that opens the sentence or a clause ("After Russia's …"
 * gives "Russia"), with "the" in lower case ("The Harbour Board's …"); null when no name is left.
 */
function ownerOf(run: string): string | null {
	const tokens = tokenize(run);
	const from = tokens.findIndex((t) => !['Preposition', 'Conjunction', 'Adverb', 'QuestionWord'].some((tag) => t.tags.has(tag)));
	if (from < 0) return null;
	const owner = run.slice(tokens[from].start).replace(/^The /, 'the ');
	return /\p{Lu}/u.test(owner) ? owner : null;
}

/** Whether the sentence's first finite verb is in the past ("occurred", "was"); not a word of the count ("12 cranes", read as a verb). */
function toldInPast(sentence: Sentence, fact: QuantityFact): boolean {
	const [from, to] = [fact.start - sentence.start, fact.end - sentence.start];
	const verb = tokenize(sentence.text).find((t) => (t.end <= from || t.start >= to) && isFinite(t));
	return !!verb && (verb.tags.has('PastTense') || /^(?:was|were|had|did)$/i.test(verb.text));
}

/** The "How many …?" question on a count in a noun made from a verb, or null. */
export function nominalCountQuestion(sentence: Sentence, fact: QuantityFact): string | null {
	const noun = fact.counts;
	if (!noun || !fact.form) return null;
	const m = NOMINAL.exec(beforeNumber(sentence, fact));
	const verb = m?.groups ? verbOf(m.groups.noun) : null;
	if (!m?.groups || !verb || !toldInPast(sentence, fact)) return null;
	const lead = qualifierLead(fact.qualifier, HOW_MANY);
	const counted = countedTail(sentence, fact, noun);
	if (!lead || !counted) return null;
	const owner = ownerOf(m.groups.owner);
	if (!owner) return null;
	// "… of 12 cranes was finished in May": the noun phrase is the subject, and the rest of its clause is its predicate, no part of the question.
	const rest = tokenize(counted.rest).some(isFinite) ? '' : counted.rest;
	const q = `${lead} ${counted.measured} did ${owner} ${verb}${asQuestion(rest)}`;
	return q.includes(BLANK) || !namesItsEvent(q) ? null : q;
}
