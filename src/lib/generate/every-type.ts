import type { Question } from '../bank/schema';
import { checkQuestion } from './checks';
import type { Candidate } from './questions';
import { isNumber } from './numbers';
import { asTyped } from './questions/typed-instead';
import { score, type ArticleView } from './rank';
import { factOf, standsApart } from './select';
import { keepKeysApart } from './keys-apart';
import { keyShownBetween } from './shown-keys';
import { whoStatement } from './every-type-statement';
import { worthAsking } from './worth';

/** Every form a bank can ask in: a learner's session mixes them, and a teacher picks sets by form. */
const TYPES: readonly Question['type'][] = ['mcq', 'true_false', 'cloze', 'short_answer', 'numeric', 'flashcard'];

/**
 * Whether a question can join the kept ones: it stands apart from each (see select-clash.ts), and
 * neither it nor any of them prints the other's key (see shown-keys.ts), which keys-apart.ts
 * would settle after this pass by dropping one, perhaps the only question of its type.
 */
const apart = (kept: Candidate[], c: Candidate, view: ArticleView) => standsApart(kept, c) && !kept.some((k) => keyShownBetween(k, c, view.title));

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
 * A card of a person and their title ("Liam J. McAteer → Harbridge captain"): selection counts it
 * a minor side detail, but judges accepted 40 of 48 verdicts on such cards in today's dev banks
 * (the misses: a title that left out why the person is in the story), so a bank without a card
 * may take one. A card of what a person did is a piece of its sentence's event, and comes only as
 * selection chose it.
 */
const titleCard = (c: Candidate) => c.question.type === 'flashcard' && c.fact.kind === 'person' && c.facet !== 'event';

/**
 * The bank with a missing type's question in the place of the one kept question that alone shuts
 * it out (the same fact asked in another form, or a prompt that prints its key), when the type
 * that question held keeps one: another it has, else the best of that type that stands apart,
 * else a kept mcq asked typed, else one of that type that only a question of a third type with
 * two or more shuts out, in that one's place (see `regained`). Undefined when no question of the
 * type can come in so.
 * Only a card or a number typed comes in so: a card asks a term's or an event's whole answer,
 * which no other form asks, and a number typed asks one figure the learner must recall where
 * the kept one only had it judged or printed it ("… warms about ____ homes" in the place of
 * "… warms about 1,200 homes: false"; on dev the two such numbers judged were accepted in all
 * 11 verdicts), while a short answer or a blank that comes in by pushing one out asks a side of
 * the sentence the kept one had asked better ("Which managing director stood on a loading
 * platform?").
 */
function displaced(out: Candidate[], ranked: Candidate[], passing: Candidate[], view: ArticleView, max: number): Candidate[] | undefined {
	for (const c of ranked) {
		const blockers = out.filter((k) => !apart([k], c, view));
		if (blockers.length !== 1) continue;
		const [k] = blockers;
		const next = out.filter((o) => o !== k);
		if (!apart(next, c, view)) continue;
		next.push(c);
		const type = k.question.type;
		if (next.some((o) => o.question.type === type)) return next;
		const refill =
			next.length < max
				? passing
						.filter((r) => r.question.type === type && !out.includes(r) && worthAsking(r, view) && apart(next, r, view))
						.sort((a, b) => score(b, view) - score(a, view))[0]
				: undefined;
		if (refill) return [...next, refill];
		const twin = typedTwin(next, type, next.filter((o) => o.question.type === 'mcq').length, view);
		if (twin) return next.map((o) => (o === twin.k ? twin.c : o));
		const again = regained(next, type, passing, view);
		if (again) return again;
	}
	return undefined;
}

/**
 * The bank with a question of `type` (lost when the displaced one went) in the place of the one
 * kept question that alone shuts it out, when that one's type keeps another: the best such of
 * the type worth asking. The bank keeps its size and every type it had; undefined when none is.
 */
function regained(kept: Candidate[], type: Question['type'], passing: Candidate[], view: ArticleView): Candidate[] | undefined {
	const ranked = passing.filter((r) => r.question.type === type && !kept.includes(r) && worthAsking(r, view)).sort((a, b) => score(b, view) - score(a, view));
	for (const r of ranked) {
		const blockers = kept.filter((k) => !apart([k], r, view));
		if (blockers.length !== 1) continue;
		const [k] = blockers;
		const rest = kept.filter((o) => o !== k);
		if (rest.some((o) => o.question.type === k.question.type) && apart(rest, r, view)) return [...rest, r];
	}
	return undefined;
}

