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
		expect(grammarProblem(ask('What did the report say about the?'))).toMatch(/mid-phrase/);
		// A superlative after "the" is a whole phrase.
		expect(grammarProblem(ask('Which room is the weakest?'))).toBeNull();
		expect(grammarProblem(ask('Which stage of the race was the hardest?'))).toBeNull();
		expect(grammarProblem(ask('What does the abbreviation UAV stand for?'))).toBeNull();
	});

	it('rejects a clause cut by coordination and an unclosed quote', () => {
		expect(grammarProblem(ask('Why has and the river flooded the valley?'))).toMatch(/cut/);
		expect(grammarProblem(ask('Who said: “The river will flood again?'))).toMatch(/quotation/);
	});

	it('rejects a question cut where a quote or a score was taken out', () => {
		expect(grammarProblem(ask('Who described the river as?'))).toMatch(/mid-phrase/);
		expect(grammarProblem(ask('Who saved two penalties in a 4?'))).toMatch(/mid-phrase/);
		expect(grammarProblem(ask('Who described the river as “a sleeping giant”?'))).toBeNull();
		expect(grammarProblem(ask('Who saved two penalties in the shoot-out?'))).toBeNull();
	});

	it('rejects a question cut before the name a sentence gives, or after a second subject', () => {
		expect(grammarProblem(ask('Who confirmed a demand from a group calling itself?'))).toMatch(/mid-phrase/);
		expect(grammarProblem(ask('Who gave the money to a local charity called?'))).toMatch(/mid-phrase/);
		expect(grammarProblem(ask('Who tripped Okafor inside the box, and Mensah?'))).toMatch(/mid-phrase/);
		expect(grammarProblem(ask('What is the new species called?'))).toBeNull();
		expect(grammarProblem(ask('Who paid a group calling itself “Lantern Collective”?'))).toBeNull();
		expect(grammarProblem(ask('Who tripped Okafor and Mensah inside the box?'))).toBeNull();
	});

	it('rejects a doubled word, a lower-case opening and a hanging "currently"', () => {
		expect(grammarProblem(ask('Why did the mill close, because because the river dried up?'))).toMatch(/twice/);
		expect(grammarProblem(ask('about replacing the gas boilers currently?'))).toMatch(/middle of a sentence/);
		expect(grammarProblem(ask('Who is replacing the gas boilers currently?'))).toMatch(/adverb/);
		expect(grammarProblem(ask('Who said that the firm had had enough?'))).toBeNull();
	});

	it('rejects a wh-question over two clauses joined by "and"', () => {
		expect(grammarProblem(ask('Why was the site not on the list, and no restriction was imposed?'))).toMatch(/two clauses/);
		expect(grammarProblem(ask('Who said: “The site was empty, and the gate was open”?'))).toBeNull();
		expect(grammarProblem(ask('Why was the site left off the list of protected places?'))).toBeNull();
	});

	it('is a check every question must pass', () => {
		expect(checkQuestion(ask('Who unmarked at the near post?')).some((r) => r.includes('ungrammatical'))).toBe(true);
	});
});
