import { describe, expect, it } from 'vitest';
import { factsOf, questionsOf } from './test-helpers';

/** [player, what "Who …?" asks of them] of a sentence; null when it has none. */
function player(text: string): [string, string] | null {
	const f = factsOf(text, 'outcome').find((x) => x.award);
	return f?.award ? [f.answer, f.award] : null;
}

describe('what a game gave one player', () => {
	it.each([
		[
			'Ramos, a 22-year-old forward in his first season, scored 27 points and was named the tournament’s most valuable player.',
			['Ramos', 'was named the tournament’s most valuable player']
		],
		['Hanna Kivi was voted player of the match after her two goals.', ['Hanna Kivi', 'was voted player of the match']],
		['Diallo, the visitors’ captain, was named man of the match.', ['Diallo', 'was named man of the match']],
		[
			'Kessler, booked in the first half for dissent, tripped Adeyemi on the edge of the box and was shown a second yellow card.',
			['Kessler', 'was shown a second yellow card']
		],
		['Tomas Grell was sent off in the 64th minute for a high tackle.', ['Tomas Grell', 'was sent off']],
		['The referee waved play on, then showed de Vries a straight red card for the elbow.', ['de Vries', 'was shown a straight red card']],
		['Marta Quist, on the pitch for ten minutes, scored the winner in stoppage time.', ['Marta Quist', 'scored the winner']],
		['Obi Nwosu headed the equaliser against Carlow with four minutes left.', ['Obi Nwosu', 'headed the equaliser against Carlow']]
	])('%s', (text, expected) => {
		expect(player(text)).toEqual(expected);
	});

	it.each([
		// A name that is no player's title, and an honour not won in a game.
		'Leona Frey was named captain for the new season.',
		'The bridge was named after her grandmother.',
		'Peter Hale was shown around the new training ground.',
		'Greta Olsen scored well in her exams.'
	])('reads nothing in "%s"', (text) => {
		expect(player(text)).toBeNull();
	});

	it('asks "Who …?" with the full name the article gives, and takes the surname the sentence gives', () => {
		const text =
			'The Lowfield Comets beat the Ardent Rays 90-82 on Saturday. Tariq Osei, who joined the club in May, hit four three-pointers in the last quarter. Osei, a 25-year-old guard, finished with 19 points and was named the final’s most valuable player. Comets coach Lena Park said the team had earned it, and forward Kofi Boateng added 15 points.';
		const qs = questionsOf(text, 'outcome').filter((x) => x.prompt === 'Who was named the final’s most valuable player?');
		const typed = qs.find((q) => q.type === 'short_answer');
		expect(typed?.type === 'short_answer' && [typed.answer, typed.accept]).toEqual(['Tariq Osei', ['Osei']]);
	});
});
