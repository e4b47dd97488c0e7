import { describe, expect, it } from 'vitest';
import { bankSchema, QUESTION_TYPES } from '../bank/schema';
import { checkQuestion, generateBank, prepareText, type GenerateOutcome } from '.';

const sources = import.meta.glob('/questions/sources/winter-drone-campaign.md', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const seed = Object.values(sources)[0];

function ok(outcome: GenerateOutcome): Extract<GenerateOutcome, { ok: true }> {
	if (!outcome.ok) throw new Error(outcome.reason);
	return outcome;
}

describe('generateBank on the seed article', () => {
	const outcome = ok(generateBank(seed, { sourceFile: 'questions/sources/winter-drone-campaign.md' }));
	const questions = outcome.bank.questions;

	it('makes a schema-valid bank of at least 2 questions per 100 words, of every type', () => {
		expect(bankSchema.safeParse(outcome.bank).success).toBe(true);
		expect(questions.length).toBeGreaterThanOrEqual(Math.ceil((2 * seed.split(/\s+/).length) / 100));
		for (const type of QUESTION_TYPES)
			expect(
				questions.some((q) => q.type === type),
				type
			).toBe(true);
		expect(outcome.bank.source?.file).toBe('questions/sources/winter-drone-campaign.md');
	});

	it('quotes every source exactly and passes every check', () => {
		for (const q of questions) {
			expect(q.source && outcome.text.slice(q.source.start, q.source.end)).toBe(q.source?.quote);
			expect(checkQuestion(q), q.prompt).toEqual([]);
		}
	});

	it('takes its title from the front matter', () => {
		expect(outcome.bank.title).toBe('Russia and Ukraine trade the first round of a winter drone campaign');
		expect(outcome.bank.id).toMatch(/^russia-and-ukraine/);
	});

	it('gives byte-identical output on two runs', () => {
		expect(JSON.stringify(ok(generateBank(seed)).bank)).toBe(JSON.stringify(ok(generateBank(seed)).bank));
	});

	it('keeps ids when an unrelated sentence is edited', () => {
		const edited = seed.replace('The heat is on once more as', 'The heat was on again as');
		const after = new Set(ok(generateBank(edited)).bank.questions.map((q) => q.id));
		const unrelated = questions.filter((q) => !q.source?.quote.startsWith('The heat'));
		const kept = unrelated.filter((q) => after.has(q.id));
		expect(kept.length).toBeGreaterThanOrEqual(unrelated.length - 2);
	});

	it('honours max and reports progress', () => {
		const stages = new Set<string>();
		const small = ok(generateBank(seed, { max: 10, onProgress: (stage) => stages.add(stage) }));
		expect(small.bank.questions).toHaveLength(10);
		expect([...stages]).toEqual(['sentences', 'facts', 'questions', 'ranking']);
	});
});

describe('bad input', () => {
	const reasonOf = (text: string) => {
		const outcome = generateBank(text);
		return outcome.ok ? null : outcome.reason;
	};

	it('explains why nothing could be made', () => {
		expect(reasonOf('')).toBe('it is empty');
		expect(reasonOf('1 2 3 4 5')).toMatch(/no complete sentences/);
		expect(reasonOf('Just a single line without an ending')).toMatch(/no complete sentences/);
		expect(reasonOf('Le chat est sur la table. Il fait beau dans le jardin et nous sommes contents de la vie.')).toMatch(/English/);
		expect(reasonOf('Президент заявил, что 24 беспилотника были сбиты над Москвой. Это произошло ночью.')).toMatch(/English/);
		expect(reasonOf('The weather is nice. It is what it is, and that is that.')).toMatch(/no facts/);
	});

	it('never throws, whatever the string', () => {
		for (const s of ['\u0000', '.'.repeat(1000), '“”“”', '<<<>>>', '---\n---\n', '1.', 'A. B. C. D.']) {
			expect(() => generateBank(s)).not.toThrow();
		}
	});

	it('finishes on a 200 KB text', () => {
		const big = seed.repeat(Math.ceil(200_000 / seed.length));
		const outcome = generateBank(big);
		expect(outcome.ok).toBe(true);
	}, 120_000);

	it('strips HTML before generating', () => {
		const html = `<html><head><title>Drones</title><style>p{color:red}</style><script>alert("x")</script></head><body>${seed
			.split('\n---\n')[1]
			.split('\n\n')
			.map((p) => `<p>${p.replace(/&/g, '&amp;')}</p>`)
			.join('\n')}</body></html>`;
		const prepared = prepareText(html);
		expect(prepared.text).not.toMatch(/<|alert|color:red/);
		expect(prepared.title).toBe('Drones');
		const outcome = ok(generateBank(html));
		expect(outcome.bank.questions.length).toBeGreaterThanOrEqual(15);
	});
});

describe('prepareText', () => {
	it('reads front matter and a dateline, and decodes entities', () => {
		const p = prepareText('---\ntitle: "A title"\ndate: 2024-03-14\n---\r\nTom &amp; Jerry&#8217;s show.\r\n');
		expect(p).toEqual({ text: 'Tom & Jerry’s show.', title: 'A title', published: '2024-03-14' });
	});
});

describe('prepareText datelines', () => {
	it('finds the publication date in a dateline', () => {
		expect(prepareText('Title\n\nPublished: Thursday, 21 November 2024\n\nA rocket flew.').published).toBe('2024-11-21');
		expect(prepareText('Title\n\nPosted March 5, 2024, 7:40 p.m.\n\nA rocket flew.').published).toBe('2024-03-05');
	});
});

describe('generateBank on a paragraph with a dateline', () => {
	const paragraph =
		'VILLAMAYOR DEL CAMPO, 13 September — The worst drought in more than four decades has slashed the cereal harvest across the Alcarena plateau, with regional officials estimating that farmers brought in just 412,000 tonnes of wheat and barley this summer, down from 780,000 tonnes a year earlier.';
	const outcome = ok(generateBank(paragraph));

	it('keeps the dateline out of prompts and sources, and asks nothing about its date', () => {
		const questions = outcome.bank.questions;
		expect(questions.length).toBeGreaterThan(0);
		for (const q of questions) {
			expect(q.prompt).not.toMatch(/VILLAMAYOR|September/);
			expect(q.source?.quote).toMatch(/^The worst drought/);
			expect(q.source && outcome.text.slice(q.source.start, q.source.end)).toBe(q.source?.quote);
		}
		expect(outcome.facts.some((f) => f.kind === 'date')).toBe(false);
		expect(outcome.bank.title).not.toMatch(/VILLAMAYOR/);
	});
});
