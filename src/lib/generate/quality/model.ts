import { z } from 'zod';
import type { Candidate } from '../questions';
import type { ArticleContext } from './features';
import { FEATURE_NAMES, qualityFeatures } from './features';
import { predict } from './logistic';
import { shownOf } from './shown';
import data from '../data/quality-model.json';

/**
 * The question-quality model: a logistic regression fitted on the dev set's blind verdicts by
 * `npm run questions:fit-quality` (src/cli/fit-quality.ts), read here through its schema. It
 * gives each candidate the chance a strict judge accepts it.
 */

export const qualityModelSchema = z.object({
	features: z.array(z.string()),
	means: z.array(z.number()),
	scales: z.array(z.number().positive()),
	weights: z.array(z.number()),
	bias: z.number(),
	/** Below this chance a candidate is not asked. */
	threshold: z.number().min(0).max(1),
	/** The leave-one-article-out figures the bar was chosen from. */
	cv: z.object({
		lambda: z.number(),
		auc: z.number(),
		questions: z.number(),
		curve: z.array(z.object({ threshold: z.number(), kept: z.number(), acceptance: z.number(), dropped: z.number() }))
	})
});

export type QualityModel = z.infer<typeof qualityModelSchema>;

export const QUALITY_MODEL: QualityModel = qualityModelSchema
	.refine((m) => m.features.join() === FEATURE_NAMES.join(), 'the model was fitted on other features than features.ts makes: rerun questions:fit-quality')
	.refine((m) => [m.means, m.scales, m.weights].every((a) => a.length === m.features.length), 'one number per feature')
	.parse(data);

/** Candidates are scored many times over selection; their chance is fixed once computed. */
const cache = new WeakMap<Candidate, number>();

/** The chance a strict judge accepts the candidate. */
export function acceptability(c: Candidate, article: ArticleContext, model: QualityModel = QUALITY_MODEL): number {
	if (model === QUALITY_MODEL) {
		const known = cache.get(c);
		if (known !== undefined) return known;
	}
	const p = predict(model, qualityFeatures(shownOf(c.question), c.sentence, article));
	if (model === QUALITY_MODEL) cache.set(c, p);
	return p;
}

/** Whether the candidate clears the model's bar: below it, a candidate is never asked, not even to reach the floor. */
export const clearsBar = (c: Candidate, article: ArticleContext, model: QualityModel = QUALITY_MODEL): boolean =>
	acceptability(c, article, model) >= model.threshold;
