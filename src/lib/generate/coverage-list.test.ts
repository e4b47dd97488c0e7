import { describe, expect, it } from 'vitest';
import { uncoveredFacts } from './coverage';
import { listQuestions, placeLists } from './coverage-list';
import { extractFacts } from './facts';
import { splitSentences } from './sentences';
import { generateBank } from '.';

/** An invented report: five towns in one list, four in another, each named once. */
const ARTICLE = `# Floods close roads across the Varnel valley

Heavy rain flooded roads across the Varnel valley on Tuesday, the regional authority said.

The authority closed roads around Ostrava Nova, Kelbridge, Morrow, Tessin, and Halden after the river rose by two metres overnight.

Rescue crews later moved to Ardley, Pennick, Sorrel and Wexby, where the water reached the ground floors of homes.

The authority said 340 people spent the night in school halls, and that the clean-up would take at least three weeks.

Engineers blamed the flooding on a blocked culvert under the valley road, which the authority had planned to replace next spring.`;

describe('lists of places', () => {
	const outcome = generateBank(ARTICLE);
	if (!outcome.ok) throw new Error(outcome.reason);

	it('asks every member of both lists from the generator alone, in one question for the lists, not one per member', () => {
		const missing = uncoveredFacts(outcome.bank.questions, outcome.facts).filter((f) => f.kind === 'place' && f.answer !== 'Varnel');
		expect(missing.map((f) => f.answer)).toEqual([]);
		const naming = outcome.bank.questions.filter((q) => /Kelbridge|Pennick/.test(JSON.stringify(q)));
		expect(naming).toHaveLength(1);
	});

	it('offers the other list of the article as the wrong group, joined like the asked one', () => {
		const list = outcome.bank.questions.find((q) => q.type === 'true_false' && /Kelbridge/.test(q.prompt + (q.explanation ?? '')));
		expect(list?.prompt).toMatch(/Ostrava Nova, Kelbridge, Morrow, Tessin and Halden|Ardley, Pennick, Sorrel, and Wexby/);
		expect(list?.explanation).toMatch(/Ostrava Nova, Kelbridge, Morrow, Tessin, and Halden|Ardley, Pennick, Sorrel and Wexby/);
	});
});

describe('placeLists', () => {
	const facts = (text: string) => {
		const sentences = splitSentences(text);
		return { sentences, facts: extractFacts(sentences, null) };
	};

	it('reads three or more places joined by commas and "and" as one list, and two as a pair', () => {
		const text = 'Rescue crews moved to Ardley, Pennick and Sorrel after the storm. Later they reached Wexby and Tessin by boat.';
		const { sentences, facts: all } = facts(text);
		expect(placeLists(all, sentences[0], text).map((l) => l.map((p) => p.answer))).toEqual([['Ardley', 'Pennick', 'Sorrel']]);
		expect(placeLists(all, sentences[1], text)).toEqual([]);
	});

	it('gives no list question when the article has too few other places for three wrong groups', () => {
		const text = 'Rescue crews moved to Ardley, Pennick and Sorrel after the storm.';
		const { sentences, facts: all } = facts(text);
		const [list] = placeLists(all, sentences[0], text);
		expect(listQuestions(list, all, sentences[0])).toEqual([]);
	});

	it('makes wrong groups only of places of the kind the article states for the list', () => {
		const text = [
			'The worst damage was in the coastal towns of Ardley, Pennick and Sorrel.',
			'Shaking was felt on the islands of Marrow, Tessin, Wexby, Ostra, Kell and Brin.',
			'Aid came through the towns of Halden, Morrow, Quarry, Dunlow, Fenwick and Rillby.'
		].join(' ');
		const { sentences, facts: all } = facts(text);
		const [list] = placeLists(all, sentences[0], text);
		const mcq = listQuestions(list, all, sentences[0]).find((c) => c.question.type === 'mcq')?.question;
		const choices = mcq?.type === 'mcq' ? mcq.choices : [];
		expect(choices).toHaveLength(4);
		expect(choices.join(' ')).not.toMatch(/Marrow|Tessin|Wexby|Ostra|Kell|Brin/);
	});

	it('swaps one member at a time when the article has too few places of the list’s kind for whole groups', () => {
		const text = [
			'The worst damage was in the coastal towns of Ardley, Pennick and Sorrel.',
			'Shaking was felt on the islands of Marrow, Tessin, Wexby, Ostra, Kell and Brin.',
			'Aid came through the town of Halden and the village of Morrow.'
		].join(' ');
		const { sentences, facts: all } = facts(text);
		const [list] = placeLists(all, sentences[0], text);
		const mcq = listQuestions(list, all, sentences[0]).find((c) => c.question.type === 'mcq')?.question;
		const [choices, key] = mcq?.type === 'mcq' ? [mcq.choices, mcq.choices[mcq.answer]] : [[], ''];
		expect(choices).toHaveLength(4);
		for (const choice of choices)
			expect(choice.split(/, | and /).filter((name) => ['Ardley', 'Pennick', 'Sorrel'].includes(name))).toHaveLength(choice === key ? 3 : 2);
	});
});
