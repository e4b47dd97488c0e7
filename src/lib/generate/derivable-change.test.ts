import { describe, expect, it } from 'vitest';
import type { Question } from '../bank/schema';
import { checkQuestion } from './checks';
import { derivableBlank } from './derivable';

const source = { quote: 'x', start: 0, end: 1 };
const cloze = (prompt: string, answer: string): Question => ({ id: 'q', type: 'cloze', prompt, answer, tags: [], source });
const asked = (prompt: string, answer: string): Question => ({ id: 'q', type: 'short_answer', prompt, answer, tags: [], source });
const choose = (prompt: string, choices: string[]): Question => ({ id: 'q', type: 'mcq', prompt, choices, answer: 0, tags: [], source });

describe('a change the prompt states in full', () => {
	it('rejects a new level that the old level and the change in percent give', () => {
		expect(derivableBlank(cloze('Turnover at the bakery chain rose 27% to ____ from $470 million.', '$597 million'))).toMatch(/level/);
		expect(derivableBlank(asked('Ticket sales grew 8.4% from $1.31 billion to how much?', '$1.42 billion'))).toMatch(/level/);
		expect(derivableBlank(cloze('The herd shrank by 15 percent to ____ animals from 640.', '544'))).toMatch(/level/);
	});

	it('rejects a change whose both levels the prompt gives', () => {
		expect(derivableBlank(cloze('Fees went from $96 million to $118 million, up ____%.', '23'))).toMatch(/both ends/);
		expect(derivableBlank(cloze('The jobless rate fell to 4.1% from 4.6%, down ____ points.', '0.5 percentage points'))).toMatch(/both ends/);
	});

	it('rejects an MCQ whose choices the stated change rules out', () => {
		const q = choose('Output at the mill saw a 2% slip to ____ from $840 million.', ['$823 million', '$700 million', '$650 million', '$610 million']);
		expect(checkQuestion(q).some((r) => r.includes('worked out'))).toBe(true);
	});

	it('keeps a level when the prompt gives only the direction, or a change that does not fit its figures', () => {
		expect(derivableBlank(cloze('Turnover at the bakery chain rose to ____ from $470 million.', '$597 million'))).toBeNull();
		expect(derivableBlank(cloze('Profit rose ____ to $412 million, on revenue of $4.2 billion, up from $3.4 billion.', '27%'))).toBeNull();
		expect(derivableBlank(cloze('The museum drew 41,000 visitors in 2019 and ____ in 2023, when its roof was raised.', '58,000'))).toBeNull();
	});

	it('rejects the far end of a range written with its multiplier', () => {
		expect(
			derivableBlank(choose('Analysts put the fleet’s cost between $5.55 billion and ____.', ['$6.1 billion', '$9 billion', '$12 billion', '$15 billion']))
		).toMatch(/range/);
	});
});

describe('levels of different sizes', () => {
	it('does not read a price and a market value as the two ends of a change', () => {
		const q = cloze('Shares rose 6.2% to 148 kroner, giving the firm a value of about 11 billion kroner. They have gained ____ this year.', '38 percent');
		expect(derivableBlank(q)).toBeNull();
	});
});
