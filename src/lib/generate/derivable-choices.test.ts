import { describe, expect, it } from 'vitest';
import type { Question } from '../bank/schema';
import { checkQuestion } from './checks';
import { choicesRuledOut } from './derivable-choices';

const source = { quote: 'x', start: 0, end: 1 };
const choose = (prompt: string, choices: string[], answer = 0): Question => ({ id: 'q', type: 'mcq', prompt, choices, answer, tags: [], source });

describe('wrong choices the prompt rules out by itself', () => {
	it('rejects a wrong new level on the other side of the old one', () => {
		const q = choose('Ferry traffic fell to ____ from 2.4 million passengers after the bridge opened.', [
			'1.9 million',
			'2.6 million',
			'1.5 million',
			'1.2 million'
		]);
		expect(choicesRuledOut(q)).toMatch(/other side/);
		expect(checkQuestion(q).some((r) => r.includes('other side'))).toBe(true);
		expect(
			choicesRuledOut(choose('Ferry traffic fell to ____ from 2.4 million passengers.', ['1.9 million', '2.1 million', '1.5 million', '1.2 million']))
		).toBeNull();
	});

	it('rejects a share over 100% but not a rise of more than 100%', () => {
		expect(choicesRuledOut(choose('In the vote, ____% of members backed the merger.', ['64', '80', '96', '112']))).toMatch(/100%/);
		expect(choicesRuledOut(choose('Bookings rose by ____% in the first year.', ['64', '80', '96', '112']))).toBeNull();
	});

	it('rejects a day of the month past the 31st', () => {
		expect(choicesRuledOut(choose('The dam was closed on ____ March after the storm.', ['14', '21', '28', '35']))).toMatch(/31st/);
		expect(choicesRuledOut(choose('The dam was closed on ____ March after the storm.', ['14', '21', '28', '30']))).toBeNull();
	});
});
