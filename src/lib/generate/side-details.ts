import { opensOnHonorific } from './distractors-form';
import { escapeRegExp } from './english';
import type { FactRecord } from './facts/types';
import { INCIDENTAL_RULES } from './incidental';
import { ROLE_RULES } from './side-details-roles';
import { ASIDE_RULES } from './side-details-asides';
import { MODIFIER_RULES } from './side-details-modifiers';
import { NUMBER_RULES } from './side-details-numbers';
import { OTHER_EVENT_RULES } from './side-details-other-event';
import { SALIENCE_RULES } from './side-details-salience';
import { comparisonFigure } from './side-details-comparison';
import { SETTING_RULES } from './side-details-setting';
import { WHOLE_RULES } from './side-details-whole';
import type { Candidate } from './questions';

/**
 * Side details: what a question asks that is not the article's point. A teacher strikes a
 * question on the journal a study appeared in, on the exact day of an event, on where a quoted
 * expert works, on a number inside someone's words, or on the comparison figure beside the main
 * one ("… compared with 18 percent on the fished reefs"): those are `trivial`, and never asked.
 * A measurement that is not the subject, a count of how a study was done, or one figure among
 * many in a sentence of statistics is `minor`: asked only when the bank has nothing better.
 */

export type SideWeight = 'trivial' | 'minor';

/** What the side-detail rules read of the whole article. */
export interface SideView {
	text: string;
	/** How often each person's surname appears in the article, by the person's key. */
	mentions: Map<string, number>;
	/** The headline and the lead (the first body sentence): a name there is the story's. */
	title?: string;
	lead?: string;
}

export interface SideRule {
	name: string;
	weight: SideWeight;
	test(c: Candidate, view: SideView): boolean;
}

/** The sentence's words before and after the answer. */
function around(c: Candidate): { before: string; after: string } {
	const at = c.fact.answerStart - c.sentence.start;
	return { before: c.sentence.text.slice(0, Math.max(at, 0)), after: c.sentence.text.slice(c.fact.answerEnd - c.sentence.start) };
}

/** Whether an offset of the sentence lies inside quotation marks. */
function quoted(text: string, at: number): boolean {
	let open = false;
	for (let i = 0; i < at && i < text.length; i++) {
		const ch = text[i];
		if (ch === '“') open = true;
		else if (ch === '”') open = false;
		else if (ch === '"') open = !open;
	}
	return open;
}

/** A number, a name or a term that the question asks (not a relation such as a finding or a cause). */
const isNameOrNumber = (f: FactRecord) =>
	['quantity', 'measure', 'date', 'place', 'organisation', 'person', 'named-thing', 'key-term', 'definition'].includes(f.kind);

/** A person named three times or more is someone the article is about, not a source it quotes. */
const CENTRAL_MENTIONS = 3;

/**
 * Verbs that say how a study was done, a few words at most before the count: "followed 312
 * adults" is a method, while "the most visited show …, attracting 212,000 visitors" is the finding.
 */
const METHOD =
	/\b(?:followed|surveyed|studied|tracked|interviewed|sampled|recruited|enrolled|monitored|analy[sz]ed|examined|observed|spent|visited|measured)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
/** Units that measure size, distance, weight or speed: rarely what an article is about. */
const MEASURE =
	/^(?:square |cubic )?(?:kilo|centi|milli)?(?:met(?:re|er)s?|miles?|feet|inch(?:es)?|grams?|tonnes?|tons|pounds|kg|km|km\/h|mph|hectares|acres|litres|liters|gallons)\b|per hour$/;

/** "pounds" is money as often as weight: it stays a minor detail, never a trivial one. */
const CURRENCY_OR_WEIGHT = /^pounds\b/;

/** "a range of 620 miles", "a top speed of 300 km/h": what a thing can do, named as such, is its point. */
const CAPABILITY = /\b(?:range|reach|speed|altitude|capacity|output) of (?:about |approximately |around |up to |some |nearly |almost )?$/i;

/** A year, with up to two words before it: "2019", "March 2019", "14 March 2019". */
const YEAR = String.raw`(?:[\p{L}\d.]+\s+){0,2}(?:1\d|20)\d\d`;
/** The answer opens a period: "between ____ and March 2022", "from ____ to 2019". */
const PERIOD_START = new RegExp(String.raw`^\s+(?:and|to|until|till|through)\s+${YEAR}\b`, 'iu');
/** The answer closes one: "between September 2023 and ____". */
const PERIOD_END = new RegExp(String.raw`\b(?:between|from)\s+${YEAR}\s+(?:and|to|until|till|through)\s+$`, 'iu');

