import { BLANK } from '../../bank/schema';
import { findNumber } from '../../quiz/parse-number';
import { asQuestion, capitalise } from '../english';
import type { QuantityFact } from '../facts/types';
import type { Sentence } from '../sentences';
import { tokenize } from '../tokens';
import { ownClause, wholeRelative } from './number-clause';
import { trimLead } from './phrasing';
import { isFinite } from './wh';

/**
 * "Roughly one in ten adults screened had high blood pressure" → "Roughly one in how many adults
 * screened had high blood pressure?". The rate is the subject of its clause, so the question keeps
 * the clause's order and only the number turns into "how many".
 */

/**
 * "one in" opening the sentence or a clause after a verb and "that" ("found that one in …"), with
 * the article's own rounding word. A "that" after a noun opens a relative clause ("the drug that
 * one in ten adults takes"), whose rate has no clause of its own to ask.
 */
const ONE_IN = /(?:^|(\S+) that )(?:(roughly|around|about|approximately|some) )?one in $/i;

/** A "One in how many …?" question for a rate "one in N", or null. */
export function oneInQuestion(sentence: Sentence, fact: QuantityFact): string | null {
	const before = trimLead(sentence.text.slice(0, fact.answerStart - sentence.start)).text;
	const m = ONE_IN.exec(before);
	if (!m || (m[1] !== undefined && !tokenize(m[1]).at(-1)?.tags.has('Verb'))) return null;
	const tail = sentence.text.slice(fact.answerEnd - sentence.start);
	const clause = wholeRelative(tail, ownClause(tail));
	// The clause must say something of the group (a finite verb), and print no other figure.
	if (!tokenize(clause).some(isFinite) || findNumber(clause.replace(/\b(?:1[6-9]|20)\d\d\b/g, '')) || clause.includes(BLANK)) return null;
	return asQuestion(`${capitalise(m[2] ? `${m[2]} one` : 'one')} in how many${clause}`);
}
