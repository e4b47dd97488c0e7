import { describe, expect, it } from 'vitest';
import { extractFacts } from './facts';
import { buildCandidates } from './questions';
import { fits } from './select';
import { splitSentences } from './sentences';

/** A change asked as a number ("By what percentage did … fall?") and the same figure blanked in its sentence ask one thing. */
describe('one figure of a sentence, asked once', () => {
	it.each([
		['Shares in Morland fell 6.2 percent to 410 pence after the warning.', 6.2],
		['Ticket sales at the Orrin theatre rose 12% to 48,000 last season.', 12],
		['The price of a season pass climbed 15 percent to 230 euros.', 15],
		['Exports of wool from the valley dropped by 9 per cent to 3.1 million kilos.', 9],
		['Membership of the rowing club grew 30 percent to 650 in a year.', 30],
		['Visitor numbers at the castle fell 18 percent to 52,000 last year.', 18]
	])('%s', (text, figure) => {
		const sentences = splitSentences(text);
		const candidates = buildCandidates(extractFacts(sentences, { year: 2024, month: 3, day: 15 }), sentences, text);
		const numeric = candidates.find((c) => c.form === 'wh' && c.question.type === 'numeric' && c.question.answer === figure);
		const blanks = candidates.filter(
			(c) => c.fact.kind === 'quantity' && c.form === 'blank' && (c.question.type === 'mcq' || c.question.type === 'cloze') && c.fact.value === figure
		);
		expect(numeric).toBeDefined();
		expect(blanks.length).toBeGreaterThan(0);
		for (const b of blanks) expect(fits([numeric!], b)).toBe(false);
	});
});

/** A change's card ("How did … change?") and the question on the amount it moved by ask one fact, though two kinds make them. */
describe('a change and the amount it moved by, asked once', () => {
	it.each([
		['Shares in Morland fell 6.2 percent to 410 pence after the warning.', '6.2 percent'],
		['Ticket sales at the Orrin theatre rose 12% to 48,000 last season.', '12%'],
		['The price of a season pass climbed 15 percent to 230 euros.', '15 percent'],
		['Membership of the rowing club grew 30 percent to 650 in a year.', '30 percent']
	])('%s', (text, amount) => {
		const sentences = splitSentences(text);
		const candidates = buildCandidates(extractFacts(sentences, { year: 2024, month: 3, day: 15 }), sentences, text);
		const card = candidates.find((c) => c.fact.kind === 'change' && c.question.type === 'flashcard');
		const onAmount = candidates.filter((c) => c.fact.kind === 'quantity' && c.fact.answer === amount);
		expect(card).toBeDefined();
		expect(onAmount.length).toBeGreaterThan(0);
		for (const q of onAmount) expect(fits([card!], q)).toBe(false);
	});
});
