import type { ClaimFact } from '../facts/types';
import { baseOf } from './clause';
import { contradict } from './contradict';

/** Verbs of change whose swap ("fell" → "rose") can say nonsense of their subject ("Rain rose"): denied instead. */
const CHANGE_VERB = /^(?:rose|fell|increased|decreased|raised|lowered|improved|worsened|increase|decrease)$/i;

/**
 * The claim's false version: a comparative swapped ("most likely" → "least likely") where the
 * predicate has one, else its main verb denied. Never compromise's rewording of a whole clause,
 * which can break a clause it misreads.
 */
export function reverse(fact: ClaimFact): string | null {
	const predicate = fact.predicate;
	if (/\d/.test(predicate)) return null;
	// "once more", "any more", "more than": idioms and bounds, not a comparison the swap can turn.
	const idiom = /\b(?:once|any|no|ever|never) (?:more|less)\b|\b(?:more|less|fewer) than\b/i.test(predicate);
	const swapped = CHANGE_VERB.test(predicate.split(' ')[0]) || idiom ? null : contradict(predicate);
	if (swapped && !/\b(?:not|never|no)\b|n't\b/i.test(swapped)) return swapped;
	// A denial reaches one clause only ("did not accept the argument and the patent was granted"),
	// and "was not also known" or "were not still celebrating" no longer says one thing.
	return fact.single && !/^\S+ (?:also|still|already|just|only|even|then|now|\S+ly)\b/i.test(predicate) ? negated(predicate) : null;
}

/** Verbs that take "not" after them: "is not", "can not" reads "cannot". */
const TAKES_NOT = /^(?:is|are|was|were|can|could|will|would|should|may|might|must)$/i;

/**
 * The clause with its main verb denied, when English makes that plain: "not" after a copula or
 * modal, "did not" or "does not" before a verb's base form. Null for a clause that denies already,
 * or a verb whose base form is not known.
 */
export function negated(predicate: string): string | null {
	if (/\b(?:not|never|no)\b|n't\b/i.test(predicate)) return null;
	const [verb, ...rest] = predicate.split(' ');
	const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
	// "The heat is on once more": a copula before a particle is an idiom, and its denial says nothing plain.
	if (TAKES_NOT.test(verb) && /^(?:on|off|in|out|up|down|over|back|at|away)$/i.test(rest[0] ?? '')) return null;
	if (TAKES_NOT.test(verb)) return `${verb === 'can' ? 'cannot' : `${verb} not`}${tail}`;
	if (/^(?:has|have|had|does|do|did)$/i.test(verb)) return null;
	const base = baseOf(verb);
	if (base === verb) return null;
	const present = verb === `${base}s` || verb === `${base}es` || verb === `${base.replace(/y$/, '')}ies`;
	return `${present ? 'does' : 'did'} not ${base}${tail}`;
}
