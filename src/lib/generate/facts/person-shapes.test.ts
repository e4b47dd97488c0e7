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
		['Jonah Reyes, 19, rowed at stroke for the first time this season.', 'Jonah Reyes', ''],
		['Priya Natarajan, 41, a soil scientist at Tarn University, led the survey of the bog.', 'Priya Natarajan', 'a soil scientist at Tarn University'],
		['The crew was stroked by 19-year-old Jonah Reyes in the final.', 'Jonah Reyes', ''],
		['Lena Hartmann, who founded the bakery in 2009, now employs forty people.', 'Lena Hartmann', ''],
		['The board named Elias Brandt (52) as its new director on Tuesday.', 'Elias Brandt', ''],
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
