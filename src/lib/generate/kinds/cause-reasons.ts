import { normaliseAnswer } from '../../quiz/normalise';
import type { CauseFact, FactRecord } from '../facts/types';
import { cardBack } from './relation';

/** Closed-class words of four letters or more (determiners, pronouns, auxiliaries, conjunctions, prepositions): they tie no two events together. */
const FUNCTION_WORD =
	/^(?:that|this|these|those|with|from|were|have|been|being|they|them|their|there|which|would|could|should|will|shall|might|must|into|onto|over|under|after|before|about|than|then|when|where|while|also|only|some|most|more|other|such|what|each|every|very|just|because|since|does|doing|upon|until|within|without|through|against)$/;

/** The content words of a text, cut to five letters ("buckled" as "buckl"), to tell whether two passages speak of the same things. */
export const contentWords = (t: string): Set<string> =>
	new Set((t.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !FUNCTION_WORD.test(w)).map((w) => w.slice(0, 5)));

const shares = (a: Set<string>, b: Set<string>) => [...a].some((w) => b.has(w));

/**
 * Wrong reasons for a "Why …?" choice question: causes the article gives for other events, put
 * as the article words them. A wrong reason must be one no reader could defend, so none may
 * share a content word with this cause, its effect or the sentences around it (`around`): in a
 * report of one story every cause of the same thing, person or object is a link of the same
 * chain ("the check was postponed" → "the worn valve was not replaced" → "the tram could not
 * stop"), and offering one as wrong makes two answers right. The article's findings are never
 * offered: a true statement put as "Because …" is a defensible reason for much of what it reports.
 */
export function wrongReasons(fact: CauseFact, all: FactRecord[], around: string[]): string[] {
	const story = contentWords([fact.effect, fact.answer, ...around].join(' '));
	const right = normaliseAnswer(cardBack(fact.answer));
	const reasons = all
		.filter((f): f is CauseFact => f.kind === 'cause' && f.key !== fact.key && Math.abs(f.sentence - fact.sentence) > 2)
		.filter((f) => !shares(contentWords(`${f.effect} ${f.answer}`), story))
		.map((f) => cardBack(f.answer));
	return [...new Set(reasons)].filter((r) => normaliseAnswer(r) !== right);
}
