import { normalText } from './normal-text';
import { arrange } from './distractors';
import { placeSort } from './facts/name-sorts';
import { kindFits, placeKinds } from './facts/place-kinds';
import { normaliseAnswer } from '../quiz/normalise';
import type { FactRecord, PlaceFact } from './facts/types';
import { hash32 } from './hash';
import { candidate, questionId, sourceOf, type Candidate } from './questions/candidate';
import { replaceSpan, startsWithPronoun } from './questions/phrasing';
import type { Sentence } from './sentences';

/**
 * A list of places in one sentence ("over Moscow, Tula, Kaluga, Bryansk, and Smolensk oblasts")
 * is one fact: which places. A question per member would ask the same thing five times, and
 * one member alone is a guess among its neighbours. So the list is asked whole: it is blanked,
 * and the choices are other groups of as many places of the same sort from the article.
 */

/** What may stand between two members of a list. */
const SEPARATOR = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;
/** A list has this many members at least; two names joined by "and" are a pair, not a list. */
const MIN_MEMBERS = 3;
const BLANK = '____';

/** The runs of three or more places in a sentence joined by commas and "and". */
export function placeLists(facts: FactRecord[], sentence: Sentence, text: string): PlaceFact[][] {
	const places = facts.filter((f): f is PlaceFact => f.kind === 'place' && f.sentence === sentence.index).sort((a, b) => a.answerStart - b.answerStart);
	const lists: PlaceFact[][] = [];
	let run: PlaceFact[] = [];
	for (const p of places) {
		const last = run.at(-1);
		if (last && SEPARATOR.test(text.slice(last.answerEnd, p.answerStart))) run.push(p);
		else {
			if (run.length >= MIN_MEMBERS) lists.push(run);
			run = [p];
		}
	}
	if (run.length >= MIN_MEMBERS) lists.push(run);
	return lists;
}

/** Names joined as the article joins its list: "A, B, and C" keeps its serial comma, "A, B and C" does not. */
function joinLike(names: string[], answer: string): string {
	const last = / or /.test(answer) ? 'or' : 'and';
	const serial = new RegExp(`, ${last} `).test(answer) && names.length > 2;
	return `${names.slice(0, -1).join(', ')}${serial ? ',' : ''} ${last} ${names.at(-1)}`;
}

/** Groups of `size` consecutive names from `pool`, each a different set: first the ones that share no name, then overlapping ones. */
function groups(pool: string[], size: number, n: number): string[][] {
	if (pool.length <= size) return [];
	const starts = Array.from({ length: pool.length }, (_, i) => i).sort((a, b) => (a % size) - (b % size) || a - b);
	const out: string[][] = [];
	for (const start of starts) {
		if (out.length >= n) break;
		out.push(Array.from({ length: size }, (_, j) => pool[(start + j) % pool.length]));
	}
	return out;
}

/**
 * The list with one member swapped for a place of `pool`, each swap at another position and with
 * another place where it can be: the wrong groups left when the article has too few places of
 * the list's kind for whole groups ("Baganga, Cateel and Mati" for "Baganga, Cateel and Manay").
 */
function oneSwapped(names: string[], pool: string[], n: number): string[][] {
	const out: string[][] = [];
	for (let k = 0; k < names.length * pool.length && out.length < n; k++) {
		const at = names.length - 1 - (k % names.length);
		const group = names.map((name, i) => (i === at ? pool[k % pool.length] : name));
		if (!out.some((g) => g.join('|') === group.join('|'))) out.push(group);
	}
	return out;
}

/**
 * Questions on a whole list of places: a multiple choice (the sentence with the list blanked) and
 * a false statement (the sentence with another group in its place); none when the article has
 * too few other places of the same sort for three wrong groups.
 */
export function listQuestions(list: PlaceFact[], all: FactRecord[], sentence: Sentence, otherLists: PlaceFact[][] = []): Candidate[] {
	if (list.length < MIN_MEMBERS || startsWithPronoun(sentence.text)) return [];
	const first = list[0];
	const last = list[list.length - 1];
	const answer = sentence.text.slice(first.answerStart - sentence.start, last.answerEnd - sentence.start);
	const prompt = replaceSpan(sentence, first.answerStart, last.answerEnd, BLANK);
	const sort = placeSort(first);
	// A list mixes "Moscow" and "the Tula region" sorts rarely; the first member's sort stands for all.
	const inList = new Set(list.map((p) => p.key));
	const promptText = ` ${normalText(prompt)} `;
	// "the coastal towns of ____" among groups of provinces and islands: the kind the article states for the list holds for its swaps.
	const kinds = placeKinds(all);
	const listKinds = kinds.get(normaliseAnswer(first.text));
	const pool = [
		...new Set(
			all
				.filter(
					(f): f is PlaceFact => f.kind === 'place' && !inList.has(f.key) && placeSort(f) === sort && kindFits(listKinds, kinds.get(normaliseAnswer(f.text)))
				)
				.map((f) => f.answer)
				.filter((name) => !promptText.includes(` ${normalText(name)} `))
		)
	].sort((a, b) => hash32(`${sentence.text}|${a}`) - hash32(`${sentence.text}|${b}`));
	// Another list of the same sort in the article ("the occupied regions of Luhansk, Donetsk, …"
	// beside "Moscow, Tula, …") is the wrong group a reader who skimmed would pick.
	const lists = otherLists.map((l) => l.map((p) => p.answer)).filter((names) => names.every((n) => pool.includes(n)));
	const wrong = [
		...lists,
		...groups(pool, list.length, 3),
		...oneSwapped(
			list.map((p) => p.answer),
			pool,
			3
		)
	].slice(0, 3);
	if (wrong.length < 3) return [];
	const id = questionId(first, sentence, 'mcq', 'list');
	const others = wrong.map((g) => joinLike(g, answer));
	const source = sourceOf(sentence);
	const choice = { id, type: 'mcq' as const, prompt, ...arrange(answer, others, id, false), tags: ['place'], source };
	// One false statement per wrong group: selection takes the one whose names no other question needs.
	const statements = others.map((other, i) => ({
		id: questionId(first, sentence, 'true_false', `list${i}`),
		type: 'true_false' as const,
		prompt: replaceSpan(sentence, first.answerStart, last.answerEnd, other),
		answer: false,
		explanation: `False: the article says ${answer}, not ${other}.`,
		tags: ['place'],
		source
	}));
	return [
		{ ...candidate(choice, first, sentence, 'blank', 'list'), dedupe: `place-list|${sentence.index}|mcq` },
		...statements.map((q, i) => ({ ...candidate(q, first, sentence, 'statement', 'list'), dedupe: `place-list|${sentence.index}|true_false|${i}` }))
	];
}