const RULES: SideRule[] = [
	{ name: 'the journal a study appeared in', weight: 'trivial', test: (c) => c.fact.kind === 'organisation' && c.fact.nameClass.startsWith('journal') },
	{
		name: 'the exact day of a date',
		weight: 'trivial',
		test: (c) => c.fact.kind === 'date' && ['month-day', 'full', 'weekday'].includes(c.fact.dateClass)
	},
	{
		// "the largest crowd for a final since 2009": the record is the point, not the year it was last beaten.
		name: 'the year a record goes back to',
		weight: 'trivial',
		test: (c) =>
			c.fact.kind === 'date' &&
			/\b(?:largest|biggest|highest|lowest|best|worst|most|fewest|first|longest|shortest|smallest|strongest|weakest)\b[^.;]*\bsince $/i.test(around(c).before)
	},
	{
		// "sold between February 2022 and ____": one end of a span asks half of it. A true/false
		// statement is left alone: it shows the whole span, and its false twin changes only one end.
		name: 'one end of a period',
		weight: 'trivial',
		test: (c) => {
			if (c.fact.kind !== 'date' || c.form === 'statement') return false;
			const { before, after } = around(c);
			return (/\b(?:between|from)\s+$/i.test(before) && PERIOD_START.test(after)) || PERIOD_END.test(before);
		}
	},
	{
		name: 'a number inside a quote',
		weight: 'trivial',
		test: (c) => c.fact.kind === 'quantity' && quoted(c.sentence.text, c.fact.answerStart - c.sentence.start)
	},
	{
		name: 'the job or affiliation of a person quoted in passing',
		weight: 'trivial',
		test: (c, view) => c.fact.kind === 'person' && c.facet === 'role' && c.form !== 'card' && (view.mentions.get(c.fact.key) ?? 0) < CENTRAL_MENTIONS
	},
	{
		// "Volodymyr Zelensky → Ukrainian President": a title, and its front prints the name every "Who …?" asks for.
		name: 'a card of what a person’s title is',
		weight: 'minor',
		test: (c) => c.fact.kind === 'person' && c.form === 'card'
	},
	{
		name: 'where a named person works',
		weight: 'trivial',
		test: (c) => c.fact.kind === 'organisation' && /\p{Lu}\p{L}+,? (?:(?:a|an|the) )?(?:[\p{Ll}-]+ ){0,4}(?:of|at|from|with) (?:the )?$/u.test(around(c).before)
	},
	{ name: 'a comparison figure beside the main one', weight: 'trivial', test: comparisonFigure },
	{ name: 'a count of how the study was done', weight: 'minor', test: (c) => c.fact.kind === 'quantity' && METHOD.test(around(c).before) },
	{
		// "800 metres from the crossing", "a 27-metre rail": outside the lead, a size or distance describes, it does not report.
		name: 'a measurement that is not the subject',
		weight: 'trivial',
		test: (c, view) =>
			c.fact.kind === 'quantity' &&
			MEASURE.test(c.fact.unit ?? '') &&
			!CURRENCY_OR_WEIGHT.test(c.fact.unit ?? '') &&
			!CAPABILITY.test(around(c).before) &&
			c.sentence.text !== view.lead
	},
	{
		name: 'the size of what the lead reports',
		weight: 'minor',
		test: (c) => c.fact.kind === 'quantity' && MEASURE.test(c.fact.unit ?? '') && !CAPABILITY.test(around(c).before)
	},
	{
		name: 'one figure among many',
		weight: 'minor',
		test: (c) =>
			c.fact.kind === 'quantity' && (c.sentence.text.match(/\d+(?:[.,]\d+)?|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve)\b/gi) ?? []).length >= 4
	}
];

/**
 * The first side-detail rule a candidate meets, or null when it asks something that matters. A
 * true/false statement on a minor detail is trivial: its only testable content is that detail,
 * and its false twin changes nothing else.
 */
export function sideDetail(c: Candidate, view: SideView): { name: string; weight: SideWeight } | null {
	// Selection asks this of each candidate many times: the answer is kept for the same view.
	const cached = judged.get(c);
	if (cached && cached.view === view) return cached.side;
	const side = judge(c, view);
	judged.set(c, { view, side });
	return side;
}

const judged = new WeakMap<Candidate, { view: SideView; side: { name: string; weight: SideWeight } | null }>();

function judge(c: Candidate, view: SideView): { name: string; weight: SideWeight } | null {
	if (!isNameOrNumber(c.fact)) return null;
	let found: { name: string; weight: SideWeight } | null = null;
	// A trivial rule outweighs a minor one, whichever comes first.
	for (const rule of [
		...INCIDENTAL_RULES,
		...ROLE_RULES,
		...ASIDE_RULES,
		...MODIFIER_RULES,
		...SETTING_RULES,
		...WHOLE_RULES,
		...NUMBER_RULES,
		...RULES,
		...SALIENCE_RULES,
		...OTHER_EVENT_RULES
	]) {
		if (!rule.test(c, view)) continue;
		const weight = rule.weight === 'minor' && c.form === 'statement' ? 'trivial' : rule.weight;
		if (weight === 'trivial') return { name: rule.name, weight };
		found ??= { name: rule.name, weight };
	}
	return found;
}

/** How often each person's surname is written in the article, by key. */
export function surnameMentions(facts: FactRecord[], text: string): Map<string, number> {
	const out = new Map<string, number>();
	// Whole words in any script: "\b" takes the "ć" of "Kovačević" for no letter, and would count none.
	const count = (word: string) => (text.match(new RegExp(`(?<!\\p{L})${escapeRegExp(word)}(?!\\p{L})`, 'gu')) ?? []).length;
	const people = facts.filter((f) => f.kind === 'person');
	const givens = people
		.map((f) => f.key.split(/\s+/))
		.filter((w) => w.length > 1)
		.map((w) => w[0]);
	for (const f of people) {
		if (out.has(f.key)) continue;
		const words = f.key.split(/\s+/);
		const surname = words.at(-1) ?? f.key;
		// A review or a story calls its people by their given name ("Agnes notices …"): a given name
		// no one else in the article bears counts as theirs.
		const given = words.length > 1 && !opensOnHonorific(f.key) && givens.filter((g) => g === words[0]).length === 1 ? count(words[0]) : 0;
		out.set(f.key, Math.max(count(surname), given));
	}
	return out;
}
