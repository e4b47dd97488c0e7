import { describe, expect, it } from 'vitest';
import type { Question } from '../bank/schema';
import { parseNumber } from '../quiz/parse-number';
import { generateBank } from '.';

/** The questions generateBank keeps for a text. */
function bankOf(text: string): Question[] {
	const outcome = generateBank(text, { published: '2024-05-01' });
	if (!outcome.ok) throw new Error(outcome.reason);
	return outcome.bank.questions;
}

const keyOf = (q: Question): string[] =>
	q.type === 'mcq'
		? [q.choices[q.answer]]
		: q.type === 'cloze' || q.type === 'short_answer'
			? [q.answer]
			: q.type === 'numeric'
				? [String(q.answer)]
				: q.type === 'flashcard'
					? [q.back]
					: [];

describe('every question stands on its own', () => {
	it('drops a sentence that says "he" with no one named before it', () => {
		const qs = bankOf('The storm hit the coast on Monday. He said 40 homes were destroyed in the village of Marlow and 12 boats sank.');
		expect(qs.filter((q) => /^He said/.test(q.prompt))).toEqual([]);
	});

	it('shows the sentence before when "this drone" points to it', () => {
		const qs = bankOf(
			'Engineers in Kharkiv built the Falcon, a long-range drone with a camera. With a range of 900 kilometres, this drone can reach targets deep in enemy territory.'
		);
		const ranged = qs.find((q) => /range of/.test(q.prompt));
		expect(ranged?.prompt.startsWith('Engineers in Kharkiv built the Falcon')).toBe(true);
		expect(ranged?.source?.quote).toMatch(/^Engineers in Kharkiv[\s\S]*deep in enemy territory\.$/);
	});
});

describe('a question in the text is no context', () => {
	it('does not show a question before a sentence that leans on it', () => {
		const qs = bankOf(
			'The scheme starts on April 1 in 320 towns across the north. What about people who cannot travel to a shop? Disability groups raised this concern during the consultation, which received more than 14,000 responses.'
		);
		expect(qs.filter((q) => q.prompt.startsWith('What about'))).toEqual([]);
	});
});

describe('no prompt prints the answer of another question in the bank', () => {
	it('holds on a whole article', () => {
		const qs = bankOf(
			'Harbour City won the cup final on Sunday, beating Northfield by 86 runs. Vikram Rao scored 134 for Harbour City. Northfield captain Tom Whitaker won the toss. Whitaker said the pitch was slower than expected. A crowd of 23,500 watched the final at the Riverside Oval.'
		);
		const norm = (s: string) =>
			` ${s
				.toLowerCase()
				.replace(/[^\p{L}\p{N}]+/gu, ' ')
				.trim()} `;
		for (const q of qs)
			for (const o of qs) if (o !== q) for (const key of keyOf(o)) expect(norm(q.prompt).includes(norm(key)), `${q.prompt} shows ${key}`).toBe(false);
	});
});

describe('numbers under a bound', () => {
	const text = 'Over 50 drones were shot down over the eastern regions during the night. The army said 17 rockets were stopped near the river.';

	it('offers only larger wrong numbers for "over 50", which smaller ones would make true', () => {
		for (const q of bankOf(text)) {
			if (q.type === 'mcq' && /Over ____ drones/.test(q.prompt)) for (const c of q.choices) expect(parseNumber(c) ?? 0).toBeGreaterThanOrEqual(50);
			if (q.type === 'true_false' && !q.answer && /drones were shot down/.test(q.prompt))
				expect(parseNumber(/Over (\S+)/.exec(q.prompt)?.[1] ?? '') ?? 0).toBeGreaterThan(50);
		}
	});

	it('offers only earlier years for "since 2009"', () => {
		const qs = bankOf(
			'Harbour City beat Northfield by 86 runs in the final on Sunday. A crowd of 23,500 watched the final, the largest for a league final since 2009. The club sold 4,000 shirts after the match.'
		);
		for (const q of qs) if (q.type === 'mcq' && /since ____/.test(q.prompt)) for (const c of q.choices) expect(Number(c)).toBeLessThanOrEqual(2009);
	});
});

