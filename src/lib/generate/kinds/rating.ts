import { candidate, questionId, sourceOf } from '../questions/candidate';
import type { FactKindModule } from './kind';
import { relationFact } from './relation';

/**
 * A review's verdict, when it gives it as a score: "Rating: three stars out of five.", "Score:
 * four out of five." The verdict is the first thing a teacher asks of a review, and a score line
 * gives no other kind a question (it has no verb and no name).
 */

const NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const SCORE = '(one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}(?:\\.5)?)';

/** A score line: a label, the score (in stars or not) and the scale, and nothing else. */
const LINE = new RegExp(`^(?:Rating|Score|Verdict|Our verdict|Stars)\\s*:\\s*${SCORE}( stars?)?(?: out of |\\s?/\\s?)${SCORE}\\.?$`, 'i');

/**
 * A review's stars on a line of their own, as reviews print them under the headline: "Four
 * stars", "4 stars out of 5.", "★★★★☆". Stars with no scale are out of five. A bare "3/5" is a
 * score only under a headline that says it is a review (elsewhere it may be a date).
 */
const STARS_LINE = new RegExp(`^${SCORE} stars?(?: out of ${SCORE})?\\.?$`, 'i');
const GLYPHS = /^(★{1,10})(☆{0,9})\.?$/u;
const BARE = new RegExp(`^${SCORE}\\s?/\\s?${SCORE}\\.?$`, 'i');

const valueOf = (word: string): number => NUMBERS[word.toLowerCase()] ?? Number(word);

/** The score a line gives: its value, scale, whether in stars, and where the score starts; null when it gives none. */
export function scoreLine(text: string, headline: string): { value: number; scale: number; stars: boolean; answer: string; at: number } | null {
	const line = text.trim();
	const labelled = LINE.exec(line);
	if (labelled) return score(labelled[1], labelled[3], labelled[2] !== undefined, line.indexOf(labelled[1], line.indexOf(':')));
	const stars = STARS_LINE.exec(line);
	if (stars) return score(stars[1], stars[2] ?? '5', true, 0);
	const glyphs = GLYPHS.exec(line);
	if (glyphs) return score(String(glyphs[1].length), String(glyphs[2] ? glyphs[1].length + glyphs[2].length : 5), true, 0, glyphs[1] + glyphs[2]);
	const bare = /\breview/i.test(headline) ? BARE.exec(line) : null;
	return bare ? score(bare[1], bare[2], false, 0) : null;
}

function score(v: string, s: string, stars: boolean, at: number, answer = v) {
	const value = valueOf(v);
	const scale = valueOf(s);
	return value > 0 && value <= scale ? { value, scale, stars, answer, at } : null;
}

/**
 * The reviewed work as the headline names it: "The Salt Ledger review: …", "Review: ‘Salt and
 * Iron’ finally …", "Review: the Veloro Commute 2 is …" (the capitalised name after "Review:").
 */
export function reviewedWork(headline: string): string {
	const before = /^(.{2,60}?) review\b/i.exec(headline);
	if (before && !/^review\b/i.test(headline)) return `“${before[1]}”`;
	const quoted = /^Review:\s*[‘“'"]([^’”'"]{2,60})[’”'"]/u.exec(headline);
	if (quoted) return `“${quoted[1].replace(/,$/, '')}”`;
	const named = /^Review:\s*((?:the )?\p{Lu}[\p{L}\d-]*(?: (?:\p{Lu}[\p{L}\d-]*|\d+))*)/u.exec(headline);
	return named ? named[1] : '';
}

export const rating: FactKindModule<'rating'> = {
	kind: 'rating',
	claims: false,
	find(s, ctx) {
		const m = scoreLine(s.text, ctx.article.headline);
		if (!m) return [];
		return [
			{
				...relationFact(s, m.answer, m.at, `rating|${m.value}|${m.scale}`),
				kind: 'rating',
				value: m.value,
				scale: m.scale,
				stars: m.stars,
				work: reviewedWork(ctx.article.headline)
			}
		];
	},
	ask(fact, ctx) {
		const scale = Object.keys(NUMBERS).find((w) => NUMBERS[w] === fact.scale) ?? String(fact.scale);
		const what = fact.stars ? `How many stars out of ${scale}` : `What score out of ${scale}`;
		const prompt = `${what} does the reviewer give ${fact.work || 'the work under review'}?`;
		const question = { type: 'numeric' as const, prompt, answer: fact.value, tolerance: 0, ...(fact.stars ? { unit: 'stars' } : {}) };
		const id = questionId(fact, ctx.sentence, 'numeric', 'rating');
		return [{ ...candidate({ ...question, id, tags: [fact.kind], source: sourceOf(ctx.sentence) }, fact, ctx.sentence, 'wh', 'rating'), facet: 'role' }];
	},
	// A review's verdict ranks with who won a match: the outcome of the piece.
	// A score on a line of its own (no full stop: a heading line) is outside the body whose centrality
	// ranking reads; it gets about what a central sentence adds, as the verdict of the whole piece.
	score: (fact) => (/[.!?]$/.test(fact.text.trim()) ? 4 : 8)
};
