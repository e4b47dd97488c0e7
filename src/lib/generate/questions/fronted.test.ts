import { describe, expect, it } from 'vitest';
import { frontOpening } from './fronted';

describe('an opening phrase left between "did" and the subject', () => {
	it.each([
		['What did in each garden the volunteers choose?', 'In each garden, what did the volunteers choose?'],
		['How many changes did over the first winter the council approve?', 'Over the first winter, how many changes did the council approve?'],
		['What two measures did At every site the students record?', 'At every site, what two measures did the students record?'],
		['What did in 2023 the board decide?', 'In 2023, what did the board decide?'],
		['Whom did after the vote Councillor Reyes thank?', 'After the vote, whom did Councillor Reyes thank?'],
		['What four plants did in each plot they select?', 'In each plot, what four plants did they select?'],
		['How much does during the season a ticket cost?', 'During the season, how much does a ticket cost?'],
		['Why did for the second year running the club miss the playoffs?', 'For the second year running, why did the club miss the playoffs?']
	])('moves it to the front: %s', (prompt, fixed) => {
		expect(frontOpening(prompt)).toBe(fixed);
	});

	it.each([
		'What did the volunteers choose in each garden?',
		'What was in the box?',
		'Who did Smith meet at the station?',
		'How many people were at the meeting?',
		'What does the report list?',
		'In 2023, what did the board decide?',
		'Inês moved to Gothenburg in ____.',
		'What did they find in the lakes?'
	])('leaves a question whose subject follows its "did" alone: %s', (prompt) => {
		expect(frontOpening(prompt)).toBe(prompt);
	});

	it('gives up on a phrase whose end cannot be told, rather than print it garbled', () => {
		expect(frontOpening('What did in spite of everything happen?')).toBeNull();
	});
});
