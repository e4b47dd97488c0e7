import { escapeRegExp } from './english';
import { normaliseAnswer } from '../quiz/normalise';
import { contentStems } from './centrality';
import type { Candidate } from './questions';
import { besideAnswer } from './questions/candidate';
import type { SideRule, SideView } from './side-details';

/**
 * Side details judged by where and how often the article names something: a person or place
 * named once, outside the headline and the lead, is there to support the story, not to be
 * learnt; a figure that restates another (a conversion) or only locates something (a distance)
 * is not the sentence's point; the family and the retirement of an obituary's subject close the
 * story rather than tell it; and a blank whose key is the headline's own subject tests nothing.
 */

/** How often a name is written in the article: by its last word, so "Dr. Feld" and "Feld" both count. */
export function timesNamed(name: string, text: string): number {
	const last = name.trim().split(/\s+/).at(-1) ?? '';
	if (last === '') return 0;
	// Every candidate asks this of the same article: the counts are kept per article text.
	if (counted.text !== text) counted = { text, counts: new Map() };
	let n = counted.counts.get(last);
	if (n === undefined) {
		n = (text.match(new RegExp(`(?<![\\p{L}])${escapeRegExp(last)}(?![\\p{L}])`, 'gu')) ?? []).length;
		counted.counts.set(last, n);
	}
	return n;
}

let counted: { text: string; counts: Map<string, number> } = { text: '', counts: new Map() };

/** Whether the headline or the lead names it. */
function inHeadOrLead(name: string, view: SideView): boolean {
	const n = ` ${normaliseAnswer(name)} `;
	return [view.title ?? '', view.lead ?? ''].some((t) => ` ${normaliseAnswer(t)} `.includes(n));
}

/** A name the article is about: named twice or more, or in the headline or the lead. */
export function prominent(name: string, view: SideView): boolean {
	return timesNamed(name, view.text) >= 2 || inHeadOrLead(name, view);
}

/** Whether the candidate's sentence is the lead (the first body sentence). */
const isLead = (c: Candidate, view: SideView) => view.lead !== undefined && c.sentence.text === view.lead;

/** The sentence's words before the answer. */
const before = (c: Candidate) => besideAnswer(c).before;
const after = (c: Candidate) => c.sentence.text.slice(Math.max(c.fact.answerEnd - c.sentence.start, 0));

/** Words that make a clause of an apposition: after one of them the words describe an event, not a person. */
const FINITE = /\b(?:said|says|told|tells|is|was|were|are|has|have|had|will|would|can|could|did|does|led|leads|called|warned|added)\b/i;

/**
 * Whether the answer sits in the description that follows a person's name ("Dr. Aaron Feld, an
 * endocrinologist at Mount Sinai Hospital in ____"; "Claire Dubois of the Paris-based
 * consultancy ____"): where that person works, or the city of the employer.
 */
