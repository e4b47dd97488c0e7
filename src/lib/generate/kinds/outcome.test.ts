import { describe, expect, it } from 'vitest';
import { factsOf, questionsOf } from './test-helpers';

describe('outcomes', () => {
	it('reads who won what and whom they beat', () => {
		const [f] = factsOf('Harbour City won the league final on Sunday, beating Northfield by 86 runs.', 'outcome');
		expect([f?.answer, f?.event, f?.loser]).toEqual(['Harbour City', 'the league final', 'Northfield']);
	});

	it('asks for the final a possessive title was won in', () => {
		const [f] = factsOf(
			'Adaeze Okafor won her first major title on Saturday, beating the defending champion Klara Novak 6-4, 3-6, 7-5 in the final of the Coastal Open at Harbour Park.',
			'outcome'
		);
		expect([f?.answer, f?.event, f?.loser]).toEqual(['Adaeze Okafor', 'the final of the Coastal Open', 'Klara Novak']);
	});

	it('asks "Who won …?" and "Who beat …?"', () => {
		expect(questionsOf('Harbour City won the league final on Sunday.', 'outcome')[0]?.prompt).toBe('Who won the league final?');
		expect(questionsOf('On Sunday Norway beat Spain in Oslo.', 'outcome')[0]?.prompt).toBe('Who beat Spain?');
	});
});