/**
 * The bank with a true/false asked as a "Who …?" question's statement (see every-type-statement.ts):
 * a kept one's, the best-ranked first, in its place when its type keeps another (the fact stays
 * asked); failing that, a worth-asking one's beside the kept ones. Undefined when none fits.
 */
function statedWho(kept: Candidate[], passing: Candidate[], view: ArticleView, max: number): Candidate[] | undefined {
	const stated = (cs: Candidate[]) =>
		cs
			.map((k) => ({ k, c: whoStatement(k) }))
			.filter((t): t is { k: Candidate; c: Candidate } => t.c !== null)
			.sort((a, b) => score(b.k, view) - score(a.k, view));
	const others = (k: Candidate) => kept.filter((o) => o !== k && o.question.type === k.question.type).length > 0;
	const swap = stated(kept).find(
		({ k, c }) =>
			others(k) &&
			apart(
				kept.filter((o) => o !== k),
				c,
				view
			)
	);
	if (swap) return kept.map((o) => (o === swap.k ? swap.c : o));
	if (kept.length >= max) return undefined;
	const added = stated(passing.filter((p) => !kept.includes(p) && worthAsking(p, view))).find(({ c }) => apart(kept, c, view));
	return added ? [...kept, added.c] : undefined;
}

/**
 * The last pass: a type of question no kept question has comes back, asked only of a fact worth
 * asking. First by changing the form of a kept question on the same fact (the fact stays asked,
 * and its old form keeps another question), so the bank asks nothing more trivial than before;
 * failing that, by adding the best such question that fits beside the kept ones and overlaps none;
 * failing that, a true/false by asking a "Who …?" question as a statement (see `statedWho`);
 * failing that, a short answer or cloze by asking a kept mcq typed; failing that too, a card by
 * taking the place of the one kept question that shuts it out, if that one's type stays (see above).
 * Selection already keeps every type it can, but setting overlapping questions aside and covering
 * unasked facts can each take the last of one away.
 */
export function everyType(kept: Candidate[], passing: Candidate[], view: ArticleView, max: number): Candidate[] {
	// The kept questions' give-aways first: a type whose one question goes for one is filled below.
	const out = [...keepKeysApart(kept, passing, view)];
	const count = (type: Question['type']) => out.filter((k) => k.question.type === type).length;
	for (const type of TYPES) {
		if (count(type) > 0) continue;
		const ranked = passing
			.filter((c) => c.question.type === type && !out.includes(c) && worthAsking(c, view, titleCard(c)))
			.map((c) => ({ c, s: score(c, view) }))
			.sort((a, b) => b.s - a.s)
			.map((r) => r.c);
		// A card of a fact the bank already asks clears no bar of its own: the fact stays asked, only
		// its form changes ("Spring tides → The especially high and low tides …" for "What does the
		// article call …?" on a sentence far from the review's point, which the floor brought in).
		const sameFact =
			type === 'flashcard'
				? passing.filter((c) => c.question.type === type && !out.includes(c) && !ranked.includes(c)).sort((a, b) => score(b, view) - score(a, view))
				: [];
		const swap = [...ranked, ...sameFact]
			.flatMap((c) => out.filter((k) => factOf(k) === factOf(c) && count(k.question.type) > 1).map((k) => ({ c, k })))
			.find(({ c, k }) =>
				apart(
					out.filter((o) => o !== k),
					c,
					view
				)
			);
		if (swap) {
			out.splice(out.indexOf(swap.k), 1, swap.c);
			continue;
		}
		const added = out.length < max ? ranked.find((c) => apart(out, c, view)) : undefined;
		if (added) {
			out.push(added);
			continue;
		}
		const stated = type === 'true_false' ? statedWho(out, passing, view, max) : undefined;
		if (stated) {
			out.splice(0, out.length, ...stated);
			continue;
		}
		const twin = typedTwin(out, type, count('mcq'), view);
		if (twin) {
			out.splice(out.indexOf(twin.k), 1, twin.c);
			continue;
		}
		const moved = type === 'flashcard' || type === 'numeric' ? displaced(out, ranked, passing, view, max) : undefined;
		if (moved) out.splice(0, out.length, ...moved);
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
			.filter((c) => apart(rest, c, view))
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
