import { describe, expect, it } from 'vitest';
import { questionsOf } from '../kinds/test-helpers';

/** The fill-in blanks a text gives for its people. */
const blanks = (text: string) =>
	questionsOf(text, 'person')
		.filter((q) => q.type === 'cloze')
		.map((q) => q.prompt);

describe('a blank with too few words around it', () => {
	const ask = 'In May 1846 the mayor, Johannes van Dijk, wrote to the provincial governor asking for grain for the town.';
	// Each row: a text, and a blank it must give (a thin one shown after the sentence before it).
	const table: [string, string][] = [
		[`${ask} The governor, Count Frederik Aldenburg, refused.`, `${ask} The governor, ____, refused.`],
		[`${ask} Count Frederik Aldenburg agreed.`, `${ask} ____ agreed.`],
		[
			'In 2019 the club asked the league to move the final to a bigger ground in the north. Chairman Tom Hale declined.',
			'In 2019 the club asked the league to move the final to a bigger ground in the north. ____ declined.'
		],
		[
			'The board asked for a second survey of the dam after the spring floods of 1864. Engineer Ana Lind objected.',
			'The board asked for a second survey of the dam after the spring floods of 1864. ____ objected.'
		],
		// Near misses: a blank with enough words around it stands alone.
		['The governor, Count Frederik Aldenburg, refused to buy grain for the town in 1846.', 'The governor, ____, refused to buy grain for the town in 1846.'],
		['Chairman Tom Hale declined to move the final to a bigger ground.', '____ declined to move the final to a bigger ground.'],
		['Engineer Ana Lind objected to a second survey of the dam in 1864.', '____ objected to a second survey of the dam in 1864.'],
		['The striker Ana Reyes scored twice in the second half of the final.', 'The striker ____ scored twice in the second half of the final.']
	];
	it.each(table)('%s', (text, blank) => {
		expect(blanks(text)).toContain(blank);
	});
});

describe('a thin blank with no verb', () => {
	it('is a cut gone wrong, which the sentence before does not mend', () => {
		const text = 'The second day belonged to the jazz tent. The pianist Daniel Okonjo.';
		expect(blanks(text).filter((p) => p.includes('jazz tent'))).toEqual([]);
	});
});
