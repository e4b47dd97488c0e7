import { clauseRest, finish, wordCount } from '../english';
import type { Token } from '../tokens';
import type { LeadClaim } from './lead-claim';
import { finite, has } from './lead-phrases';
import { standsAlone } from './relation';

/**
 * A lead whose verb takes a clause: "An independent inquiry into last winter's leak … has found
 * that the water company postponed a structural survey three times …". "that" straight after a
 * verb opens what was found or shown (a relative "that" follows a noun), so the claim is asked
 * "What has an independent inquiry into last winter's leak … found?", its back the clause.
 * Speech verbs ("said that") are read by the finding and argument kinds and never reach here.
 */

/** The clause asked must be a claim of its own: at least a subject and a verb, and short enough to learn. */
const CLAUSE_MIN = 4;
const CLAUSE_MAX = 28;

/** The claim of a verb group `verbs` ending at `v` with a "that" clause after it, or null. */
export function foundClaim(text: string, tokens: Token[], v: number, verbs: Token[], subjectText: string, asked: string, plural: boolean): LeadClaim | null {
	const that = tokens[v + 1];
	if (!that || that.text !== 'that' || tokens[v].post !== ' ' || !has(verbs[verbs.length - 1], 'PastTense', 'Participle')) return null;
	const found = finish(clauseRest(text.slice(that.end).trim()));
	const inside = tokens.filter((t) => t.start > that.start && t.end <= that.end + 1 + found.length);
	// "found that bridge unsafe": a determiner "that" has no verb after its noun ("recover" may be tagged a bare form).
	const verb = inside.findIndex((t) => finite(t) || (has(t, 'Verb') && has(t, 'PresentTense') && !has(t, 'Gerund')));
	if (verb < 1 || wordCount(found) < CLAUSE_MIN || wordCount(found) > CLAUSE_MAX || !standsAlone(found)) return null;
	return {
		clause: `${subjectText} ${text.slice(verbs[0].start, that.end)} ${found}`,
		asked,
		plural,
		verbs,
		object: found,
		complement: found
	};
}
