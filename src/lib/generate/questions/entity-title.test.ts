import { describe, expect, it } from 'vitest';
import { questionsOf } from '../kinds/test-helpers';

/** The fill-in blanks a text gives for its people. */
const blanks = (text: string) =>
	questionsOf(text, 'person')
		.filter((q) => q.type === 'cloze')
		.map((q) => q.prompt);

describe('a one-word title before a name goes into the blank with it', () => {
	// Each row: a text, and a blank it must give.
	const table: [string, string][] = [
		['The governor, Count Frederik Aldenburg, refused to buy grain for the town in 1846.', 'The governor, ____, refused to buy grain for the town in 1846.'],
		['The talks were led by Governor Corazon Villaflor, who called them useful.', 'The talks were led by ____, who called them useful.'],
		[
			'The chief negotiator of Emperor Ferdinand III worked hard to reach compromises with France.',
			'The chief negotiator of ____ worked hard to reach compromises with France.'
		],
		[
			'The papal nuncio Fabio Chigi later became Pope Alexander VII and ruled for twelve years.',
			'The papal nuncio Fabio Chigi later became ____ and ruled for twelve years.'
		],
		[
			'The drill was designed by Engineer Hákon Bjarnason at the Icelandic Meteorological Office in 2019.',
			'The drill was designed by ____ at the Icelandic Meteorological Office in 2019.'
		],
		['Coach Ruth Amankwah said the decisive moment came on the last bend of the race.', '____ said the decisive moment came on the last bend of the race.'],
		// Near misses: an honorific stays, and so does a role in lower case.
		[
			'The enzyme was found by the chemists Dr. Anneke Verhoeven and Rafael Mendes in 2017.',
			'The enzyme was found by the chemists Dr. ____ and Rafael Mendes in 2017.'
		],
		['The second goal was scored by the striker Ana Reyes in the 80th minute.', 'The second goal was scored by the striker ____ in the 80th minute.'],
		[
			'The shot was sent high over the bar by the midfielder Tiago Fonseca after a long run.',
			'The shot was sent high over the bar by the midfielder ____ after a long run.'
		]
	];
	it.each(table)('%s', (text, blank) => {
		expect(blanks(text)).toContain(blank);
	});
});
