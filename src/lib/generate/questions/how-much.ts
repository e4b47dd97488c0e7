import { BLANK } from '../../bank/schema';
import { findNumber } from '../../quiz/parse-number';
import { asQuestion, CLAUSE_END } from '../english';
import type { QuantityFact } from '../facts/types';
import type { Sentence } from '../sentences';
import { tokenize } from '../tokens';
import { namesItsEvent, objectQuestion } from './how-many';
import { beforeNumber, type Leads, ownClause, qualifierLead, wholeRelative } from './number-clause';
import { trimLead } from './phrasing';
import { isFinite, invert } from './wh';

/**
 * Real questions for numbers that are no count: a sum of money ("How much did the council
 * contribute?"), a change in per cent ("By what percentage did the shares jump?") and a share of a
 * group ("What percentage of participants were women?"). Each is made only where the clause
 * inverts with certainty; otherwise null, and the caller keeps the blank.
 */

const HOW_MUCH: Leads = ['How much', 'About how much'];
const BY_WHAT: Leads = ['By what percentage', 'By about what percentage'];
const WHAT_SHARE: Leads = ['What percentage', 'About what percentage'];

/**
 * Verbs of rising and falling: after one, a bare percentage is the size of a change ("rents rose
 * 4%"); after any other verb it is a level reached ("the margin reached 12%"), which "By what
 * percentage …?" would misread. The verbs of change in English prose are a small, closed set.
 */
const CHANGE =
	/^(?:rose|rise|rises|risen|fell|fall|falls|fallen|jumped|jumps|grew|grow|grows|climbed|climbs|dropped|drops|slid|slides|gained|gains|lost|loses|increased|increases|decreased|decreases|declined|declines|soared|soars|surged|surges|tumbled|tumbles|slumped|slumps|plunged|plunges|eased|eases|edged|edges|shrank|shrinks)$/i;

/** What follows the number up to the end of its clause, with no second figure but a year. */
function clauseAfter(sentence: Sentence, end: number): string {
	const tail = sentence.text.slice(end - sentence.start);
	const rest = wholeRelative(tail, ownClause(tail));
	return findNumber(rest.replace(/\b(?:1[6-9]|20)\d\d\b|[\p{L}\d]+-[\p{L}\d-]+/gu, '')) ? '' : rest;
}

/**
 * "have risen 9 per cent over the past twelve months": the span a change was measured over,
 * which the question would drop with its figure ("twelve"), leaving a change with no period.
 */
function lostSpan(sentence: Sentence, end: number): boolean {
	const tail = sentence.text.slice(end - sentence.start);
	return clauseAfter(sentence, end) === '' && /^\s*(?:over|during|since|within|for|between|in the (?:past|last|first))\b/i.test(ownClause(tail));
}

/**
 * "Pellham's shares jumped 12% to $22.81" → "By what percentage did Pellham's shares jump?";
 * "Shading raised the survival rate of young corals by about 30%" → "By about what percentage did
 * shading raise the survival rate of young corals?". After "by" any clause inverts; without it
 * the number must follow a verb of change directly.
 */
function changeQuestion(sentence: Sentence, fact: QuantityFact): string | null {
	const before = trimLead(beforeNumber(sentence, fact)).text;
	const by = / by $/.exec(before);
	if (!by) {
		const verb = tokenize(before).at(-1);
		return verb && CHANGE.test(verb.text) && !lostSpan(sentence, fact.end) ? objectQuestion(sentence, fact, '', BY_WHAT) : null;
	}
	const lead = qualifierLead(fact.qualifier, BY_WHAT);
	const clause = before.slice(0, by.index);
	// "Veridia estimates that its process could cut costs by 30%": the change is in a reported clause.
	if (!lead || CLAUSE_END.test(clause) || /\bthat\b/i.test(clause)) return null;
	return invert(lead, `${clause}${clauseAfter(sentence, fact.end)}`);
}

/**
 * "About 40% of confirmed cases are adults …" → "About what percentage of confirmed cases are
 * adults …?": a share that opens the clause (alone, or after "X said that") is its subject, and
 * the question keeps the clause's own order. The group runs from "of" to the first finite verb.
 */
function subjectShare(sentence: Sentence, fact: QuantityFact): string | null {
	const before = trimLead(beforeNumber(sentence, fact)).text.trim();
	const said = /^((?:\p{Lu}[\p{L}.'’-]*\s?){1,3}) (?:said|says|reported|noted|found|estimated|pointed out) that$/u.exec(before);
	if (before !== '' && !said) return null;
	const tail = sentence.text.slice(fact.end - sentence.start);
	if (!tail.startsWith(' of ')) return null;
	const tokens = tokenize(tail);
	// "buses run": compromise tags a plural's present verb an infinitive too, but it carries the tense.
	const verb = tokens.findIndex((t, i) => i > 1 && !t.tags.has('Noun') && (isFinite(t) || (t.tags.has('PresentTense') && !t.tags.has('Gerund'))));
	if (verb < 2 || verb > 10) return null;
	const group = tail.slice(0, tokens[verb].start);
	if (CLAUSE_END.test(group) || findNumber(group)) return null;
	const lead = qualifierLead(fact.qualifier, WHAT_SHARE);
	if (!lead) return null;
	// "… are adults between the ages of 18 and 45": a clause holding other figures is not printed, and without it there is no question.
	const rest = clauseAfter(sentence, fact.end + tokens[verb].start);
	if (rest === '') return null;
	return `${said ? `According to ${said[1]}, ${lead.toLowerCase()}` : lead}${group}${asQuestion(rest)}`;
}

/** A "How much …?" or "What percentage …?" question for a sum of money or a percentage, or null. */
export function howMuchQuestion(sentence: Sentence, fact: QuantityFact): string | null {
	if (!fact.form) return null;
	let q: string | null = null;
	if (fact.form.currency) q = objectQuestion(sentence, fact, '', HOW_MUCH);
	else if (fact.form.percent) {
		const share = sentence.text.slice(fact.end - sentence.start).startsWith(' of ');
		q = share ? (subjectShare(sentence, fact) ?? objectQuestion(sentence, fact, '', WHAT_SHARE, true)) : changeQuestion(sentence, fact);
	}
	return q && !q.includes(BLANK) && namesItsEvent(q) ? q : null;
}
