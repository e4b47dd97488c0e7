import { writeFileSync } from 'node:fs';
import { FEATURE_NAMES } from '../lib/generate/quality/features';
import { auc, fitLogistic, predict, type Logistic } from '../lib/generate/quality/logistic';
import type { QualityModel } from '../lib/generate/quality/model';
import { judgedRows, type Row } from './fit-quality-rows';
import type { Output } from './io';
import { DEV_ARTICLES, DEV_JUDGEMENTS } from './judged-sheets';

const MODEL = 'src/lib/generate/data/quality-model.json';

/** Penalties tried; the one with the best cross-validated AUC is kept. */
const LAMBDAS = [0.001, 0.01, 0.1];
const THRESHOLDS = [0, 0.1, 0.125, 0.15, 0.175, 0.2, 0.225, 0.25, 0.275, 0.3, 0.325, 0.35, 0.375, 0.4, 0.425, 0.45, 0.475, 0.5, 0.55, 0.6];

const label = (r: Row) => r.accepted / r.verdicts;
const fit = (rows: Row[], lambda: number) =>
	fitLogistic(
		rows.map((r) => r.features),
		rows.map(label),
		{ lambda }
	);

/** Each row's prediction from a model fitted on every other article's rows. */
function crossValidate(rows: Row[], lambda: number): number[] {
	const out = new Array<number>(rows.length);
	for (const article of [...new Set(rows.map((r) => r.article))]) {
		const model = fit(
			rows.filter((r) => r.article !== article),
			lambda
		);
		rows.forEach((r, i) => {
			if (r.article === article) out[i] = predict(model, r.features);
		});
	}
	return out;
}

/** Per threshold: the share of questions kept and the judges' acceptance of those kept (each question weighs one). */
function curve(rows: Row[], p: number[]) {
	return THRESHOLDS.map((threshold) => {
		const kept = rows.filter((_, i) => p[i] >= threshold);
		const dropped = rows.filter((_, i) => p[i] < threshold);
		const mean = (rs: Row[]) => round(rs.length === 0 ? 0 : rs.reduce((s, r) => s + label(r), 0) / rs.length);
		return { threshold, kept: round(kept.length / rows.length), acceptance: mean(kept), dropped: mean(dropped) };
	});
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/**
 * The bar is the highest threshold whose dropped questions judges accepted at most this often
 * (cross-validated): the house rule for any rule that removes questions is that at most one
 * removal in four may be a good question. When no threshold is that precise, the bar is 0 and
 * the model only ranks (see rank.ts).
 */
const DROPPED_GOOD_AT_MOST = 0.25;

/** `questions:fit-quality`: fits the question-quality model on the dev set's verdicts and writes it. */
export function runFitQuality(argv: string[], io: Output): number {
	const { rows, unmatched } = judgedRows(DEV_JUDGEMENTS, DEV_ARTICLES);
	io.out(`${rows.length} distinct judged questions (${rows.reduce((s, r) => s + r.verdicts, 0)} verdicts); ${unmatched} with no source sentence found`);
	const items = (p: number[]) => rows.map((r, i) => ({ p: p[i], pos: r.accepted, neg: r.verdicts - r.accepted }));
	let best = { lambda: LAMBDAS[0], auc: -1, p: [] as number[] };
	for (const lambda of LAMBDAS) {
		const p = crossValidate(rows, lambda);
		const a = auc(items(p));
		io.out(`lambda ${lambda}: leave-one-article-out AUC ${a.toFixed(3)}`);
		if (a > best.auc) best = { lambda, auc: a, p };
	}
	const points = curve(rows, best.p);
	io.out(`\n| bar | kept | acceptance of kept | of those dropped |\n| --- | --- | --- | --- |`);
	for (const c of points) io.out(`| ${c.threshold} | ${pct(c.kept)} | ${pct(c.acceptance)} | ${c.kept < 1 ? pct(c.dropped) : '–'} |`);
	const chosen = [...points].reverse().find((c) => c.kept < 1 && c.dropped <= DROPPED_GOOD_AT_MOST) ?? points[0];
	const model: Logistic = fit(rows, best.lambda);
	const out: QualityModel = {
		features: [...FEATURE_NAMES],
		means: model.means.map((x) => round(x * 100) / 100),
		scales: model.scales.map((x) => round(x * 100) / 100),
		weights: model.weights.map((x) => round(x * 100) / 100),
		bias: round(model.bias * 100) / 100,
		threshold: chosen.threshold,
		cv: { lambda: best.lambda, auc: round(best.auc), questions: rows.length, curve: points }
	};
	io.out(`\nbar ${chosen.threshold}: keeps ${pct(chosen.kept)} at ${pct(chosen.acceptance)} acceptable (all: ${pct(points[0].acceptance)})`);
	io.out('\nweights (per standard deviation):');
	for (const [i, name] of FEATURE_NAMES.entries()) io.out(`  ${name.padEnd(28)} ${out.weights[i] >= 0 ? '+' : ''}${out.weights[i].toFixed(3)}`);
	if (!argv.includes('--dry')) {
		writeFileSync(MODEL, `${JSON.stringify(out, null, '\t')}\n`);
		io.out(`\nwrote ${MODEL}`);
	}
	return 0;
}
