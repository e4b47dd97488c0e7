import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences';
import { extractFacts } from '.';

/** What each count of a text counts (undefined where it counts nothing it names). */
const counted = (text: string) =>
	extractFacts(splitSentences(text), { year: 2024, month: 3, day: 1 })
		.filter((f) => f.kind === 'quantity' && !f.unit)
		.map((f) => (f.kind === 'quantity' ? [f.value, f.counts] : []));

describe('a count of a list counts the whole list', () => {
	it.each([
		// Lists: the count covers every item (health, sport, business, history, science).
		['It trained 112 barbers, stylists and pharmacy assistants in a four-hour course.', [[112, 'barbers, stylists and pharmacy assistants']]],
		['The club sold 400 tickets and programmes at the gate.', [[400, 'tickets and programmes']]],
		['Divers recovered 37 coins, buckles, or rings from the wreck.', [[37, 'coins, buckles, or rings']]],
		['The survey counted 85 otters and beavers.', [[85, 'otters and beavers']]],
		// A list whose end is unsure: the count names no item as all it counts.
		['The bakery hired 14 cooks, cleaners or drivers last spring.', [[14, undefined]]],
		// Near misses: a second clause, a second count, a verb after "and".
		[
			'The firm employs 300 people and owns 12 shops.',
			[
				[300, 'people'],
				[12, 'shops']
			]
		],
		['The team scored 12 goals, and fans cheered.', [[12, 'goals']]],
		['Rebels killed 20 soldiers and wounded many more.', [[20, 'soldiers']]],
		[
			'The striker added 5 goals and 3 assists.',
			[
				[5, 'goals'],
				[3, 'assists']
			]
		],
		['The trust planted 900 oaks, a record for the county.', [[900, 'oaks']]]
	])('%s', (text, expected) => {
		expect(counted(text)).toEqual(expected);
	});
});

describe('the counted noun stops before the verb', () => {
	it.each([
		['One in ten adults has no access to clean water.', [[10, 'adults']]],
		['Nine in ten voters is unsure of the date.', [[10, 'voters']]],
		['One in five pupils was absent on Monday.', [[5, 'pupils']]],
		['Only one in 40 households does its own repairs.', [[40, 'households']]],
		// Near misses: the plural noun is still read whole.
		['The city hired 12 police officers.', [[12, 'police officers']]],
		['The rebels fired 24 Ukrainian drones.', [[24, 'Ukrainian drones']]],
		['Ten adults have joined the board.', [[10, 'adults']]],
		['The lab tested 30 water samples.', [[30, 'water samples']]]
	])('%s', (text, expected) => {
		expect(counted(text)).toEqual(expected);
	});
});
