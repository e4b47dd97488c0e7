import { normaliseAnswer } from '../quiz/normalise';
import type { Question } from '../bank/schema';
import type { Candidate } from './questions';
import { score } from './rank';

/**
 * Which candidates make the bank: the best first, each pick leaning away from types already
 * common, every type that passed its checks present. One question per
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
	if (c.fact.kind === 'quote') return `${c.sentence.index}|person|${c.fact.speaker}`;
	if (c.fact.kind === 'person') return `${c.sentence.index}|person|${c.fact.key}`;
	return `${c.sentence.index}|${c.fact.answerStart}`;
}

/** Whether a prompt holds an answer as whole words. */
function shows(prompt: string, answer: string): boolean {
	const a = normaliseAnswer(answer);
	return a.length > 0 && ` ${normaliseAnswer(prompt)} `.includes(` ${a} `);
}

/** What a learner must give or recall for a question: its key, or a card's back. */
function answersOf(q: Question): string[] {
	switch (q.type) {
		case 'mcq':
			return [q.choices[q.answer] ?? ''];
		case 'cloze':
		case 'short_answer':
			return [q.answer];
		case 'numeric':
			return [String(q.answer)];
		case 'flashcard':
			return [q.back];
		default:
			return [];
	}
}

/**
 * Whether two questions cannot both be kept: the same prompt, the same fact, or one prompt
 * that prints the other's answer anywhere in the bank ("Over 24 UAVs …" beside "Over ____ UAVs
 * …", a card "Volodymyr Zelensky" beside "Who said …?").
 */
function clash(k: Candidate, c: Candidate): boolean {
	if (k.question.prompt === c.question.prompt || factOf(k) === factOf(c)) return true;
	return answersOf(c.question).some((a) => shows(k.question.prompt, a)) || answersOf(k.question).some((a) => shows(c.question.prompt, a));
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
	return sameSentence < 3 && sameName < 3;
}

/** What a question loses for each question of another fact whose prompt prints its answer. */
const BLOCK_COST = 1;

/**
 * For each candidate, how many candidates of other facts print its answer in their prompts: a
 * question whose answer the article repeats everywhere ("Harbour City", "two") would shut all of
 * them out of the bank, so it ranks lower.
 */
function blocking(candidates: Candidate[]): number[] {
	const prompts = candidates.map((c) => ` ${normaliseAnswer(c.question.prompt)} `);
	return candidates.map((c) => {
		const answers = answersOf(c.question)
			.map((a) => normaliseAnswer(a))
			.filter((a) => a.length > 0);
		const facts = new Set<string>();
		candidates.forEach((o, j) => {
			if (o.fact !== c.fact && answers.some((a) => prompts[j].includes(` ${a} `))) facts.add(factOf(o));
		});
		return facts.size;
	});
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
	const blocked = blocking(candidates);
	const ranked = candidates
		.map((c, i) => ({ c, s: score(c, topics) - BLOCK_COST * blocked[i] }))
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
			kept = fill([...rest.slice(0, max - 1), r.c], ranked, max);
			break;
		}
	}
	return kept;
}
