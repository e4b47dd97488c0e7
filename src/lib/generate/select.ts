import { normalText } from './normal-text';
import type { Candidate } from './questions';
import { qualityPoints, score, type ArticleView } from './rank';
import { RELATIONS } from './relations';
import { clearsBar } from './quality/model';
import { clash, factOf, fits, headlined, normalised, shows } from './select-clash';
import { sideDetail } from './side-details';
import { capTypes, overShare, typeHasRoom } from './select-types';
import { worthAsking } from './worth';

/**
 * Which candidates make the bank: the best first, each pick leaning away from types already
 * common, every type that passed its checks present. One question per
 * prompt and per fact, at most three per name and two per sentence.
 */

export { factOf, fits, sentenceTwin, standsApart } from './select-clash';

interface Ranked {
	c: Candidate;
	s: number;
}

/** What a question loses for each question of another fact whose prompt prints its answer. */
const BLOCK_COST = 2;

/**
 * For each candidate, how many candidates of other facts print its answer in their prompts: a
 * question whose answer the article repeats everywhere ("Harbour City", "two") would shut all of
 * them out of the bank, so it ranks lower.
 */
function blocking(candidates: Candidate[]): number[] {
	return candidates.map((c) => {
		const facts = new Set<string>();
		// Questions on the same sentence are its alternatives, not questions it shuts out.
		for (const o of candidates) if (o.fact !== c.fact && o.sentence.index !== c.sentence.index && shows(o, c)) facts.add(factOf(o));
		return facts.size;
	});
}

/** Adds the best fitting candidates until `max`; a type already common costs points. */
function fill(start: Candidate[], ranked: Ranked[], max: number, view: ArticleView): Candidate[] {
	const kept = [...start];
	const perType = new Map<string, number>();
	for (const k of kept) perType.set(k.question.type, (perType.get(k.question.type) ?? 0) + 1);
	// Choosing by score alone and trimming types afterwards would throw whole facts away.
	const adjusted = (r: Ranked) => r.s - (kept.length < 4 ? 0 : 8 * Math.max(0, (perType.get(r.c.question.type) ?? 0) / kept.length - 0.25));
	// Questions worth asking first; below the bar, a question only brings the bank up to its floor,
	// so a side detail never takes a place a central fact could.
	let pool = ranked.filter((r) => worthAsking(r.c, view));
	let central = true;
	while (kept.length < max) {
		if (!central && kept.length >= view.floor) break;
		pool = pool.filter((r) => fits(kept, r.c));
		// No type takes more than two in five places of the bank.
		const room = pool.filter((r) => typeHasRoom(perType.get(r.c.question.type) ?? 0, kept.length));
		if (room.length === 0) {
			if (!central || kept.length >= view.floor) break;
			central = false;
			pool = ranked;
			continue;
		}
		// Below the bar, the quality model chooses which peripheral questions fill the floor.
		const value = (r: Ranked) => adjusted(r) + (central ? 0 : qualityPoints(r.c, view));
		let best = room[0];
		for (const r of room) if (value(r) > value(best)) best = r;
		kept.push(best.c);
		perType.set(best.c.question.type, (perType.get(best.c.question.type) ?? 0) + 1);
	}
	return kept;
}

/**
 * Keeps at most `max` candidates (see the module comment); a trivial side detail never (see
 * side-details.ts), nor a question the quality model expects judges to reject (quality/model.ts).
 */
export function select(all: Candidate[], max: number, view: ArticleView): Candidate[] {
	const candidates = all.filter((c) => sideDetail(c, view)?.weight !== 'trivial' && clearsBar(c, view, view.quality));
	const title = ` ${normalText(view.title)} `;
	for (const c of candidates) if (normalised(c).answers.some((a) => title.includes(` ${a} `))) headlined.add(c);
	const blocked = blocking(candidates);
	const ranked = candidates
		.map((c, i) => ({ c, s: score(c, view) - BLOCK_COST * blocked[i] }))
		.sort((a, b) => b.s - a.s || (a.c.question.id < b.c.question.id ? -1 : a.c.question.id > b.c.question.id ? 1 : 0));
	let kept = fill([], ranked, max, view);
	// A type that lost every slot takes one back: its best candidate replaces the few it clashes
	// with (at most two), and the freed room is filled again.
	for (const type of new Set(ranked.map((r) => r.c.question.type))) {
		if (kept.some((k) => k.question.type === type)) continue;
		for (const r of ranked) {
			if (r.c.question.type !== type) continue;
			const rest = kept.filter((k) => !clash(k, r.c) && k.sentence.index !== r.c.sentence.index);
			if (rest.length < kept.length - 2 || !fits(rest, r.c) || kept.some((k) => !rest.includes(k) && RELATIONS.has(k.fact.kind))) continue;
			kept = fill([...rest.slice(0, max - 1), r.c], ranked, max, view);
			break;
		}
	}
	return capTypes(
		cover(
			kept,
			ranked.map((r) => r.c),
			max,
			view
		)
	);
}

/** Kinds whose every fact the bank should ask: numbers, people, places, organisations, dates. */
const MUST_ASK = new Set(['quantity', 'person', 'place', 'organisation', 'date']);

/** Whether some kept question shows a fact's words in its prompt or key. */
function asked(kept: Candidate[], c: Candidate): boolean {
	// A person the bank names by surname ("Novotná saved …") is asked about as much as by full name.
	const names = [c.fact.answer, ...(c.fact.kind === 'person' ? [c.fact.key.split(/\s+/).at(-1) ?? ''] : [])].map((n) => ` ${normalText(n)} `);
	return kept.some((k) => names.some((a) => a.trim() !== '' && (normalised(k).prompt.includes(a) || normalised(k).answers.some((x) => ` ${x} `.includes(a)))));
}

/**
 * A number, name or date worth asking (see `worthAsking`) that no kept question asks takes the place of the one or two questions
 * that shut it out, when their own facts stay asked by others (or are no number, name or date): the bank then asks every
 * fact it can (the 620-mile range rather than a second card about the same drone).
 */
function cover(start: Candidate[], ranked: Candidate[], max: number, view: ArticleView): Candidate[] {
	let kept = start;
	for (const c of ranked) {
		if (!MUST_ASK.has(c.fact.kind) || !worthAsking(c, view) || kept.includes(c) || asked(kept, c)) continue;
		const blockers = kept.filter((k) => clash(k, c));
		const rest = kept.filter((k) => !blockers.includes(k));
		const replaceable = blockers.length <= 2 && blockers.every((k) => (MUST_ASK.has(k.fact.kind) ? asked(rest, k) : !RELATIONS.has(k.fact.kind)));
		const sameType = rest.filter((k) => k.question.type === c.question.type).length;
		if (!replaceable || rest.length >= max || overShare(sameType + 1, rest.length + 1) || !fits(rest, c)) continue;
		kept = [...rest, c];
	}
	return kept;
}
