import type { FactRecord } from '../facts/types';
import type { Candidate } from '../questions/candidate';

/** A plain statement this central or more is the article's point (see centrality.ts); below, one sentence among many. */
export const CLAIM_BAR = 0.3;

/** The facts without the claims of peripheral sentences: asked, they would cost compromise's time and be dropped. */
export const centralClaims = (facts: FactRecord[], centrality: Map<number, number>): FactRecord[] =>
	facts.filter((f) => f.kind !== 'claim' || (centrality.get(f.sentence) ?? 0) >= CLAIM_BAR);

/**
 * Whether a claim's question is kept: from a central sentence, and a "What …?" only when its
 * answer is not what the headline is about.
 */
export function keptClaim(c: Candidate, centrality: Map<number, number>, title: string): boolean {
	if (c.fact.kind !== 'claim') return true;
	if ((centrality.get(c.sentence.index) ?? 0) < CLAIM_BAR) return false;
	return c.question.type !== 'short_answer' || !namesTopic(c.fact.subject, title);
}

/** Whether a subject's words are the headline's: asking for the article's topic is asking nothing. */
export function namesTopic(subject: string, title: string): boolean {
	const head = subject.split(/\s+/).at(-1)?.toLowerCase() ?? '';
	return head.length > 0 && new RegExp(`\\b${head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i').test(title);
}
