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

const valueOf = (word: string): number => NUMBERS[word.toLowerCase()] ?? Number(word);

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
		const m = LINE.exec(s.text);
		if (!m) return [];
		const value = valueOf(m[1]);
		const scale = valueOf(m[3]);
		if (!(value > 0 && value <= scale)) return [];
		const at = s.text.indexOf(m[1], s.text.indexOf(':'));
		return [
			{
				...relationFact(s, m[1], at, `rating|${value}|${scale}`),
				kind: 'rating',
				value,
				scale,
				stars: m[2] !== undefined,
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
	score: () => 4
};
