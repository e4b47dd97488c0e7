import type { Question, QuestionType } from '../bank/schema';
import { DEMONSTRATIVE_NOUN, wordCount } from './english';
import { scoreFact } from './kinds';
import { factWorth, type QualityModel } from './quality/model';
import { RELATIONS } from './relations';
import type { Candidate } from './questions';
import { isFirstPersonQuote, startsWithPronoun } from './questions/phrasing';
import { sideDetail, type SideView } from './side-details';
import { backgroundCount } from './side-details-recurrence';

/**
 * Ranking: a score per candidate (which `select` uses to choose), and an order that follows the
 * article but opens with several types.
 */

const FORM_SCORE: Record<Candidate['form'], number> = { wh: 2, card: 2.5, blank: 0.5, statement: 0.8 };
const TYPE_SCORE: Record<QuestionType, number> = { mcq: 1, numeric: 1, short_answer: 0.8, flashcard: 0.6, cloze: 0.3, true_false: 0.2 };

/** What ranking reads of the whole article. */
export interface ArticleView extends SideView {
	/** Keys of names the whole article is about (in the title or mentioned four times or more): asking for them is trivial. */
	topics: Set<string>;
	/** Each sentence's centrality, 0 to 1 (see centrality.ts). */
	centrality: Map<number, number>;
	/** Questions the bank should hold however peripheral (2.2 per 100 words): below it, side details may fill. */
	floor: number;
	/** The headline, or the article's first words when it has none. */
	title: string;
	/** The question-quality model (see quality/model.ts); default: the one fitted on the dev set. */
	quality?: QualityModel;
}

/** Points for a question from the article's most central sentence over one from its least: the point outweighs the form. */
const CENTRAL_WEIGHT = 6;
/** What a minor side detail costs (a trivial one is never asked; see select.ts). */
const MINOR_COST = 3;

/** What a small count of something the article names once costs (see side-details-recurrence.ts). */
const BACKGROUND_COST = 2;

/**
 * Points for a fact judges surely accept asked over one they surely reject (see quality/model.ts,
 * `factWorth`), used where the bank fills up to its floor from questions below the bar of
 * `worthAsking` (worth.ts): that is where side details came in. On the dev set's judged
 * questions that today's generator can still make, ranked within each article with the model
 * fitted on the other articles, the hand score alone orders them little better than chance (AUC
 * 0.53); with this term at 8, 16, 32: 0.56, 0.57, 0.58.
 */
const QUALITY_WEIGHT = 24;

/**
 * The worth a relation ranks with at least: the judges' lists of what a bank missed name these
 * facts first, but their judged questions were mostly in forms since retired ("What did the
 * report find about …?"), which the model cannot tell from the fact. 0.6 is about the best sixth
 * of the model's ratings on the judged questions.
 */
const RELATION_WORTH = 0.6;

/** The quality model's points for a candidate (see QUALITY_WEIGHT). */
export function qualityPoints(c: Candidate, view: ArticleView): number {
	const worth = factWorth(c, view, view.quality);
	return QUALITY_WEIGHT * (RELATIONS.has(c.fact.kind) ? Math.max(worth, RELATION_WORTH) : worth);
}

/** How good a candidate is likely to be; higher is better. */
export function score(c: Candidate, view: ArticleView): number {
	const f = c.fact;
	const topics = view.topics;
	let s = FORM_SCORE[c.form] + TYPE_SCORE[c.question.type] + CENTRAL_WEIGHT * (view.centrality.get(c.sentence.index) ?? 0);
	if (sideDetail(c, view)?.weight === 'minor') s -= MINOR_COST;
	else if (backgroundCount(c, view)) s -= BACKGROUND_COST;
	if ((f.kind === 'place' || f.kind === 'organisation') && topics.has(f.key)) s -= 3;
	// A sentence shown with the one before it (see questions/standalone.ts) has its "this …" resolved.
	const resolved = c.question.prompt.length > c.sentence.text.length + 10;
	if (DEMONSTRATIVE_NOUN.test(c.sentence.text) && c.form !== 'card' && !resolved) s -= 1;
	s += scoreFact(f);
	const words = wordCount(c.sentence.text);
	if (words >= 8 && words <= 35) s += 2;
	else s -= Math.abs(words < 8 ? 8 - words : words - 35) / 10;
	if (c.form !== 'card' && c.form !== 'wh') {
		if (startsWithPronoun(c.sentence.text)) s -= 3;
		if (isFirstPersonQuote(c.sentence.text)) s -= 2.5;
	}
	if (c.question.type === 'true_false' && c.question.prompt.length > 160) s -= 1;
	return s;
}

/** Article order, but the first few questions each of a different type. */
export function order(kept: Candidate[]): Question[] {
	const inArticle = [...kept].sort(
		(a, b) => a.sentence.start - b.sentence.start || a.fact.answerStart - b.fact.answerStart || (a.question.id < b.question.id ? -1 : 1)
	);
	const opening: Candidate[] = [];
	const types = new Set<string>();
	for (const c of inArticle) {
		if (opening.length >= 5) break;
		if (!types.has(c.question.type)) {
			types.add(c.question.type);
			opening.push(c);
		}
	}
	return [...opening, ...inArticle.filter((c) => !opening.includes(c))].map((c) => c.question);
}
