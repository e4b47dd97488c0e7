import { describe, expect, it } from 'vitest';
import type { Question } from '../bank/schema';
import { checkQuestion } from './checks';

const statement = (prompt: string): Question => ({ id: 't', type: 'true_false', prompt, answer: false, tags: [] });
const noVerb = (prompt: string) => checkQuestion(statement(prompt)).some((r) => /no verb/.test(r));

describe('a true/false statement must claim something', () => {
	it.each(['Rating: two stars out of five.', 'Verdict: four stars.', 'Running time: 2 hours 35 minutes.', 'Attendance: 28,904.'])(
		'rejects the heading “%s”',
		(prompt) => expect(noVerb(prompt)).toBe(true)
	);
	it.each([
		'The play runs for 2 hours 35 minutes.',
		'Tickets cost €24.99.',
		'Rating agencies cut the bank’s score to junk.',
		'Rovers won 3-2 at Fenwick Park.',
		'The dispute dragged on for three years.'
	])('keeps the claim “%s”', (prompt) => expect(noVerb(prompt)).toBe(false));
});
