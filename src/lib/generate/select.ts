import { normaliseAnswer } from '../quiz/normalise';
import type { Candidate } from './questions';
import { balance, score } from './rank';

/**
 * Which candidates make the bank: the best first, each pick leaning away from types already
 * common, every type that passed its checks present, then types under ~40%. One question per
 * prompt and per fact, at most three per name and two per sentence.
 */

interface Ranked {
	c: Candidate;
	s: number;
}

/**
 * The fact a candidate asks. What a name is (its role) is one fact wherever it is said; a quote
 * and its speaker's name in one sentence are one fact (who said it); otherwise a sentence's span.
 */
function factOf(c: Candidate): string {
	if (c.facet === 'role') return `role|${c.fact.kind}|${c.fact.key}`;
	if (c.fact.kind === 'quote' || c.fact.kind === 'person') return `${c.sentence.index}|person|${c.fact.speaker ?? c.fact.key}`;
	return `${c.sentence.index}|${c.fact.answerStart}`;
}

/** Whether a prompt holds an answer as whole words. */
function shows(prompt: string, answer: string): boolean {
	const a = normaliseAnswer(answer);
	return a.length > 0 && ` ${normaliseAnswer(prompt)} `.includes(` ${a} `);
}

/**
 * Whether two questions cannot both be kept: same prompt or fact, or a true/false statement
 * beside another question on its sentence where one shows the other's answer ("Over 24 UAVs …"
 * next to "Over ____ UAVs …").
 */
function clash(k: Candidate, c: Candidate): boolean {
	if (k.question.prompt === c.question.prompt || factOf(k) === factOf(c)) return true;
	if (k.sentence.index !== c.sentence.index || (k.question.type !== 'true_false' && c.question.type !== 'true_false')) return false;
	return shows(k.question.prompt, c.fact.answer) || shows(c.question.prompt, k.fact.answer);
}

function fits(kept: Candidate[], c: Candidate): boolean {
	let sameSentence = 0;
	let sameName = 0;
	for (const k of kept) {
		if (k === c || clash(k, c)) return false;
		// Two questions on one sentence are of two types: a second blank in the same text reads
		// as the same question again.
		if (k.sentence.index === c.sentence.index && k.question.type === c.question.type) return false;
		if (k.sentence.index === c.sentence.index) sameSentence++;
		if (k.fact.kind === c.fact.kind && k.fact.key === c.fact.key) sameName++;
	}
	return sameSentence < 2 && sameName < 3;
}

/** Adds the best fitting candidates until `max`; a type already common costs points. */
function fill(start: Candidate[], ranked: Ranked[], max: number): Candidate[] {
	const kept = [...start];
	const perType = new Map<string, number>();
	for (const k of kept) perType.set(k.question.type, (perType.get(k.question.type) ?? 0) + 1);
	// Choosing by score alone and trimming types afterwards would throw whole facts away.
	const adjusted = (r: Ranked) => r.s - (kept.length < 4 ? 0 : 8 * Math.max(0, (perType.get(r.c.question.type) ?? 0) / kept.length - 0.25));
	let pool = ranked;
	while (kept.length < max) {
		pool = pool.filter((r) => fits(kept, r.c));
		if (pool.length === 0) break;
		let best = pool[0];
		for (const r of pool) if (adjusted(r) > adjusted(best)) best = r;
		kept.push(best.c);
		perType.set(best.c.question.type, (perType.get(best.c.question.type) ?? 0) + 1);
	}
	return kept;
}

/** Keeps at most `max` candidates (see the module comment); `topics` feeds `score`. */
export function select(candidates: Candidate[], max: number, topics: Set<string>): Candidate[] {
	const ranked = candidates
		.map((c) => ({ c, s: score(c, topics) }))
		.sort((a, b) => b.s - a.s || (a.c.question.id < b.c.question.id ? -1 : a.c.question.id > b.c.question.id ? 1 : 0));
	let kept = fill([], ranked, max);
	// A type that lost every slot takes one back: its best candidate replaces the few it clashes
	// with (at most two), and the freed room is filled again.
	for (const type of new Set(ranked.map((r) => r.c.question.type))) {
		if (kept.some((k) => k.question.type === type)) continue;
		for (const r of ranked) {
			if (r.c.question.type !== type) continue;
			const rest = kept.filter((k) => !clash(k, r.c) && k.sentence.index !== r.c.sentence.index);
			if (rest.length < kept.length - 2 || !fits(rest, r.c)) continue;
			kept = fill([...rest, r.c], ranked, max);
			break;
		}
	}
	return balance(kept);
}
