import { describe, expect, it } from 'vitest';
import { generateBank } from '.';
import { checkQuestion } from './checks';
import { extractFacts } from './facts';
import { buildCandidates } from './questions';
import type { ArticleView } from './rank';
import { splitSentences } from './sentences';
import { surnameMentions } from './side-details';
import { weakBlank } from './worth';

const text = [
	'Harlow Museum opens its new wing',
	'',
	'The museum in Harlow opened a new wing in 2019 after a long campaign by local residents.',
	'Its first curator, Ada Brennan, had trained in Lisbon before she moved to Harlow in 1998.',
	'The wing holds 240 paintings, most of them given by families in the town and in Dunmore.',
	'Visitors rose to 41,000 last year, and the museum now plans a second wing by 2028.',
	'The council agreed in March 2021 to pay for a new roof, which cost £1.2 million.',
	"Brennan said the second wing would show the town's textile history, which began in 1851 when the first mill opened in Harlow."
].join('\n');

/** The article's passing candidates, read with every sentence at one centrality. */
function candidatesAt(centrality: number) {
	const sentences = splitSentences(text);
	const facts = extractFacts(sentences, { year: 2024, month: 3, day: 15 });
	const passing = buildCandidates(facts, sentences, text).filter((c) => checkQuestion(c.question).length === 0);
	const view: ArticleView = {
		topics: new Set(),
		centrality: new Map(sentences.map((s) => [s.index, centrality])),
		floor: 8,
		title: 'Harlow Museum opens its new wing',
		text,
		mentions: surnameMentions(facts, text),
		lead: sentences[2].text
	};
	return { passing, view };
}

const blankOf = (kind: string) => (c: ReturnType<typeof candidatesAt>['passing'][number]) => c.form === 'blank' && c.fact.kind === kind;

describe('weak blanks', () => {
	it('a place or date blanked below the bar is not asked; the date is still asked in another form', () => {
		const outcome = generateBank(text);
		if (!outcome.ok) throw new Error(outcome.reason);
		const prompts = outcome.bank.questions.map((q) => q.prompt);
		expect(prompts.filter((p) => /second wing by ____/.test(p))).toEqual([]);
		expect(prompts.some((p) => /second wing by 2028/.test(p))).toBe(true);
	});

	it('below the bar every place and date blank is weak; above it, not every place, and no date inside its sentence', () => {
		const below = candidatesAt(0);
		const above = candidatesAt(1);
		for (const kind of ['date', 'place']) {
			const blanks = below.passing.filter(blankOf(kind));
			expect(blanks.length, kind).toBeGreaterThan(0);
			expect(
				blanks.every((c) => weakBlank(c, below.view)),
				kind
			).toBe(true);
		}
		expect(above.passing.filter(blankOf('place')).some((c) => !weakBlank(c, above.view))).toBe(true);
		// Every date here sits inside its sentence ("opened a new wing in ____"): see weak-blanks.ts.
		expect(above.passing.filter(blankOf('date')).every((c) => weakBlank(c, above.view))).toBe(true);
	});

	it('a number blanked below the bar is not weak', () => {
		const below = candidatesAt(0);
		const numbers = below.passing.filter(blankOf('quantity'));
		expect(numbers.length).toBeGreaterThan(0);
		expect(numbers.some((c) => weakBlank(c, below.view))).toBe(false);
	});
});
