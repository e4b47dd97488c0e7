import type { Candidate } from './questions';
import type { ArticleView } from './rank';
import { clearsBar } from './quality/model';
import { sideDetail } from './side-details';
import { heldSpan, incidentalCount, incidentalDate, settingOfFigure } from './weak-blanks';

/**
 * Whether a question is worth a place in the bank: above the bar, and not a blank judges seldom
 * accept. Selection, the coverage pass and the type passes all read these.
 */

/**
 * A place or date blanked in a copied sentence below the bar ("Fenna Duvall, who runs a design
 * studio in ____, …", "… plans a second wing by ____"). On the dev set's judged questions that
 * today's generator still makes, judges accepted 23 of 119 verdicts on them (19%), against 64% for
 * all. Such a blank had filled banks up to 2 questions per 100 words; it is no longer asked at
 * all, and the yield it gave goes (on the 65 dev, fixture and tuning articles, 1,002 questions
 * → 968; the judged ones it took out had been accepted at 18%, 4.2 of 23). The same place or
 * date may still be asked by a wh-question or a statement, and a place above the bar by a blank.
 * Above the bar, a date blanked off the head of its sentence, a small count and how long someone
 * has held a place are weak too (see weak-blanks.ts).
 */
export function weakBlank(c: Candidate, view: ArticleView): boolean {
	if (c.form !== 'blank') return false;
	if (incidentalDate(c) || incidentalCount(c) || heldSpan(c) || settingOfFigure(c)) return true;
	return (c.fact.kind === 'date' || c.fact.kind === 'place') && !worthAsking(c, view);
}

/** A sentence this far from the article's point gives questions only to reach the floor. */
const PERIPHERAL = 0.15;

/**
 * Whether a question clears the bar: no side detail (or, when `minor` allows, only a minor one),
 * from a sentence near the article's point.
 */
export function worthAsking(c: Candidate, view: ArticleView, minor = false): boolean {
	const side = sideDetail(c, view);
	return (
		(side === null || (minor && side.weight === 'minor')) && (view.centrality.get(c.sentence.index) ?? 0) >= PERIPHERAL && clearsBar(c, view, view.quality)
	);
}
