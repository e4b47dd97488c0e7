import type { Candidate } from './questions';
import type { ArticleView } from './rank';
import { clearsBar } from './quality/model';
import { sideDetail } from './side-details';

/**
 * Whether a question is worth a place in the bank: above the bar, or (for a peripheral blank) only
 * while the bank is short of the yield it promises. Selection, the coverage pass and the type passes
 * all read these.
 */

/**
 * A place or date blanked in a copied sentence below the bar ("Fenna Duvall, who runs a design
 * studio in ____, …", "the museum, which opened in ____"). On the dev set's judged questions that
 * today's generator still makes, judges accepted 31 of 133 such verdicts (23%), against 63% for
 * the other blanks below the bar: such a blank fills a bank only up to the yield it promises
 * (`target`), never past it to the floor, and no coverage pass adds one. A wh-question on the same
 * place or date ("Where did a drone damage …?") is not one.
 */
export function peripheralBlank(c: Candidate, view: ArticleView): boolean {
	return c.form === 'blank' && (c.fact.kind === 'place' || c.fact.kind === 'date') && !worthAsking(c, view);
}

/** Whether a peripheral blank may still join a bank of `size` questions (see `peripheralBlank`). */
export const peripheralRoom = (c: Candidate, size: number, view: ArticleView): boolean => size < (view.target ?? view.floor) || !peripheralBlank(c, view);

/** A sentence this far from the article's point gives questions only to reach the floor. */
const PERIPHERAL = 0.15;

/** Whether a question clears the bar: no side detail, from a sentence near the article's point. */
export function worthAsking(c: Candidate, view: ArticleView): boolean {
	return sideDetail(c, view) === null && (view.centrality.get(c.sentence.index) ?? 0) >= PERIPHERAL && clearsBar(c, view, view.quality);
}