function inPersonDescription(c: Candidate, view: SideView): boolean {
	const head = before(c);
	for (const name of view.mentions.keys()) {
		const at = head.lastIndexOf(name);
		if (at < 0) continue;
		const between = head.slice(at + name.length);
		if (!/^(?:,|\s+of\b|\s+from\b|\s+at\b)/.test(between) || /[.;:“”"]/.test(between) || FINITE.test(between)) continue;
		if (between.split(/\s+/).length <= 14 && /\b(?:at|of|from|with|in)\s|-based\b/.test(between)) return true;
	}
	return false;
}

/** A sentence that gives someone's words or view: the person in it is a source, not an actor. */
const COMMENT =
	/[“”"]|\b(?:said|says|told|tells|according to|added|warned|argued|argues|called|commented|noted|pointed out|confirmed|reported|estimated|believes|thinks)\b/i;

/** Units of time shorter than a day: how long a set, a half or a wait lasted. */
const SHORT_DURATION = /^(?:seconds?|minutes?|hours?)$/i;

/** Words that make a sentence about the family of the article's subject. */
const FAMILY =
	/\b(?:survived by|married|(?:her|his|their) (?:wife|husband|widow|widower|partner|daughters?|sons?|children|brothers?|sisters?|siblings|parents|mother|father|grandchildren)|(?:[\p{L}’']+['’]s) (?:wife|husband|daughter|son|brother|sister))\b/iu;
/** Words that place a sentence after the subject's working life, or at an honour late in it. */
const LATE_LIFE =
	/\b(?:after (?:she|he|they) retired|after retiring|in (?:her|his|their) retirement|retired in|was knighted|made a (?:dame|knight)|honorary (?:degree|doctorate))\b/i;

/**
 * A time given to a death: "Howard Pell died in 2015", "she died of a fever in 1811". Outside the
 * lead, a death closes a life the article has told, and when it came is not what the story says.
 */
const DIED = /\b(?:died|dies|passed away)\b(?:\s+[^\s.;:]+){0,4}\s+(?:in|on)\s+$/i;

/** The key a learner gives or recalls, for the headline test. */
function keyOf(c: Candidate): string {
	const q = c.question;
	if (q.type === 'mcq') return q.choices[q.answer] ?? '';
	if (q.type === 'cloze' || q.type === 'short_answer') return q.answer;
	if (q.type === 'flashcard') return q.back;
	return '';
}

/** Kinds whose key is a term or a name, so that the headline can give it away. */
const TERMS = new Set(['key-term', 'definition', 'named-thing']);

export const INCIDENTAL_RULES: SideRule[] = [
	{
		// "Dana Reyes → an analyst at Halden Securities": who a source is, when the article names them once to quote them.
		name: 'what a source named once is',
		weight: 'trivial',
		test: (c, view) => c.fact.kind === 'person' && c.facet === 'role' && COMMENT.test(c.sentence.text) && !prominent(c.fact.key, view)
	},
	{
		name: 'where a person works, or the city of their employer',
		weight: 'trivial',
		test: (c, view) => (c.fact.kind === 'place' || c.fact.kind === 'organisation') && inPersonDescription(c, view)
	},
	{
		// "Castello Shipping of Genoa", "the Paris-based consultancy": a company's home is not its story.
		name: 'the home city of a company',
		weight: 'trivial',
		test: (c) =>
			c.fact.kind === 'place' &&
			(/^-based\b/.test(after(c)) || /\b(?:based|headquartered) in (?:the )?$/.test(before(c)) || /\p{Lu}[\p{L}]+ of $/u.test(before(c)))
	},
	{
		name: 'a place named once, outside the headline and the lead',
		weight: 'minor',
		test: (c, view) => c.fact.kind === 'place' && !isLead(c, view) && !prominent(c.fact.answer, view)
	},
	{
		// "250 million pesos, about $4.5 million", "(about 4 miles)": the same figure again in other units.
		name: 'a conversion of the figure before it',
		weight: 'trivial',
		test: (c) =>
			c.fact.kind === 'quantity' &&
			/\d[^,;()]{0,30}(?:,|\()\s*(?:(?:or|equal to|equivalent to|worth) (?:about |around |roughly )?|about |around |roughly |approx\. |approximately )$/i.test(
				before(c)
			)
	},
	{
		// "the first title in 40 years", "founded 12 years ago": a count that only runs to the day of writing.
		name: 'years counted to the day of writing',
		weight: 'trivial',
		test: (c) =>
			c.fact.kind === 'quantity' &&
			/^years?\b/i.test(c.fact.unit ?? '') &&
			(/^\s*(?:ago|earlier|since)\b/i.test(after(c)) || /\b(?:first time in|first [\p{L} -]{0,30} in|in more than|in over) $/iu.test(before(c)))
	},
	{
		name: 'how long a part of an event lasted',
		weight: 'trivial',
		test: (c, view) => c.fact.kind === 'quantity' && SHORT_DURATION.test(c.fact.unit ?? '') && !isLead(c, view)
	},
	{
		name: 'the family or the late life of the subject',
		weight: 'trivial',
		test: (c, view) => !TERMS.has(c.fact.kind) && !isLead(c, view) && (FAMILY.test(c.sentence.text) || LATE_LIFE.test(c.sentence.text))
	},
	{
		name: 'when someone died',
		weight: 'trivial',
		test: (c, view) => c.fact.kind === 'date' && !isLead(c, view) && DIED.test(before(c))
	},
	{
		// "The lakes release ____." under "Arctic lakes release methane": the headline gives the key.
		name: 'the headline’s own subject',
		weight: 'trivial',
		test: (c, view) => {
			if (!TERMS.has(c.fact.kind) || c.question.type === 'flashcard' || !view.title) return false;
			const key = [...contentStems(keyOf(c))];
			const title = contentStems(view.title);
			return key.length > 0 && key.every((w) => title.has(w));
		}
	}
];
