import type { Question } from '../bank/schema';
import { checkQuestion } from './checks';
import type { Candidate } from './questions';
import { asTyped, isNumber } from './questions/typed-instead';
import { overlap } from './questions/overlap';
import { score, type ArticleView } from './rank';
import { factOf, fits, worthAsking } from './select';

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
	return out;
}
