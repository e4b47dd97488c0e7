import { describe, expect, it } from 'vitest';
import { factsOf } from './test-helpers';

/** The people a text names, by full name. */
const people = (text: string) => factsOf(text, 'person').map((f) => f.key);

describe('a name ending in a common noun is a person after a role noun', () => {
	// Each row: a text, and a name that must (true) or must not (false) be read as a person.
	const table: [string, string, boolean][] = [
		['The cross was only half-cleared by Castleton captain Owen Marsh, and the ball fell loose.', 'Owen Marsh', true],
		['Striker Ben Hill scored twice before the break.', 'Ben Hill', true],
		['Club chairman Peter Stone resigned on Monday after the vote.', 'Peter Stone', true],
		['The shot was saved by goalkeeper Sam Field at the near post.', 'Sam Field', true],
		['Midfielder Lewis Wood was booked for a late tackle.', 'Lewis Wood', true],
		// Near misses: the same words after a preposition or standing alone name a place or a thing.
		['Fans gathered at Castleton Marsh before the match.', 'Castleton Marsh', false],
		['The mayor of Green Hill opened the new bridge.', 'Green Hill', false],
		['Reporters waited outside Stone Bridge for the verdict.', 'Stone Bridge', false],
		['The team trained at the Riverside Oval all week.', 'Riverside Oval', false]
	];
	it.each(table)('%s', (text, name, person) => {
		expect(people(text).includes(name)).toBe(person);
	});
});

describe('a name the article gives as a workplace is no person', () => {
	// Each row: a text, and a name that must (true) or must not (false) be read as a person.
	const table: [string, string, boolean][] = [
		['Sanne Lidström, the project director at Kelderby Energi, spoke first. Kelderby Energi says the boiler can meet the peak.', 'Kelderby Energi', false],
		['Ana Moss, a researcher at Halden Varga, led the study. Halden Varga said the results were clear.', 'Halden Varga', false],
		['Tom Hale, an analyst at Orrin Brandt, rates the stock a buy. Orrin Brandt said it would hold.', 'Orrin Brandt', false],
		// Near misses: the people who work there, and a person merely met "at" a place, stay people.
		['Sanne Lidström, the project director at Kelderby Energi, spoke first. Lidström said the pipes were laid.', 'Sanne Lidström', true],
		['Ana Moss, a researcher at Halden University, led the study. Moss said the results were clear.', 'Ana Moss', true],
		['The minister met Paul Okafor at the summit. Okafor said the talks went well.', 'Paul Okafor', true]
	];
	it.each(table)('%s', (text, name, person) => {
		expect(people(text).includes(name)).toBe(person);
	});
});
