import { describe, expect, it } from 'vitest';
import { cardOf, factsOf } from './test-helpers';

const card = (text: string) => cardOf(text, 'consequence');

describe('a condition and what follows from it', () => {
	it.each([
		[
			'If the water temperature on the reef passes 30 degrees for more than five days, the screens will be deployed automatically.',
			'What will happen if the water temperature on the reef passes 30 degrees for more than five days?',
			'The screens will be deployed automatically'
		],
		[
			'Brightwater will pay Pellham a break fee of $95 million if the deal is blocked on competition grounds.',
			'What will happen if the deal is blocked on competition grounds?',
			'Brightwater will pay Pellham a break fee of $95 million'
		],
		[
			"Under the law, the PRO keeps that money to run the system. But if it misses its targets, it must pay a penalty into the state's recycling fund.",
			'What must the PRO do if it misses its targets?',
			"Pay a penalty into the state's recycling fund"
		],
		[
			'If the tribunal rules against the club, the club will have to repay the grant in full.',
			'What will happen if the tribunal rules against the club?',
			'The club will have to repay the grant in full'
		],
		[
			'If the drug wins approval next year, doctors could prescribe it to patients with refractory cough.',
			'What could happen if the drug wins approval next year?',
			'Doctors could prescribe it to patients with refractory cough'
		],
		[
			'The dam would fail within hours if the spillway gates jammed during a flood.',
			'What would happen if the spillway gates jammed during a flood?',
			'The dam would fail within hours'
		]
	])('asks "%s"', (text, front, back) => {
		expect(card(text)).toEqual([front, back]);
	});

	it.each([
		'If you must carry the battery up to a flat every few days, the awkward release will wear you down.',
		'If that force becomes large enough, the track can suddenly shift sideways.',
		'"If I was still there after 40 overs, we would win," he said.',
		'Their models suggest that if bleaching returns every five years, even protected reefs will lose coral.',
		'Ask whether the shop will take it back if it breaks.',
		'But if it misses its targets, it must pay a penalty into the fund.',
		'The alarm would not sound if the sensor failed until the smoke reached the ceiling.',
		'The sluice gates could not be opened if the generator stopped until an engineer arrived from town.'
	])('leaves "%s" alone', (text) => {
		expect(factsOf(text, 'consequence')).toEqual([]);
	});
});
