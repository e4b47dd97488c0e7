import { describe, expect, it } from 'vitest';
import { extractFacts } from '../facts';
import { splitSentences } from '../sentences';
import { FACT_KINDS, KIND_LIST } from '.';

describe('the fact kind registry', () => {
	it('lists each kind once, and each module answers to its own name', () => {
		expect(new Set(FACT_KINDS).size).toBe(FACT_KINDS.length);
		expect(KIND_LIST.map((k) => k.kind)).toEqual(FACT_KINDS);
	});

	it('gives the words of a claiming kind to the first kind that finds them', () => {
		const text = 'Governor Maria Lopez opened the bridge in Toledo on March 3, 2024. Lopez said 40 workers built it.';
		const facts = extractFacts(splitSentences(text), { year: 2024, month: 3, day: 5 });
		const claimed = facts.filter((f) => KIND_LIST.find((k) => k.kind === f.kind)?.claims);
		for (const a of claimed) for (const b of claimed) if (a !== b) expect(a.answerStart < b.answerEnd && b.answerStart < a.answerEnd).toBe(false);
		expect(facts.filter((f) => f.text === 'Maria Lopez').map((f) => f.kind)).toEqual(['person']);
	});
});
