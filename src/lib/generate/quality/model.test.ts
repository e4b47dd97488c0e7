import { describe, expect, it } from 'vitest';
import data from '../data/quality-model.json';
import { sentenceCentrality } from '../centrality';
import { extractFacts } from '../facts';
import { buildCandidates } from '../questions';
import type { ArticleView } from '../rank';
import { select } from '../select';
import { worthAsking } from '../worth';
import { splitSentences } from '../sentences';
import { surnameMentions } from '../side-details';
import { FEATURE_NAMES, qualityFeatures } from './features';
import { acceptability, clearsBar, factWorth, QUALITY_MODEL, qualityModelSchema, type QualityModel } from './model';
import { shownOf } from './shown';

const text = [
	'Harwick votes to reopen its tram line',
	'',
	'Harwick city council voted 27 to 14 on Tuesday to reopen the tram line closed in 1961, at a cost of £212 million.',
	'The line will run 11 kilometres from Northgate to the Harwick Royal Infirmary and carry an expected 18,000 passengers a day.',
	'Mayor Elspeth Grainger said the vote ended “thirty years of arguing about it”.',
	'Construction will start in 2026, and the first trams are due to run in 2029.',
	'The council will borrow £140 million; the rest comes from a national transport grant.',
	'Opponents, led by councillor Dev Mistry, said the money would be better spent on buses.'
].join('\n');

function article() {
	const sentences = splitSentences(text);
	const body = sentences.filter((s) => !s.heading);
	const facts = extractFacts(sentences, { year: 2024, month: 5, day: 1 });
	const title = sentences[0].text;
	const view: ArticleView = {
		topics: new Set(),
		centrality: sentenceCentrality(sentences, title),
		title,
		text,
		mentions: surnameMentions(facts, text),
		lead: body[0].text,
		floor: 4
	};
	return { candidates: buildCandidates(facts, sentences, text), view };
}

/** A model that reads one feature only: `weight` on whether the question is true/false. */
const onTrueFalse = (weight: number): QualityModel => ({
	...QUALITY_MODEL,
	means: FEATURE_NAMES.map(() => 0),
	scales: FEATURE_NAMES.map(() => 1),
	weights: FEATURE_NAMES.map((n) => (n === 'type_true_false' ? weight : 0)),
	bias: 0,
	threshold: 0.3
});

describe('the question-quality model', () => {
	it('validates, and was fitted on the features features.ts makes', () => {
		const model = qualityModelSchema.parse(data);
		expect(model.features).toEqual([...FEATURE_NAMES]);
		for (const list of [model.means, model.scales, model.weights]) expect(list).toHaveLength(FEATURE_NAMES.length);
		expect(model.cv.auc).toBeGreaterThan(0.5);
		expect(model.threshold).toBeGreaterThanOrEqual(0);
	});

	it('gives every candidate a chance between 0 and 1 from its shown question', () => {
		const { candidates, view } = article();
		expect(candidates.length).toBeGreaterThan(5);
		for (const c of candidates) {
			const p = acceptability(c, view);
			expect(p).toBeGreaterThan(0);
			expect(p).toBeLessThan(1);
			expect(qualityFeatures(shownOf(c.question), c.sentence, view)).toHaveLength(QUALITY_MODEL.features.length);
		}
	});

	it('ranks facts with the form set aside: a question’s type moves its chance, not its fact’s worth', () => {
		const { candidates, view } = article();
		const statement = candidates.find((c) => c.question.type === 'true_false');
		if (!statement) throw new Error('no statement');
		const model = onTrueFalse(-5);
		expect(acceptability(statement, view, model)).toBeLessThan(0.01);
		expect(factWorth(statement, view, model)).toBe(0.5);
	});

	it('chooses the questions that fill the floor from below the bar by the model', () => {
		const { candidates, view } = article();
		// No sentence near the point: every question fills the floor.
		const peripheral = { ...view, centrality: new Map([...view.centrality.keys()].map((k) => [k, 0])), floor: 4 };
		const onNumbers = (weight: number): QualityModel => ({
			...onTrueFalse(0),
			weights: FEATURE_NAMES.map((n) => (n === 'key_number' ? weight : 0)),
			threshold: 0
		});
		const numbers = (weight: number) =>
			select(candidates, 4, { ...peripheral, quality: onNumbers(weight) }).filter((c) => /^[£$]?\d/.test(shownOf(c.question).key)).length;
		expect(numbers(5)).toBeGreaterThan(numbers(-5));
	});

	it('selection never keeps a candidate below the bar, and keeps one above it', () => {
		const { candidates, view } = article();
		const statements = candidates.filter((c) => c.question.type === 'true_false');
		expect(statements.length).toBeGreaterThan(0);
		const low = { ...view, quality: onTrueFalse(-5) };
		const high = { ...view, quality: onTrueFalse(5) };
		expect(select(candidates, 20, low).filter((c) => c.question.type === 'true_false')).toEqual([]);
		expect(select(candidates, 20, high).some((c) => c.question.type === 'true_false')).toBe(true);
		for (const c of statements) expect(worthAsking(c, low)).toBe(false);
	});

	it('bars no relation: a card asking what a delay was the result of passes where other cards are kept out', () => {
		const lines = [
			'Harwick votes to reopen its tram line',
			'',
			'Harwick city council voted 27 to 14 on Tuesday to reopen the tram line closed in 1961.',
			'The delay to the project was mainly the result of a dispute over the depot site.'
		].join('\n');
		const sentences = splitSentences(lines);
		const candidates = buildCandidates(extractFacts(sentences, { year: 2024, month: 5, day: 1 }), sentences, lines);
		const cards = candidates.filter((c) => c.question.type === 'flashcard');
		const relation = cards.find((c) => c.fact.kind === 'announced');
		const other = cards.find((c) => c.fact.kind !== 'announced');
		if (!relation || !other) throw new Error('expected a relation card and another card');
		const noCards: QualityModel = { ...onTrueFalse(0), weights: FEATURE_NAMES.map((n) => (n === 'type_flashcard' ? -5 : 0)) };
		const { view } = article();
		expect(acceptability(relation, view, noCards)).toBeLessThan(noCards.threshold);
		expect(clearsBar(relation, view, noCards)).toBe(true);
		expect(clearsBar(other, view, noCards)).toBe(false);
	});
});
