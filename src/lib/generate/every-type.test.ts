import { describe, expect, it } from 'vitest';
import { checkQuestion } from './checks';
import { evenTypes, everyType } from './every-type';
import { extractFacts } from './facts';
import { buildCandidates, type Candidate } from './questions';
import type { ArticleView } from './rank';
import { factOf, fits } from './select';
import { splitSentences } from './sentences';
import { surnameMentions } from './side-details';

const plant = `Marta Lindqvist, the chief engineer of the Orrby water board, opened the new filter plant on Monday.
The plant cost 48 million kronor and cleans water for 61,000 homes in Orrby and Vallen.
Lindqvist said the plant would cut the town's use of chlorine by half.
The board chose a slow sand filter after tests in 2021 showed it removed more parasites than the old system.
Work on a second plant in Vallen will start in 2027, according to the Orrby water board.`;

function setting(centrality: number, text = plant) {
	const sentences = splitSentences(text);
	const facts = extractFacts(sentences, { year: 2025, month: 5, day: 12 });
	const passing = buildCandidates(facts, sentences, text).filter((c) => checkQuestion(c.question).length === 0);
	const view: ArticleView = {
		topics: new Set(),
		centrality: new Map(sentences.map((s) => [s.index, centrality])),
		floor: 0,
		title: '',
		text,
		mentions: surnameMentions(facts, text),
		lead: sentences[0].text
	};
	return { passing, view };
}

/** One question per fact, of every type but `missing`, each fitting beside those before it. */
function keptWithout(passing: Candidate[], missing: string): Candidate[] {
	const kept: Candidate[] = [];
	for (const c of passing) if (c.question.type !== missing && fits(kept, c)) kept.push(c);
	return kept;
}

/** Sentences that each define one term, as "X, a Y that …". */
const TERMS = [
	'Its heart is the escapement, the part of a clock that lets the gear train advance one tooth at a time.',
	'Divers found the ship’s astrolabe, an instrument that sailors used to measure the height of the sun.',
	'Each house has a soakaway, a gravel pit that lets rainwater drain slowly into the ground.',
	'The museum restored its orrery, a clockwork model that shows the planets moving around the sun.',
	'Bakers keep a levain, a starter of flour and water that raises the dough without yeast.',
	'The lock keeper opened the sluice, a gate that controls how much water leaves the canal.'
];

