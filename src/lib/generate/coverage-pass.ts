import type { Question } from '../bank/schema';
import { checkQuestion } from './checks';
import { uncoveredFacts } from './coverage';
import { listQuestions, placeLists } from './coverage-list';
import type { FactRecord } from './facts/types';
import type { Candidate } from './questions';
import { overlap } from './questions/overlap';
import { score, type ArticleView } from './rank';
import { fits } from './select';
import { typeHasRoom } from './select-types';
import type { Sentence } from './sentences';
import { clearsBar } from './quality/model';
import { sideDetail } from './side-details';

/**
 * After selection, a number, person, place, organisation or date that no kept question shows is
 * given one: the best passing candidate whose prompt or key shows it ("In ____, a drone damaged a
 * power station …, as confirmed by Denis Pushilin" shows the man who confirmed it), or for the
 * members of a list of places, one question on the rest of the list. A candidate that is itself
 * a side detail, clashes with or overlaps a kept one, or would give its type more than two in five
 * places, is never used: coverage does not buy trivia.
 */

const ownRoom = (kept: Candidate[], c: Candidate) => typeHasRoom(kept.filter((k) => k.question.type === c.question.type).length, kept.length);

/** Questions on the still-unasked members of each list of places: from the first unasked member to the list's end. */
function listCandidates(facts: FactRecord[], sentences: Sentence[], text: string, unasked: Set<FactRecord>): Candidate[] {
	const out: Candidate[] = [];
	const body = sentences.filter((s) => !s.heading);
	const lists = body.flatMap((s) => placeLists(facts, s, text));
	for (const sentence of body) {
		for (const list of placeLists(facts, sentence, text)) {
			if (!list.some((p) => unasked.has(p))) continue;
			const others = lists.filter((l) => l[0].sentence !== sentence.index);
			out.push(...listQuestions(list, facts, sentence, others).filter((c) => checkQuestion(c.question).length === 0));
		}
	}
	return out;
}

const questionsOf = (kept: Candidate[]): Question[] => kept.map((k) => k.question);

export function coverFacts(chosen: Candidate[], passing: Candidate[], facts: FactRecord[], sentences: Sentence[], view: ArticleView, max: number): Candidate[] {
	const kept = [...chosen];
	const named = (f: FactRecord) => (f.kind === 'place' || f.kind === 'organisation') && view.topics.has(f.key);
	const unaskedNow = () => new Set(uncoveredFacts(questionsOf(kept), facts).filter((f) => !named(f as FactRecord)) as FactRecord[]);
	const pool = [...passing, ...listCandidates(facts, sentences, view.text, unaskedNow())]
		// A list's question asks the whole list: one member's weight (a place named once) is not its own,
		// nor is the quality model's reading of its key as one member of a list.
		.filter((c) => !kept.includes(c) && (c.dedupe.startsWith('place-list|') || (sideDetail(c, view) === null && clearsBar(c, view, view.quality))))
		.map((c) => ({ c, s: score(c, view) }))
		.sort((a, b) => b.s - a.s);
	for (const fact of [...unaskedNow()].sort((a, b) => a.answerStart - b.answerStart)) {
		if (kept.length >= max) break;
		// An earlier addition may have asked this one too.
		if (uncoveredFacts(questionsOf(kept), [fact]).length === 0) continue;
		const shows = (c: Candidate) => uncoveredFacts([c.question], [fact]).length === 0;
		for (const { c } of pool) {
			if (kept.includes(c) || !shows(c)) continue;
			const blockers = kept.filter((k) => overlap(k, c) || !fits([k], c));
			if (!yields(blockers, kept, c, facts)) continue;
			const rest = kept.filter((k) => !blockers.includes(k));
			if (!fits(rest, c) || !ownRoom(rest, c)) continue;
			// A swap that costs the bank a type it cannot get back is no swap.
			const next = restoreTypes([...rest, c], kept, pool, max);
			if ([...new Set(kept.map((k) => k.question.type))].some((t) => !next.some((k) => k.question.type === t))) continue;
			kept.splice(0, kept.length, ...next);
			break;
		}
	}
	return kept;
}

/**
 * Whether the kept questions that block a covering candidate may give way to it: none, or only
 * true/false statements (the weaker form of a fact, see questions/overlap.ts) whose numbers,
 * names and dates the bank still shows with the candidate in their place.
 */
function yields(blockers: Candidate[], kept: Candidate[], c: Candidate, facts: FactRecord[]): boolean {
	if (blockers.length === 0) return true;
	if (blockers.length > 1 || blockers.some((b) => b.form !== 'statement')) return false;
	const after = [...kept.filter((k) => !blockers.includes(k)), c];
	const mine = facts.filter((f) => uncoveredFacts(questionsOf(blockers), [f]).length === 0);
	return uncoveredFacts(questionsOf(after), mine).length === 0;
}

/** A type the selection had and a swap took away comes back with its best fitting question. */
function restoreTypes(kept: Candidate[], chosen: Candidate[], pool: { c: Candidate }[], max: number): Candidate[] {
	const out = [...kept];
	for (const type of new Set(chosen.map((c) => c.question.type))) {
		if (out.length >= max || out.some((k) => k.question.type === type)) continue;
		const back = pool.find(({ c }) => c.question.type === type && !out.includes(c) && fits(out, c) && !out.some((k) => overlap(k, c)));
		if (back) out.push(back.c);
	}
	return out;
}
