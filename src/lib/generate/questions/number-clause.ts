import type { QuantityFact } from '../facts/types';
import type { Sentence } from '../sentences';
import { clauseRest } from '../english';
import { tokenize } from '../tokens';

/**
 * The pieces of a number's clause that "How many …?" (how-many.ts) and "How much …?"
 * (how-much.ts) questions are built from: how the question opens, the text before the number and
 * the rest of its clause.
 */

/** How a question opens on an exact number and on an approximate one. */
export type Leads = readonly [exact: string, about: string];

/**
 * How a count's question opens. A bound ("over 50", "at least 40", "up to 450") has no "how
 * many" that reads as English ("More than how many …?"), so it gives no question: null.
 */
export function qualifierLead(q: string | undefined, [exact, about]: Leads): string | null {
	if (!q) return exact;
	const w = q.toLowerCase();
	if (/^(?:over|more than|at least|up to|fewer than|less than|under|nearly|almost)$/.test(w)) return null;
	if (/^(?:just|only|a total of|a record)$/.test(w)) return exact;
	return about;
}

/**
 * The rest of the number's clause: up to a comma, colon or dash, and before "and" opening a
 * second verb ("weighs 33,000 kilograms when fully fuelled and can carry …"), which would
 * otherwise hang off the question with no subject.
 */
export function ownClause(rest: string): string {
	const clause = clauseRest(rest);
	for (const t of tokenize(clause)) {
		if (t.text.toLowerCase() === 'and') {
			const next = tokenize(clause.slice(t.end)).at(0);
			const then = tokenize(clause.slice(t.end)).at(1);
			// compromise reads "hopes to" as a plural noun; "to" after it shows the verb.
			// "from streets and parks": a last word after a noun ends a list of nouns, whatever its tag.
			const listEnd = !then && tokenize(clause.slice(0, t.start)).at(-1)?.tags.has('Noun');
			if (next && !listEnd && (next.tags.has('Verb') || (/s$/.test(next.text) && then?.text === 'to'))) return clause.slice(0, t.start);
		}
	}
	return clause;
}

const RELATIVE = /\s(?:where|which|that|who|whom|whose)\b/i;

/**
 * `clause`, the start of `rest`: when it was cut at a comma after a relative word ("stations
 * where trains can stop, if a fire breaks out, …"), the comma may sit inside the relative
 * clause, so the relative clause goes whole and the question ends on its noun.
 */
export function wholeRelative(rest: string, clause: string): string {
	const relative = RELATIVE.exec(clause);
	return relative && rest.startsWith(`${clause},`) ? clause.slice(0, relative.index) : clause;
}

/** The text before the number, without the qualifier ("approximately"). */
export function beforeNumber(sentence: Sentence, fact: QuantityFact): string {
	let before = sentence.text.slice(0, fact.answerStart - sentence.start);
	if (fact.qualifier) before = before.slice(0, before.length - fact.qualifier.length - 1);
	return before;
}
