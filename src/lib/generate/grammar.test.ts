import { describe, expect, it } from 'vitest';
import type { Question } from '../bank/schema';
import { checkQuestion } from './checks';
import { grammarProblem } from './grammar';

const source = { quote: 'x', start: 0, end: 1 };
const ask = (prompt: string): Question => ({ id: 'q', type: 'short_answer', prompt, answer: 'Ana Ruiz', tags: [], source });
const state = (prompt: string): Question => ({ id: 'q', type: 'true_false', prompt, answer: true, tags: [], source });

describe('grammar of prompts', () => {
	it('rejects a question with no verb', () => {
		expect(grammarProblem(ask('Who unmarked at the near post?'))).toMatch(/verb/);
		expect(grammarProblem(ask('Who scored the winning goal at the near post?'))).toBeNull();
	});

	it('rejects a true/false statement that states nothing', () => {
		expect(grammarProblem(state('Ana Ruiz, the mayor of Dunmore.'))).toMatch(/states nothing/);
		expect(grammarProblem(state('Ana Ruiz was elected mayor of Dunmore in 2019.'))).toBeNull();
	});

	it('rejects a trailing adverb and a phrase cut before its noun', () => {
		expect(grammarProblem(ask('What did the team find about the buckle probably?'))).toMatch(/adverb/);
		expect(grammarProblem(ask('What did the survey find about proglacial?'))).toMatch(/mid-phrase/);
		expect(grammarProblem(ask('What does the abbreviation UAV stand for?'))).toBeNull();
	});

	it('rejects a clause cut by coordination and an unclosed quote', () => {
		expect(grammarProblem(ask('Why has and the river flooded the valley?'))).toMatch(/cut/);
		expect(grammarProblem(ask('Who said: “The river will flood again?'))).toMatch(/quotation/);
	});

	it('is a check every question must pass', () => {
		expect(checkQuestion(ask('Who unmarked at the near post?')).some((r) => r.includes('ungrammatical'))).toBe(true);
	});
});
