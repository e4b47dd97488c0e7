import type { Question } from '../bank/schema';
import { checkQuestion } from './checks';
import type { Candidate } from './questions';
import { asTyped, isNumber } from './questions/typed-instead';
import { overlap } from './questions/overlap';
import { score, type ArticleView } from './rank';
import { factOf, fits } from './select';
import { worthAsking } from './worth';

/** Every form a bank can ask in: a learner's session mixes them, and a teacher picks sets by form. */
const TYPES: readonly Question['type'][] = ['mcq', 'true_false', 'cloze', 'short_answer', 'numeric', 'flashcard'];

/**
 * A kept mcq on a name or term asked typed instead (a blank as a cloze, a question as a short
 * answer), the best-ranked first: the fact and its prompt stay, only the choices go. Never the
 * last mcq, and never a number, which a numeric question asks better.
 */
function typedTwin(kept: Candidate[], type: Question['type'], mcqs: number, view: ArticleView): { c: Candidate; k: Candidate } | undefined {
	if (mcqs < 2) return undefined;
	return kept
		.filter((k) => k.question.type === 'mcq' && !isNumber(k.question.choices[k.question.answer] ?? ''))
		.map((k) => ({ k, c: asTyped(k) }))
		.filter((t): t is { k: Candidate; c: Candidate } => t.c !== null && t.c.question.type === type && checkQuestion(t.c.question).length === 0)
		.sort((a, b) => score(b.k, view) - score(a.k, view))[0];
}

/**
 * The last pass: a type of question no kept question has comes back, asked only of a fact worth
 * asking. First by changing the form of a kept question on the same fact (the fact stays asked,
 * and its old form keeps another question), so the bank asks nothing more trivial than before;
 * failing that, by adding the best such question that fits beside the kept ones and overlaps none;
 * failing that too, a short answer or cloze by asking a kept mcq typed.
 * Selection already keeps every type it can, but setting overlapping questions aside and covering
 * unasked facts can each take the last of one away.
 */
export function everyType(kept: Candidate[], passing: Candidate[], view: ArticleView, max: number): Candidate[] {
	const out = [...kept];
	const count = (type: Question['type']) => out.filter((k) => k.question.type === type).length;
	const apart = (rest: Candidate[], c: Candidate) => fits(rest, c) && !rest.some((k) => overlap(k, c));
	for (const type of TYPES) {
		if (count(type) > 0) continue;
		const ranked = passing
			.filter((c) => c.question.type === type && !out.includes(c) && worthAsking(c, view))
			.map((c) => ({ c, s: score(c, view) }))
			.sort((a, b) => b.s - a.s)
			.map((r) => r.c);
		const swap = ranked
			.flatMap((c) => out.filter((k) => factOf(k) === factOf(c) && count(k.question.type) > 1).map((k) => ({ c, k })))
			.find(({ c, k }) =>
				apart(
					out.filter((o) => o !== k),
					c
				)
			);
		if (swap) {
			out.splice(out.indexOf(swap.k), 1, swap.c);
			continue;
		}
		const added = out.length < max ? ranked.find((c) => apart(out, c)) : undefined;
		if (added) {
			out.push(added);
			continue;
		}
		const twin = typedTwin(out, type, count('mcq'), view);
		if (twin) out.splice(out.indexOf(twin.k), 1, twin.c);
	}
	return evenTypes(out, passing, view);
}

/** No type above this share of the bank (as in select.ts). */
const SHARE = 0.4;

/**
 * A type over its share after the passes above (a bank topped up to its floor from the first
 * choice can be) gives its lowest-ranked question to the best question of a type under its
 * share that stands apart from the rest: the bank keeps its size and asks in more ways.
 */
export function evenTypes(kept: Candidate[], passing: Candidate[], view: ArticleView): Candidate[] {
	const out = [...kept];
	const cap = () => Math.ceil(out.length * SHARE);
	const count = (type: Question['type']) => out.filter((k) => k.question.type === type).length;
	for (let round = 0; round < out.length; round++) {
		const over = TYPES.find((t) => count(t) > cap());
		if (!over) break;
		const worst = out.filter((k) => k.question.type === over).sort((a, b) => score(a, view) - score(b, view))[0];
		const rest = out.filter((k) => k !== worst);
		const best = passing
			.filter((c) => c.question.type !== over && count(c.question.type) + 1 <= cap() && !out.includes(c) && worthAsking(c, view))
			.filter((c) => fits(rest, c) && !rest.some((k) => overlap(k, c)))
			.sort((a, b) => score(b, view) - score(a, view))[0];
		if (best) {
			out.splice(out.indexOf(worst), 1, best);
			continue;
		}
		// Failing that, an mcq on a name is asked typed: the fact stays, only its choices go.
		const typed = over === 'mcq' ? TYPES.map((t) => typedTwin(out, t, count('mcq'), view)).find((t) => t && count(t.c.question.type) + 1 <= cap()) : undefined;
		if (!typed) break;
		out.splice(out.indexOf(typed.k), 1, typed.c);
	}
	return out;
}
