import { normalText } from './normal-text';
import type { Question } from '../bank/schema';
import type { Candidate } from './questions';
import { overlap } from './questions/overlap';
import { qualityPoints, score, type ArticleView } from './rank';
import { RELATIONS } from './relations';
import { clearsBar } from './quality/model';
import { shownOf } from './quality/shown';
import { sideDetail } from './side-details';
import { capTypes, overShare, typeHasRoom } from './select-types';
import { worthAsking } from './worth';

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
export function factOf(c: Candidate): string {
	if (c.facet === 'role') return `role|${c.fact.kind}|${c.fact.key}`;
	if (c.fact.kind === 'quote') return `${c.sentence.index}|person|${c.fact.speaker}`;
	if (c.fact.kind === 'person') return `${c.sentence.index}|person|${c.fact.key}`;
	return `${c.sentence.index}|${c.fact.answerStart}`;
}

/** A candidate's prompt and answers, normalised once: selection compares every pair of candidates. */
interface Normalised {
	prompt: string;
	answers: string[];
}

const normalisedCache = new WeakMap<Candidate, Normalised>();

function normalised(c: Candidate): Normalised {
	let n = normalisedCache.get(c);
	if (!n) {
		n = {
			prompt: ` ${normalText(c.question.prompt)} `,
			answers: answersOf(c.question)
				.map((a) => normalText(a))
				.filter((a) => a.length > 0)
		};
		normalisedCache.set(c, n);
	}
	return n;
}

/** Whether one candidate's prompt prints one of the other's answers as whole words. */
const shows = (prompter: Candidate, answerer: Candidate) =>
	!headlined.has(answerer) && normalised(answerer).answers.some((a) => normalised(prompter).prompt.includes(` ${a} `));

/**
 * Candidates whose answer the headline names ("Who won the final?" under "Rao's century takes
 * Harbour City to first title"): every prompt of the article names it too, so printing it gives
 * nothing away, and the article's outcome stays asked.
 */
const headlined = new WeakSet<Candidate>();

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

/** Two numbers of the same value counting the same thing. */
function sameCount(a: Candidate['fact'], b: Candidate['fact']): boolean {
	return a.kind === 'quantity' && b.kind === 'quantity' && a.value === b.value && a.counts !== undefined && a.counts === b.counts;
}

const isRole = (c: Candidate) => c.facet === 'role' && c.fact.kind === 'person';

/** The number a key opens with ("8.4 percent", "$1.05 billion" → 1.05), or null for a key that is no figure. */
function leadingFigure(answer: string): number | null {
	const m = /^[^\d\p{L}]{0,3}(\d[\d,]*(?:\.\d+)?)/u.exec(answer.trim());
	return m ? Number(m[1].replace(/,/g, '')) : null;
}

/**
 * Whether two questions on one sentence ask one figure in two forms: "By what percentage did
 * shares fall?" keyed 8.4 beside "Shares fell ____ to 312 pence" keyed "8.4 percent" (a change and
 * the quantity it moved by).
 */
function sameFigure(k: Candidate, c: Candidate): boolean {
	if (k.question.type !== 'numeric' && c.question.type !== 'numeric') return false;
	const figures = (x: Candidate) => answersOf(x.question).map(leadingFigure);
	const mine = figures(c);
	return figures(k).some((f) => f !== null && mine.includes(f));
}

/**
 * Whether two questions cannot both be kept: the same prompt, the same fact, or one prompt
 * that prints the other's answer anywhere in the bank ("Over 24 UAVs …" beside "Over ____ UAVs
 * …", a card "Volodymyr Zelensky" beside "Who said …?").
 */
function clash(k: Candidate, c: Candidate): boolean {
	if (k.question.prompt === c.question.prompt || factOf(k) === factOf(c)) return true;
	// "the tram's three bogies" and "How many bogies does the Corvan T4 have?" ask one number twice.
	if (sameCount(k.fact, c.fact)) return true;
	// "Who won the final?" and "____ won her first title …" from one sentence ask one thing twice.
	// What a person is ("Who is described as the governor?") is another fact than what they did.
	const twice = k.sentence.index === c.sentence.index && !isRole(k) && !isRole(c);
	if (twice && (normalised(k).answers.some((a) => normalised(c).answers.includes(a)) || sameFigure(k, c))) return true;
	return shows(k, c) || shows(c, k);
}

/** Whether a candidate may join the kept ones: no clash, a second type on a sentence, at most two per sentence and three per name. */
export function fits(kept: Candidate[], c: Candidate): boolean {
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

/** Whether a question may join the kept ones: it fits beside them and overlaps none (questions/overlap.ts). */
export const standsApart = (kept: Candidate[], c: Candidate): boolean => fits(kept, c) && !kept.some((k) => overlap(k, c));

/**
 * Whether a question would be a second of one type, one key or one prompt on a sentence the kept
 * ones already ask (a cloze and an mcq both keyed "Poland"; "How many changes does Quillstack
 * list?" as an mcq keyed "six" and as a numeric keyed 6), or a third question on it: the test
 * for questions that bring a bank up to its floor without fitting beside the rest.
 */
export function sentenceTwin(kept: Candidate[], c: Candidate): boolean {
	const key = (k: Candidate) => shownOf(k.question).key.toLowerCase();
	const onSentence = kept.filter((k) => k.sentence.index === c.sentence.index);
	return onSentence.length >= 2 || onSentence.some((k) => k.question.type === c.question.type || key(k) === key(c) || k.question.prompt === c.question.prompt);
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
