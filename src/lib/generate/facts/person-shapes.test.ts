import { describe, expect, it } from 'vitest';
import { factsOf } from '../kinds/test-helpers';

/** The people a text names, each with the role it gives them. */
const people = (text: string) => factsOf(text, 'person').map((f) => [f.key, f.role ?? '']);

describe('a name in a shape only a person fills is a person', () => {
	// Each row: a text, the name, and the role it must be read with (null: no person at all).
	const table: [string, string, string | null][] = [
		['Their coach, Ian Morrow, said the crew had trained for this since March.', 'Ian Morrow', 'coach'],
		['Her lawyer, Ruth Adebayo, said the ruling would be appealed within a month.', 'Ruth Adebayo', 'lawyer'],
		['A spokesperson for the council, Dara Byrne, said no decision had been made.', 'Dara Byrne', 'a spokesperson for the council'],
		['Jonah Reyes, 19, rowed at stroke for the first time this season. Reyes was calm.', 'Jonah Reyes', ''],
		['Priya Natarajan, 41, a soil scientist at Tarn University, led the survey of the bog.', 'Priya Natarajan', 'a soil scientist at Tarn University'],
		['The crew was stroked by 19-year-old Jonah Reyes in the final. Reyes was calm.', 'Jonah Reyes', ''],
		['Lena Hartmann, who founded the bakery in 2009, now employs forty people. Hartmann bakes at night.', 'Lena Hartmann', ''],
		['The board named Elias Brandt (52) as its new director on Tuesday. Brandt starts in May.', 'Elias Brandt', ''],
		// An age or a "who" marks only someone the article names again: a passer-by named once is left out.
		['Fenna Duvall, who runs a design studio in Lowmarsh, said her team lost a day.', 'Fenna Duvall', null],
		['Kjetil Aamodt, 44, had forecast a profit of 350 million kroner.', 'Kjetil Aamodt', null],
		// A councillor's or a rower's title is a role, not the first word of the name.
		['Councillor Hannah Moyles said a new memorial was planned for the riverside.', 'Hannah Moyles', 'Councillor'],
		['The Durnford rower Ana Ruiz broke an oar in the heat.', 'Ana Ruiz', 'Durnford rower'],
		// Near misses: a team, a street, a ship, a score and a building stay no person.
		['Northfield Rovers, who lost the final last year, won 2-1 on Saturday.', 'Northfield Rovers', null],
		['Harbour Street, 14, was closed to traffic while the pipes were relaid.', 'Harbour Street', null],
		['The 2019-built Aurora Star sailed from Hull on Monday with 40 passengers.', 'Aurora Star', null],
		['They beat Castleton Town, 3-1, in front of a full house.', 'Castleton Town', null],
		['The 120-year-old Kessing Mill reopened as a museum in June.', 'Kessing Mill', null],
		['Their club, Northfield Rovers, won the cup for the first time.', 'Northfield Rovers', null],
		['The Hallworth Trophy, 1921, stands in the club museum.', 'Hallworth Trophy', null]
	];
	it.each(table)('%s', (text, name, role) => {
		const found = people(text).find(([key]) => key === name);
		expect(found ? found[1] : null).toBe(role);
	});
});

describe('"Their coach, Ian Morrow," is the coach of the subject of the sentence before', () => {
	// Each row: a text, the name, and the role it must be read with.
	const table: [string, string, string][] = [
		['Durnford led from the start. Their captain, Tessa Lowry, said the pace was deliberate.', 'Tessa Lowry', 'Durnford’s captain'],
		['Harbour City had lost early wickets. Their captain, Michael Ansah, was caught behind for 3.', 'Michael Ansah', 'Harbour City’s captain'],
		[
			'The regatta committee said the change was made for safety. Its chair, Alan Whitcombe, said both coaches agreed.',
			'Alan Whitcombe',
			'the regatta committee’s chair'
		],
		[
			'Quist is the youngest cox to win the event. Her coach, Helen Farrant, said the crew had been together for five months.',
			'Helen Farrant',
			'Quist’s coach'
		],
		[
			'Brightmoor Foods closed 12 stores in March. Its chief executive, Dana Whitfield, said more cuts were unlikely.',
			'Dana Whitfield',
			'Brightmoor Foods’ chief executive'
		],
		[
			'The research team measured methane at 40 sites. Its leader, Priya Natarajan, said the results surprised them.',
			'Priya Natarajan',
			'the research team’s leader'
		],
		// Near misses: no owner can be told, so the bare role stays.
		['It was Kessing’s first win since 1998. Their coach, Ian Morrow, said the crew had planned it.', 'Ian Morrow', 'coach'],
		['The council voted to close the pool. Her lawyer, Ruth Adebayo, said the ruling would be appealed.', 'Ruth Adebayo', 'lawyer'],
		['Durnford led from the start.\n\nTheir captain, Tessa Lowry, said the pace was deliberate.', 'Tessa Lowry', 'captain'],
		['Ana and Ben Ruiz ran the shop for years. Their lawyer, Ruth Adebayo, said the sale was fair.', 'Ruth Adebayo', 'lawyer'],
		['In March Durnford led the league. Their coach, Owen Stack, said the squad was tired.', 'Owen Stack', 'coach']
	];
	it.each(table)('%s', (text, name, role) => {
		expect(people(text).find(([key]) => key === name)?.[1]).toBe(role);
	});
});
