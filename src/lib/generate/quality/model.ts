import { z } from 'zod';
import type { Candidate } from '../questions';
import type { ArticleContext } from './features';
import { FEATURE_NAMES, qualityFeatures, TYPE_FEATURES } from './features';
import { predict } from './logistic';
import { shownOf } from './shown';
import data from '../data/quality-model.json';
import { RELATIONS } from '../relations';

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

/**
 * Features of how a fact is asked rather than which fact: its type, whether a statement is true
 * or altered, whether it copies its sentence, the shape of the choices. Judges accepted true/false
 * more than mcq, and true statements more than altered ones; ranked on that, a bank turned
 * mostly true statements and clozes (on the fixtures, mcq 129 → 53 and 85% of statements true), so
 * a learner could guess "true". The mix of types and of true and false is selection's to keep,
 * so ranking reads the model with these held at their means (see `factWorth`); the bar reads them all.
 */
export const FORM_FEATURES: ReadonlySet<string> = new Set([...TYPE_FEATURES, 'statement_false', 'prompt_is_sentence', 'choices_alike']);

interface Scores {
	p: number;
	worth: number;
}

/** Candidates are scored many times over selection; their scores are fixed once computed. */
const cache = new WeakMap<Candidate, Scores>();

function scores(c: Candidate, article: ArticleContext, model: QualityModel): Scores {
	const known = model === QUALITY_MODEL ? cache.get(c) : undefined;
	if (known) return known;
	const row = qualityFeatures(shownOf(c.question), c.sentence, article);
	const out = {
		p: predict(model, row),
		worth: predict(
			model,
			row.map((v, j) => (FORM_FEATURES.has(model.features[j]) ? model.means[j] : v))
		)
	};
	if (model === QUALITY_MODEL) cache.set(c, out);
	return out;
}

/** The chance a strict judge accepts the candidate. */
export const acceptability = (c: Candidate, article: ArticleContext, model: QualityModel = QUALITY_MODEL): number => scores(c, article, model).p;

/** The chance with the question's type and form set aside: how worth asking its fact is, asked in an average way. */
export const factWorth = (c: Candidate, article: ArticleContext, model: QualityModel = QUALITY_MODEL): number => scores(c, article, model).worth;

/**
 * Whether the candidate clears the model's bar: below it, a candidate is never asked, not even to
 * reach the floor. A relation (see relations.ts) is not barred: the model learnt a card's form
 * from the broken backs of early runs, and would keep out the very facts judges miss most.
 */
export const clearsBar = (c: Candidate, article: ArticleContext, model: QualityModel = QUALITY_MODEL): boolean =>
	RELATIONS.has(c.fact.kind) || acceptability(c, article, model) >= model.threshold;
