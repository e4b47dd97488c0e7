import { describe, expect, it } from 'vitest';
import { questionsOf } from './test-helpers';

/** The finding card a text gives, as [front, back]. */
function card(text: string): [string, string] | undefined {
	const q = questionsOf(text, 'finding').find((x) => x.type === 'flashcard');
	return q?.type === 'flashcard' ? [q.prompt, q.back] : undefined;
}

const LAKES = 'The lakes sit below retreating glaciers. The lakes are cold and clear. ';
const BUCKLE = 'The buckle was 180 mm wide. The buckle formed in the early afternoon. ';

describe('what was found about a topic the article says many things about', () => {
	// Each row: a text, and the card's front and back.
	const table: [string, [string, string] | undefined][] = [
		[
			`${LAKES}The team found that the lakes released an average of 31 milligrams of methane per square metre per day.`,
			['What did the team find the lakes released?', 'An average of 31 milligrams of methane per square metre per day']
		],
		[
			`${BUCKLE}The inspectors found that the buckle began on a 36-metre length of rail installed in March.`,
			['What did the inspectors find the buckle began on?', 'A 36-metre length of rail installed in March']
		],
		[
			'The reefs lie off the north coast. Divers count the reefs every year. Researchers showed that the reefs supported about twice as many fish as open water.',
			['What did researchers show the reefs supported?', 'About twice as many fish as open water']
		],
		// Near misses: a topic said once and a topic of several words keep the question about the topic; a clause that goes on past its verb makes no card.
		[
			'The study found that the lakes released an average of 31 milligrams of methane per square metre per day.',
			['What did the study find about the lakes?', 'The lakes released an average of 31 milligrams of methane per square metre per day']
		],
		[
			`${LAKES}The team found that the lakes' deepest basins released more than 40 milligrams of methane a day.`,
			["What did the team find about the lakes' deepest basins?", "The lakes' deepest basins released more than 40 milligrams of methane a day"]
		],
		[`${LAKES}The team found that the lakes had been warming by half a degree each decade.`, undefined],
		[`${LAKES}The team found that the lakes were deeper than older surveys suggested.`, undefined],
		[`${BUCKLE}The inspectors concluded that the buckle probably developed in the early afternoon, as rail temperatures peaked.`, undefined]
	];
	it.each(table)('%s', (text, expected) => {
		expect(card(text)).toEqual(expected);
	});
});
