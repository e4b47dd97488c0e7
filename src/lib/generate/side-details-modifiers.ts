import { normaliseAnswer } from '../quiz/normalise';
import { timesNamed } from './incidental';
import type { Candidate } from './questions';
import { besideAnswer } from './questions/candidate';
import type { SideRule, SideView } from './side-details';
import { isLead } from './side-details-asides';

/**
 * Side details judged by where the answer sits in its sentence: not in the main clause, but in a
 * part that only modifies it. One item of an incidental list ("units from ____ and South Korea"),
 * a later count of a list of counts ("214 houses, ____ chapels and the gasworks"), a phrase after
 * "including" or "such as", the description after a name ("Biocon Nova, a manufacturer in ____"),
 * a place worn as a label ("the ____ trio Lowther") and the body a figure is credited to
 * ("according to the ____"). A name the article comes back to is the story's, not a modifier's:
 * these rules pass over it.
 */

const before = (c: Candidate) => besideAnswer(c).before;
const after = (c: Candidate) => c.sentence.text.slice(Math.max(c.fact.answerEnd - c.sentence.start, 0));
const isName = (c: Candidate) => ['person', 'organisation', 'place', 'named-thing'].includes(c.fact.kind);

/**
 * Whether the article names it again, or the headline does. The lead is no exception here: a name
 * the lead gives once, inside a list, is as incidental as one further down.
 */
function recurs(name: string, view: SideView, tail = ''): boolean {
	if (timesNamed(name, view.text) >= 2) return true;
	// "the Philippine Institute of Volcanology and Seismology, known as Phivolcs": the short name may be the one that recurs.
	const short = SHORT_NAME.exec(tail)?.[1];
	if (short !== undefined && timesNamed(short, view.text) >= 2) return true;
	return view.title !== undefined && ` ${normaliseAnswer(view.title)} `.includes(` ${normaliseAnswer(name)} `);
}

/** A short name given right after the answer: ", known as Phivolcs", " (NDRRMC)". */
const SHORT_NAME = /^,?\s*(?:known as\s+|also called\s+|\()(\p{Lu}[\p{L}]+)/u;

/** A capitalised word (a name's last word), with the punctuation a list puts after it. */
const NAME_WORD = String.raw`\p{Lu}[\p{L}’'.-]*`;
/** "Seixal and ____", "Japan or ____". */
const AFTER_NAME_AND = new RegExp(String.raw`${NAME_WORD},?\s+(?:and|or)\s+(?:the\s+)?$`, 'u');
/** "____ and South Korea", "____, and the Danube". */
const BEFORE_AND_NAME = new RegExp(String.raw`^,?\s+(?:and|or)\s+(?:the\s+)?\p{Lu}`, 'u');
/** "the Coast Guard, the ____, and volunteers": between two commas of a list. */
const AFTER_NAME_COMMA = new RegExp(String.raw`${NAME_WORD},\s+(?:the\s+)?$`, 'u');
const BEFORE_COMMA = /^,\s/;
/** "the ____, the Danube and the Tagus": a list of names follows. */
const BEFORE_LIST = new RegExp(String.raw`^,\s+(?:the\s+)?\p{Lu}[^,.;]*,?\s+(?:and|or)\s+(?:the\s+)?\p{Lu}`, 'u');

/** Whether the answer is one item of a list of names. */
function listItem(c: Candidate): boolean {
	const head = before(c);
	const tail = after(c);
	if (AFTER_NAME_AND.test(head) || BEFORE_AND_NAME.test(tail) || BEFORE_LIST.test(tail)) return true;
	return AFTER_NAME_COMMA.test(head) && BEFORE_COMMA.test(tail);
}

/**
 * "214 houses, " or "€14 for adults, ": a count of things (with at most three words after it) and a
 * list's comma or "and". A span of time ("within 24 hours, ") is when, not a list's first item.
 */
const EARLIER_COUNT =
	/(?:^|[\s(])[$€£¥]?\d[\d,.]*\s*(?:million\s+|billion\s+|%\s+|percent\s+)?(?!(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b)(?:(?!and\b)[\p{Ll}-]+\s+){0,2}(?!and\b)[\p{Ll}-]+(?:,\s+(?:and\s+)?|\s+and\s+)$/u;
/** The list goes on after the answer ("____ chapels and the gasworks"), or the answer is its last item ("… and ____ sheds"). */
const LIST_GOES_ON = /^\s*(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+(?:,\s|\s+and\s)/u;
const LAST_ITEM = /\band\s+$/;

/** Words that open an example or a part of a whole, and the words after it up to the answer. */
const EXAMPLE = /\b(?:including|such as|among them|notably|for example|for instance)\b([^.;:!?]*)$/i;
/** A verb of its own after "including": the answer is back in a clause, not in the example. */
const CLAUSE = /\b(?:said|says|is|was|were|are|has|have|had|will|would|did|does)\b/i;

/** "Biocon Nova, a manufacturer in ____": a name, then an indefinite description that ends in a preposition. */
const DESCRIPTION = new RegExp(String.raw`${NAME_WORD},\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,5}(?:in|of|from|at|near|based in)\s+(?:the\s+)?$`, 'u');

/** "the ____ trio Lowther": an article, the answer, a noun or two, and the name it labels. */
const LABEL_BEFORE = /\b(?:the|a|an)\s+$/i;
const LABEL_AFTER = /^\s+(?:[\p{Ll}-]+\s+){1,2}\p{Lu}/u;

export const MODIFIER_RULES: SideRule[] = [
	{
		// Minor, not trivial: where the list is what the sentence reports ("Sweden received A, B and C"),
		// an item of it may still fill the floor after every central question.
		name: 'one item of a list of names',
		weight: 'minor',
		test: (c, view) => isName(c) && listItem(c) && !recurs(c.fact.answer, view)
	},
	{
		name: 'a later count in a list of counts',
		weight: 'trivial',
		test: (c) => c.fact.kind === 'quantity' && EARLIER_COUNT.test(before(c)) && (LAST_ITEM.test(before(c)) || LIST_GOES_ON.test(after(c)))
	},
	{
		name: 'an example after “including” or “such as”',
		weight: 'trivial',
		test: (c, view) => {
			if (!isName(c) && c.fact.kind !== 'quantity') return false;
			const m = EXAMPLE.exec(before(c));
			if (!m || CLAUSE.test(m[1]) || m[1].split(/\s+/).length > 14) return false;
			return c.fact.kind === 'quantity' || !recurs(c.fact.answer, view);
		}
	},
	{
		name: 'where a named firm or group is, in its description',
		weight: 'trivial',
		test: (c, view) =>
			c.fact.kind === 'place' && !isLead(c, view) && (DESCRIPTION.test(before(c)) || (LABEL_BEFORE.test(before(c)) && LABEL_AFTER.test(after(c))))
	},
	{
		name: 'the body a figure is credited to',
		weight: 'trivial',
		test: (c, view) =>
			(c.fact.kind === 'organisation' || c.fact.kind === 'named-thing') &&
			/\baccording to\s+(?:the\s+)?$/i.test(before(c)) &&
			!recurs(c.fact.answer, view, after(c))
	}
];
