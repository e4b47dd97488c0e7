import { normalText } from './normal-text';
import type { Candidate } from './questions';
import { shownOf } from './quality/shown';
import { clearsBar } from './quality/model';
import { qualityPoints, score, type ArticleView } from './rank';
import { sentenceTwin, standsApart } from './select';
import { typeHasRoom } from './select-types';
import { keyShownBetween } from './shown-keys';
import { sideDetail } from './side-details';
import { worthAsking } from './worth';

/** The key a question asks for; a statement asks for none (true or false is no fact). */
const keyOf = (c: Candidate) => (c.question.type === 'true_false' ? null : normalText(shownOf(c.question).key));

/**
 * The last word on give-aways: no kept question prints another kept question's key (see
 * shown-keys.ts). Selection already refuses such pairs, but the passes after it (the floor's
 * backfill, coverage, a lost type given a place, an mcq asked typed) can bring one back. Of
 * each pair the better-ranked question stays, and the best passing question that stands apart
 * from the rest takes the freed place.
 */
export function keepKeysApart(chosen: Candidate[], passing: Candidate[], view: ArticleView): Candidate[] {
	const apart = (kept: Candidate[], c: Candidate) => !kept.some((k) => keyShownBetween(k, c, view.title));
	const kept: Candidate[] = [];
	for (const c of [...chosen].sort((a, b) => score(b, view) - score(a, view))) if (apart(kept, c)) kept.push(c);
	if (kept.length === chosen.length) return chosen;
	// As selection fills a bank: questions worth asking first, then, ranked with the quality
	// model's points, the side details that are no trivia.
	const pool = passing
		.filter((c) => !chosen.includes(c) && sideDetail(c, view)?.weight !== 'trivial' && clearsBar(c, view, view.quality))
		.map((c) => ({ c, value: (worthAsking(c, view) ? 1000 : qualityPoints(c, view)) + score(c, view) }))
		.sort((a, b) => b.value - a.value)
		.map((r) => r.c);
	for (const c of pool) {
		if (kept.length >= chosen.length) break;
		const ofType = kept.filter((k) => k.question.type === c.question.type).length;
		// Below the floor, as the floor's backfill does, a question need not fit beside the rest, but
		// it asks for a key no kept question asks for.
		if (!typeHasRoom(ofType, kept.length) || !apart(kept, c)) continue;
		const besides = standsApart(kept, c);
		const backfill = kept.length < view.floor && !sentenceTwin(kept, c) && !kept.some((k) => keyOf(c) !== null && keyOf(k) === keyOf(c));
		if (besides || backfill) kept.push(c);
	}
	// The bank keeps the order the passes gave it; the newcomers go last.
	return [...chosen.filter((c) => kept.includes(c)), ...kept.filter((c) => !chosen.includes(c))];
}