describe('false statements', () => {
	it('change the main claim, never a number inside a relative clause', () => {
		const qs = bankOf('The council, which has 12 members, approved 40 new homes in Marlow on Tuesday. Builders will start work in June.');
		for (const q of qs) if (q.type === 'true_false' && !q.answer) expect(q.prompt).toContain('which has 12 members');
	});
});

describe('whole names and whole clauses', () => {
	const text =
		'In 1961, President John F. Kennedy told Congress that the country should land a man on the Moon. Jane Roe, director of the U.S. Geological Survey, said the maps were ready in 1962. The agency hired 400 geologists for the work in the U.S. The mission landed in July 1969 after four days of flight, and Neil Armstrong walked on the surface for two hours.';
	const qs = bankOf(text);

	it('never cuts a name at an initial or an abbreviation', () => {
		for (const q of qs) {
			const shown = JSON.stringify({ ...q, id: '' });
			expect(shown).not.toMatch(/John F(?!\. Kennedy)|the U(?!\.S\.)|U\.S\.\./);
		}
	});

	it('ends no prompt with doubled punctuation', () => {
		// "… in the U.S.?" is English; "U.S.." and "?." are not.
		for (const q of qs) expect(q.prompt).not.toMatch(/\.\.$|\?[.?]$|!\.$|[^.]\.\.[^.]/);
	});

	it('asks no question that runs into a second clause', () => {
		for (const q of qs) if (q.prompt.endsWith('?')) expect(q.prompt).not.toMatch(/, and Neil Armstrong walked/);
	});
});

describe('trivial questions', () => {
	it('blanks no member of an incidental list of names', () => {
		const qs = bankOf(
			'Drones were shot down over Moscow, Tula, Kaluga, Bryansk and Smolensk on Sunday night. The ministry said 24 drones were destroyed in total.'
		);
		expect(qs.filter((q) => q.prompt.includes('____') && /Moscow|Tula|Kaluga|Bryansk|Smolensk/.test(keyOf(q).join(' ')))).toEqual([]);
	});
});

describe('distractors of the same kind', () => {
	it('offers a country only among countries', () => {
		const qs = bankOf(
			'Exports from Kenya rose by 12 percent last year. Farmers in Nakuru and Eldoret sold more tea. Buyers in Egypt and Pakistan took 40 percent of the crop. Uganda sold less coffee.'
		);
		const countries = new Set([
			'Kenya',
			'Egypt',
			'Pakistan',
			'Uganda',
			'France',
			'Canada',
			'Japan',
			'Brazil',
			'Norway',
			'Italy',
			'Mexico',
			'India',
			'Poland',
			'Chile'
		]);
		for (const q of qs) if (q.type === 'mcq' && countries.has(q.choices[q.answer])) for (const c of q.choices) expect(countries.has(c), c).toBe(true);
	});

	it('never offers a trophy or a ground as a person', () => {
		const qs = bankOf(
			'Rao was named player of the match and received the Hallworth Trophy, awarded to the best player of the final. Tom Whitaker, the Northfield captain, said Rao deserved it. Coach Priya Natarajan praised the team.'
		);
		for (const q of qs) if (q.type === 'mcq') expect(q.choices).not.toContain('Hallworth Trophy');
	});
});

describe('flashcards worth turning', () => {
	it('has a back of whole words, never one bare noun or a cut abbreviation', () => {
		const qs = bankOf(
			'The chemists Anneke Verhoeven and Rafael Mendes founded the firm. Jane Roe, director of the U.S. Geological Survey, said the maps were ready in 1962. Typhus, a fever spread by lice, broke out in March.'
		);
		for (const q of qs)
			if (q.type === 'flashcard') {
				expect(q.back.split(/\s+/).length, q.back).toBeGreaterThan(1);
				expect(q.back).not.toMatch(/\bU$|of the U$/);
			}
	});
});
