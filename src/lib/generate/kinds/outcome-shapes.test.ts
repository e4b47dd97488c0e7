import { describe, expect, it } from 'vitest';
import { factsOf, questionsOf } from './test-helpers';

/** [winner, side beaten, named final] of a sentence's first outcome; null when it has none. */
function result(text: string): [string, string | undefined, string | undefined] | null {
	const f = factsOf(text, 'outcome').find((x) => !x.winner && !x.award && !x.decider);
	return f ? [f.answer, f.loser, f.event] : null;
}

/** The score the outcome kind read from a sentence, if any. */
const scoreOf = (text: string) => factsOf(text, 'outcome').find((x) => x.winner)?.answer;

describe('who won a game the sentence tells without "X beat Y" at its start', () => {
	it.each([
		[
			'Nadia Berg dropped the opening set and came back to beat second seed Olga Marin 3-6, 6-3, 6-4 in the final of the Northgate Open on Sunday.',
			['Nadia Berg', 'Olga Marin', 'the final of the Northgate Open'],
			'3-6, 6-3, 6-4'
		],
		[
			'The crowd stayed on its feet as the Kelso Hawks came from 15 points down to beat the champions Dunmore Bears 96-91 in the Coastal League final.',
			['Kelso Hawks', 'Dunmore Bears', 'the Coastal League final'],
			'96-91'
		],
		['Pereira rallied to defeat Ostrova 7-6 (7-2), 6-7 (5-7), 7-5 in the quarter-finals.', ['Pereira', 'Ostrova', undefined], '7-6 (7-2), 6-7 (5-7), 7-5'],
		[
			'Booed off at the break, Millford United produced a stirring second half, beating Ashby Town 2-1 with ten men.',
			['Millford United', 'Ashby Town', undefined],
			'2-1'
		],
		[
			'At a packed Riverside Stadium, Corran Athletic showed real grit, defeating the leaders Bexley 4–3 after extra time.',
			['Corran Athletic', 'Bexley', undefined],
			'4–3'
		],
		[
			'Lucas Brandt of Team Nordlys won the fourth and longest stage of the Tour of Varnas on Tuesday.',
			['Lucas Brandt', undefined, 'the fourth stage of the Tour of Varnas'],
			undefined
		]
	])('%s', (text, expected, score) => {
		expect(result(text)).toEqual(expected);
		expect(scoreOf(text)).toBe(score);
	});

	it.each([
		// A hope or a failure to beat someone is no result.
		'Halden failed to beat Oster in the league last season.',
		'The Wanderers will try to beat Carlow United on Saturday.',
		// "beating" with no score is no game.
		'Sofia Lind took the early train, beating the traffic into the city.',
		// An institution's name is not a rider and his team.
		'The Bank of England won the argument over interest rates.'
	])('reads no result in "%s"', (text) => {
		expect(result(text)).toBeNull();
	});

	it('asks who won a named final, its score and its result', () => {
		const qs = questionsOf(
			'Nadia Berg dropped the opening set and came back to beat second seed Olga Marin 3-6, 6-3, 6-4 in the final of the Northgate Open on Sunday.',
			'outcome'
		);
		const asked = qs.map((q) => (q.type === 'flashcard' ? `${q.prompt} → ${q.back}` : q.prompt));
		expect(asked).toContain('Who won the final of the Northgate Open?');
		expect(asked).toContain('By what score did Nadia Berg beat Olga Marin in the final of the Northgate Open?');
		expect(asked).toContain('What was the result of the final of the Northgate Open? → Nadia Berg beat Olga Marin 3-6, 6-3, 6-4');
	});

	it('names a side the article calls "the …" with its article in the score question and capitalises the card', () => {
		const qs = questionsOf(
			'The crowd stayed on its feet as the Kelso Hawks came from 15 points down to beat the champions Dunmore Bears 96-91 in the Coastal League final.',
			'outcome'
		);
		const asked = qs.map((q) => (q.type === 'flashcard' ? q.back : q.prompt));
		expect(asked).toContain('By what score did the Kelso Hawks beat Dunmore Bears in the Coastal League final?');
		expect(asked).toContain('The Kelso Hawks beat Dunmore Bears 96-91');
	});

	it.each([
		[
			'Booed off at the break, Millford United produced a stirring second half, beating Ashby Town 2-1 thanks to a late header from defender Joel Mensah.',
			'late header',
			'Joel Mensah'
		],
		['Tired and short of players, Carrow Rangers dug deep, beating Pellham 1-0 thanks to a penalty from Ines Ortega.', 'penalty', 'Ines Ortega'],
		['The Pine Valley Owls came back to beat Lowther 24-21 thanks to a drop goal from fly-half Tom Reyes.', 'drop goal', 'Tom Reyes']
	])('asks whose goal won the game in "%s"', (text, how, who) => {
		const f = factsOf(text, 'outcome').find((x) => x.decider);
		expect([f?.decider, f?.answer]).toEqual([how, who]);
		expect(questionsOf(text, 'outcome').some((q) => q.prompt.startsWith(`Whose ${how} gave`))).toBe(true);
	});
});