/** An article around one term's sentence: its candidates, with the term's card and its short answer. */
function termSetting(term: string) {
	const { passing: all, view } = setting(
		1,
		`${plant}
${term}
Deputy mayor Jonas Berg, the board's chair Eva Holm and the inspector Karl Nyberg attended the opening in Orrby.`
	);
	const passing = all.filter((c) => c.question.type !== 'flashcard' || c.fact.kind === 'definition');
	const card = passing.find((c) => c.question.type === 'flashcard');
	const asked = passing.find((c) => c.question.type === 'short_answer' && c.fact.kind === 'definition');
	expect(card && asked).toBeTruthy();
	return { passing, view, card, asked };
}
describe('every type of question', () => {
	it('brings a missing type back by asking a kept fact in that form, so nothing is added or lost', () => {
		const { passing, view } = setting(1);
		const kept = keptWithout(passing, 'cloze');
		const types = (cs: Candidate[]) => new Set(cs.map((c) => c.question.type));
		const out = everyType(kept, passing, view, 60);
		expect(types(out).size).toBeGreaterThan(types(kept).size);
		expect(out).toHaveLength(kept.length);
		expect(new Set(out.map(factOf))).toEqual(new Set(kept.map(factOf)));
	});

	it('asks a kept multiple choice on a name typed when no other question of the missing type exists', () => {
		const { passing, view } = setting(
			1,
			`${plant}
“Clean water should not depend on luck,” said Marta Lindqvist.
Deputy mayor Jonas Berg, the board's chair Eva Holm and the inspector Karl Nyberg attended the opening in Orrby.
Berg said the town had waited twenty years for the plant, and Holm thanked the builders from Vallen and Stava.`
		);
		const mcqs: Candidate[] = [];
		for (const c of passing) if (c.question.type === 'mcq' && fits(mcqs, c)) mcqs.push(c);
		const out = everyType(mcqs, mcqs, view, 60);
		const typed = out.filter((c) => c.question.type === 'cloze' || c.question.type === 'short_answer');
		expect(typed.length).toBeGreaterThan(0);
		for (const t of typed) expect(mcqs.map((m) => m.question.prompt)).toContain(t.question.prompt);
		expect(out.filter((c) => c.question.type === 'mcq').length).toBeGreaterThan(0);
	});

	it('never brings a type back with a question from the edge of the article', () => {
		const { passing, view } = setting(0);
		const kept = keptWithout(passing, 'cloze');
		expect(everyType(kept, passing, view, 60)).toEqual(kept);
	});

	it('gives a type over two in five places back to other types, keeping the bank its size', () => {
		const { passing, view } = setting(
			1,
			`${plant}
“Clean water should not depend on luck,” said Marta Lindqvist.
Deputy mayor Jonas Berg, the board's chair Eva Holm and the inspector Karl Nyberg attended the opening in Orrby.
Berg said the town had waited twenty years for the plant, and Holm thanked the builders from Vallen and Stava.`
		);
		// A bank heavy on multiple choice, as a top-up to the floor can leave it.
		const mcqs: Candidate[] = [];
		for (const c of passing) if (c.question.type === 'mcq' && fits(mcqs, c)) mcqs.push(c);
		const others: Candidate[] = [];
		for (const c of passing)
			if (c.question.type !== 'mcq' && !others.some((o) => o.question.type === c.question.type) && fits([...mcqs, ...others], c)) others.push(c);
		const kept = [...mcqs, ...others];
		expect(mcqs.length).toBeGreaterThan(Math.ceil(kept.length * 0.4));
		const out = evenTypes(kept, passing, view);
		expect(out).toHaveLength(kept.length);
		expect(out.filter((c) => c.question.type === 'mcq').length).toBeLessThan(mcqs.length);
	});

	// Each term is asked once as a short answer, the bank's only one; its card can come in only in
	// that question's place, and the short answer comes back on another fact.
	it.each(TERMS)('gives a card the place of the only question of its type that shuts it out: %s', (term) => {
		const { passing, view, card, asked } = termSetting(term);
		const kept = [asked!, ...keptWithout(passing, 'flashcard').filter((c) => c.question.type !== 'short_answer' && fits([asked!], c))];
		const out = everyType(kept, passing, view, 60);
		expect(out).toContain(card);
		expect(out).not.toContain(asked);
		const types = (cs: Candidate[]) => [...new Set(cs.map((c) => c.question.type))].sort();
		expect(types(out)).toEqual(expect.arrayContaining(types([...kept, card!])));
	});

	// A title with the body it belongs to is a card worth turning, even though selection counts a
	// person's card a minor side detail; it is the bank's only card.
	it.each([
		'Falcons coach Renata Alves switched to a full-court press in the fourth quarter.',
		'Stava Rovers captain Per Olsson scored twice in the second half.',
		'Greta Lund, the mayor of Stava, cut the ribbon at noon.',
		'Tomas Wik, the Stava United goalkeeper, saved a penalty in the last minute.',
		'Anna Holt, chief executive of Nordvik Foods, announced the closure on Monday.',
		'Vallen Library director Sofia Dahl opened the reading room in March.'
	])('brings a missing card back as a person and their title: %s', (line) => {
		const { passing: all, view } = setting(1, `${plant}\n${line}`);
		const passing = all.filter((c) => c.question.type !== 'flashcard' || c.fact.kind === 'person');
		const card = passing.find((c) => c.question.type === 'flashcard');
		expect(card).toBeTruthy();
		// The kept questions ask the other sentences, so only the card's worth stands in its way.
		const kept = keptWithout(
			passing.filter((c) => c.sentence.index !== card!.sentence.index),
			'flashcard'
		);
		const out = everyType(kept, passing, view, 60);
		expect(out).toContain(card);
	});
	// The term's sentence is far from the article's point, so its card clears no bar of its own; but
	// the bank already asks the term (as a short answer, one of two), and the card may take its place.
	it.each(TERMS)('asks a term the bank already asks as its card, however far from the point: %s', (term) => {
		const { passing, view, card, asked } = termSetting(term);
		const edge = { ...view, centrality: new Map([...view.centrality].map(([i, v]) => [i, i === card!.sentence.index ? 0 : v])) };
		const kept = [asked!, ...keptWithout(passing, 'flashcard').filter((c) => fits([asked!], c))];
		expect(kept.filter((c) => c.question.type === 'short_answer').length).toBeGreaterThan(1);
		const out = everyType(kept, passing, edge, 60);
		expect(out).toContain(card);
		expect(out).not.toContain(asked);
		expect(out).toHaveLength(kept.length);
	});
});

// A count blanked for typing, shut out by the bank's only true/false statement: the same figure
// changed. The number comes in in its place, and a statement on another sentence comes back in
// the place of one of two multiple-choice questions. (The pool has no other number typed, which
// would come in in a multiple choice's place, and no blank, which brought back first would stand
// in the statement's way.)
describe('a number typed in the place of the only statement that shuts it out', () => {
	it.each([
		'About 140 households in Stava still draw water from private wells.',
		'Nearly 2,000 residents signed a petition against the old pipes.',
		'Some 3,400 customers in Stava were told to boil their water last winter.',
		'Nearly 900 anglers fished the lake during the summer.',
		'Some 5,200 pupils in Orrby drink the water at school.',
		'About 760 farms in the valley still rely on the old canal.',
		'Some 48 bakeries in Stava use the water for their bread.'
	])('%s', (line) => {
		const text = `${plant}\n${line}`;
		const { passing: all, view } = setting(1, text);
		const last = splitSentences(text).length - 1;
		const passing = all.filter((c) => c.question.type !== 'cloze' && (c.question.type !== 'numeric' || c.sentence.index === last));
		const number = passing.find((c) => c.sentence.index === last && c.question.type === 'numeric');
		const changed = passing.find((c) => c.sentence.index === last && c.question.type === 'true_false' && !c.question.answer);
		expect(number && changed).toBeTruthy();
		const mcqFirst = (a: Candidate, b: Candidate) => Number(b.question.type === 'mcq') - Number(a.question.type === 'mcq');
		const others = keptWithout(passing.filter((c) => c.sentence.index !== last && c.question.type !== 'true_false').sort(mcqFirst), 'numeric');
		const kept = [changed!, ...others];
		expect(kept.filter((c) => c.question.type === 'mcq').length).toBeGreaterThan(1);
		const out = everyType(kept, passing, view, 60);
		expect(out).toContain(number);
		expect(out).not.toContain(changed);
		expect(out).toHaveLength(kept.length);
		const types = (cs: Candidate[]) => [...new Set(cs.map((c) => c.question.type))].sort();
		expect(types(out)).toEqual(types([...kept, number!]));
	});
});
