import { QUESTION_TYPES } from '../../bank/constants';
import { findNumber } from '../../quiz/parse-number';
import { contentStems } from '../centrality';
import { DEMONSTRATIVE_NOUN, LEANING_LEAD, wordCount } from '../english';
import { frequencyRank } from '../frequency';
import type { Sentence } from '../sentences';

/**
 * What a question shows, turned into a few numbers a fitted model can weigh (see model.ts). The
 * same code reads a question the judges saw (for fitting, src/cli/fit-quality.ts) and a
 * generator candidate (at generation time), so only what both have goes in: the question as a
 * learner sees it, its source sentence, and the article around it. No fact kind, no rule names:
 * the model learns which shapes judges accept, not which rules fired.
 */

/** A question as shown: its type, prompt, the key as a learner is told it, and any choices. */
export interface Shown {
	type: string;
	prompt: string;
	key: string;
	choices: string[];
}

/** What the features read of the article: its prepared text, headline, lead sentence and each sentence's centrality. */
export interface ArticleContext {
	text: string;
	title?: string;
	lead?: string;
	centrality: Map<number, number>;
}

/** One feature per question type, in the bank's order of types. */
export const TYPE_FEATURES = QUESTION_TYPES.map((type) => `type_${type}` as const);

export const FEATURE_NAMES = [
	...TYPE_FEATURES,
	'position',
	'centrality',
	'sentence_in_headline_lead',
	'key_in_list',
	'sentence_quotes',
	'sentence_says',
	'key_number',
	'key_name',
	'key_words',
	'key_rarity',
	'prompt_leans',
	'statement_false',
	'choices_alike',
	'asks_speaker',
	'key_place_in_sentence',
	'key_after_preposition',
	'card_names_front',
	'prompt_is_sentence',
	'statement_number_altered',
	'key_share',
	'choices_numbers',
	'prompt_words',
	'sentence_commas'
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

const lower = (s: string) => s.toLowerCase().replace(/[‘’]/g, "'");

/** A key made of capitalised words only ("Maria Okafor", "Harbour City"): a name. */
export const isNameLike = (key: string) => /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|the|de|van|von|and|&)?\s*\p{Lu}[\p{L}'’.-]*)*$/u.test(key.trim());
const isNumberLike = (key: string) => /^[-−+]?[$£€¥]?\d/.test(key.trim()) && wordCount(key) <= 4;

/** What a key looks like, for comparing it with its distractors. */
const shape = (s: string) => (isNumberLike(s) ? 'number' : isNameLike(s) ? 'name' : 'words');

/** Share of `a`'s content words that `b` has; 0 when `a` has none. */
function share(a: Set<string>, b: Set<string>): number {
	if (a.size === 0) return 0;
	let n = 0;
	for (const w of a) if (b.has(w)) n++;
	return n / a.size;
}

/** How rare the key's words are in English, 0 (all everyday words) to 1 (none in the frequency list). */
function rarity(key: string): number {
	const words = [...key.matchAll(/\p{L}+/gu)].map((m) => m[0]);
	if (words.length === 0) return 0;
	const r = words.map((w) => Math.min(Math.log10(Math.min(frequencyRank(w), 1e5) + 1) / 5, 1));
	return r.reduce((a, b) => a + b, 0) / r.length;
}

/**
 * Whether the key is one member of a list in its sentence ("Ames, Brook and Carrow"): next to a
 * list comma or a coordinating "and"/"or", in a sentence with a comma.
 */
function inList(key: string, sentence: string): boolean {
	const k = key.trim();
	if (k === '' || wordCount(k) > 5 || !sentence.includes(',')) return false;
	const at = lower(sentence).indexOf(lower(k));
	if (at < 0) return false;
	const before = sentence.slice(0, at);
	const after = sentence.slice(at + k.length);
	return /(?:,|\band|\bor)\s*$/.test(before) || /^\s*(?:,\s*(?!(?:who|which|where|when|said|says|according)\b)\S|(?:and|or)\b)/.test(after);
}

const log1 = (n: number) => Math.log(1 + n);

/** A share: "40 per cent", "8.4%", "two percentage points". */
const isShare = (key: string) => /%|\bper ?cent\b|\bpercent(?:age)?\b/i.test(key);

/** A number in figures or in words ("21", "£38,000", "six", "twenty-four"). */
const isNumberOrWord = (s: string) => isNumberLike(s) || findNumber(s)?.before.length === 0;

/** The figures a text holds, in order ("1,900", "3.1"). */
const figures = (text: string) => (text.match(/\d[\d,.]*/g) ?? []).join(' ');

/**
 * An altered statement whose figures differ from its sentence's: it asks the learner to recall a
 * number. Judges took these far better than statements altered by a swapped word, which a
 * learner can often see through without the article.
 */
const numberAltered = (q: Shown, sentence: string) =>
	q.type === 'true_false' && /^false$/i.test(q.key) && /\d/.test(q.prompt) && figures(q.prompt) !== figures(sentence);

/** Where the key starts in its sentence (a character offset), -1 when the sentence does not show it. */
const keyAt = (key: string, sentence: string) => (key.trim() === '' ? -1 : lower(sentence).indexOf(lower(key.trim())));

const PREPOSITION_END = /\b(?:in|at|on|by|from|of|for|with|to|into|near|since|until|after|before|during|between|about|over|under)\s*$/i;

/** The content words of the headline and lead; every candidate of an article reads them, so the last article's are kept. */
let coreOf: { title: string; lead: string; stems: Set<string> } = { title: '', lead: '', stems: new Set() };
function headlineAndLead(article: ArticleContext): Set<string> {
	const title = article.title ?? '';
	const lead = article.lead ?? '';
	if (coreOf.title !== title || coreOf.lead !== lead) coreOf = { title, lead, stems: new Set([...contentStems(title), ...contentStems(lead)]) };
	return coreOf.stems;
}

/** The feature vector of a question, in the order of FEATURE_NAMES. */
export function qualityFeatures(q: Shown, sentence: Sentence, article: ArticleContext): number[] {
	const key = q.type === 'true_false' ? '' : q.key;
	const at = keyAt(key, sentence.text);
	const opening = q.prompt.split(/\s+/).slice(0, 3).join(' ');
	const others = q.choices.filter((c) => c !== q.key);
	const values: Record<FeatureName, number> = {
		type_mcq: +(q.type === 'mcq'),
		type_true_false: +(q.type === 'true_false'),
		type_cloze: +(q.type === 'cloze'),
		type_short_answer: +(q.type === 'short_answer'),
		type_numeric: +(q.type === 'numeric'),
		type_flashcard: +(q.type === 'flashcard'),
		position: article.text.length === 0 ? 0 : sentence.start / article.text.length,
		centrality: article.centrality.get(sentence.index) ?? 0,
		sentence_in_headline_lead: share(contentStems(sentence.text), headlineAndLead(article)),
		key_in_list: +inList(key, sentence.text),
		sentence_quotes: +/[“”"]/.test(sentence.text),
		sentence_says: +/\b(?:said|says|told|added|according to)\b/.test(sentence.text),
		key_number: +isNumberLike(key),
		key_name: +(key !== '' && !isNumberLike(key) && isNameLike(key)),
		key_words: log1(wordCount(key)),
		key_rarity: rarity(key),
		prompt_leans: +(LEANING_LEAD.test(q.prompt) || DEMONSTRATIVE_NOUN.test(opening)),
		// Judges' sheets write the key of a statement as "false" or "False".
		statement_false: +(q.type === 'true_false' && /^false$/i.test(q.key)),
		choices_alike: others.length === 0 ? 0 : others.filter((c) => shape(c) === shape(q.key)).length / others.length,
		asks_speaker: +/^Who (?:said|says|told)\b/.test(q.prompt),
		key_place_in_sentence: at < 0 ? 1 : at / Math.max(sentence.text.length, 1),
		key_after_preposition: +(at >= 0 && PREPOSITION_END.test(sentence.text.slice(0, at))),
		card_names_front: +(q.type === 'flashcard' && isNameLike(q.prompt)),
		prompt_is_sentence: +(lower(q.prompt.replace(/[.?!]\s*$/, '')) === lower(sentence.text.replace(/[.?!]\s*$/, ''))),
		statement_number_altered: +numberAltered(q, sentence.text),
		key_share: +isShare(key),
		// A choice of numbers only: the learner must recall the figure, not rule out misfits.
		choices_numbers: +(q.type === 'mcq' && q.choices.length >= 3 && q.choices.every(isNumberOrWord)),
		// A long prompt carries its own context (a named subject, the sentence before): less left ambiguous.
		prompt_words: log1(wordCount(q.prompt)),
		// Three commas or more: a sentence of lists and asides, whose details are often incidental.
		sentence_commas: +((sentence.text.match(/,/g) ?? []).length >= 3)
	};
	return FEATURE_NAMES.map((n) => values[n]);
}
