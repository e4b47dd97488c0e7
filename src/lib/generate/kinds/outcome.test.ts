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

	it("asks for the score after the side beaten, further on in the winner's clause", () => {
		const qs = questionsOf('Porto won the Continental Cup for the first time on Saturday night, beating Sparta Wrocław 2-1 after extra time.', 'outcome');
		const score = qs.find((q) => q.type === 'short_answer' && q.prompt.startsWith('By what score'));
		expect(score?.type === 'short_answer' && [score.prompt, score.answer]).toEqual(['By what score did Porto beat Sparta Wrocław?', '2-1']);
	});

	it('asks "Who won …?" and "Who beat …?"', () => {
		expect(questionsOf('Harbour City won the league final on Sunday.', 'outcome')[0]?.prompt).toBe('Who won the league final?');
		expect(questionsOf('On Sunday Norway beat Spain in Oslo.', 'outcome')[0]?.prompt).toBe('Who beat Spain?');
	});

	it('gives the result of a final with a score as a card, with no winner named on its front', () => {
		const qs = questionsOf(
			'Lena Brandt won her second national title on Sunday, beating the holder Mia Kovac 7-6, 6-2 in the final of the Valdor Open.',
			'outcome'
		);
		const card = qs.find((q) => q.type === 'flashcard' && q.prompt.startsWith('What was the result'));
		expect(card?.type === 'flashcard' && [card.prompt, card.back]).toEqual([
			'What was the result of the final of the Valdor Open?',
			'Lena Brandt beat Mia Kovac 7-6, 6-2'
		]);
	});

	it('gives how a race was won as a card: the winner and the rest of the clause', () => {
		const qs = questionsOf(
			"Oskar Lind won the men's 800 metres in Bergen on Friday, beating the favourite Pavel Hruby with a late surge on the inside.",
			'outcome'
		);
		const card = qs.find((q) => q.type === 'flashcard');
		expect(card?.type === 'flashcard' && [card.prompt, card.back]).toEqual([
			"How did the winner of the men's 800 metres win?",
			'By beating the favourite Pavel Hruby with a late surge on the inside'
		]);
	});

	it.each([
		['The Kessing eight won the Marlow Cup, beating Aldwyck by a length.', 'The Kessing eight', 'the Marlow Cup', 'Aldwyck'],
		["On Saturday the Harbridge women's team won the county shield, beating Ossett 3-1.", "the Harbridge women's team", 'the county shield', 'Ossett'],
		['After a tense final round, the Dunmore quartet won the Ellison Trophy by two points.', 'the Dunmore quartet', 'the Ellison Trophy', undefined]
	])('reads a side named by a name and a common noun: "%s"', (text, winner, event, loser) => {
		const [f] = factsOf(text, 'outcome');
		expect([f?.answer, f?.event, f?.loser]).toEqual([winner, event, loser]);
	});

	it.each([
		'The company won the contract to run the ferries.',
		'The Kessing crew finally won the Marlow Cup.',
		'In March the shading team won the Harbour Innovation Prize.',
		'The government won the vote by 12 seats.'
	])('leaves a winner with no name alone: "%s"', (text) => {
		expect(factsOf(text, 'outcome')).toEqual([]);
	});
});

describe('a side result beside the outcome the report gives', () => {
	/** The prompts the outcome kind asks of a whole report. */
	const prompts = (text: string) => questionsOf(text, 'outcome').map((q) => q.prompt);

	it.each([
		[
			'Lena Hart beat Maria Osei 6-3, 6-4 to win the Riverside Open. Osei had not dropped a set all week. Hart beat Poland’s Ewa Nowak 7-5, 6-2 in the semi-finals.',
			'Nowak'
		],
		[
			'Harrowby Town beat Castlemere 2-1 in the county final. Castlemere led at half-time. Westfield Rangers beat Ollerton 4-0 in the women’s final earlier in the day.',
			'Ollerton'
		],
		[
			'Kessing beat Halford by a length to take the Harlow Cup. Halford had won it twice before. Halford beat Dunmore by three lengths in the other semi-final.',
			'Dunmore'
		]
	])('asks nothing of a match whose beaten side the report names once: %s', (text, once) => {
		const asked = prompts(text);
		expect(asked.length).toBeGreaterThan(0);
		expect(asked.filter((p) => p.includes(once))).toEqual([]);
	});

	it.each(['Lena Hart beat Maria Osei 6-3, 6-4 to win the Riverside Open.', 'Harrowby Town beat Castlemere 2-1 in the county final on Saturday.'])(
		'still asks the only result of a short report, named once: %s',
		(text) => {
			expect(prompts(text).length).toBeGreaterThan(0);
		}
	);
});
