import { describe, expect, it } from 'vitest';
import type { Question } from '../bank/schema';
import { checkQuestion } from './checks';
import { openQuestion } from './open-question';

const source = { quote: 'x', start: 0, end: 1 };
const card = (prompt: string): Question => ({ id: 'c', type: 'flashcard', prompt, back: 'Something the article says', tags: [], source });

describe('an open question the article answers in many ways', () => {
	// Each row: a question, and whether it is struck as open.
	const table: [string, boolean][] = [
		['What must the harbour board do?', true],
		['What do the survey maps show about Ellery Point?', true],
		['What does the new alloy act like?', true],
		['What did the inspectors find?', true],
		['What will tenants pay?', true],
		// Near misses: a verb that names one act, a commitment, and a question long enough to say which answer it wants.
		['What did the harbour board approve?', false],
		['What has the ferry company agreed to do?', false],
		['What did the inspectors find in the cellar of the Old Mill on Tanner Street?', false],
		['Who must the harbour board pay?', false],
		['What does the article call a bank of shingle that blocks a river mouth?', false]
	];
	it.each(table)('%s', (prompt, open) => {
		expect(openQuestion(card(prompt)) !== null).toBe(open);
	});

	it('is a check every question must pass', () => {
		expect(checkQuestion(card('What must the harbour board do?'))).toContain('an open question the article answers in many ways');
	});
});
