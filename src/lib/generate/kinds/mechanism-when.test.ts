import { describe, expect, it } from 'vitest';
import { cardOf, factsOf } from './test-helpers';

const card = (text: string) => cardOf(text, 'mechanism');

describe('mechanism: when a process happens', () => {
	it.each([
		[
			'Bleaching happens when corals under heat stress expel the algae that live in their tissue.',
			'When does bleaching happen?',
			'When corals under heat stress expel the algae that live in their tissue'
		],
		[
			'Frost forms when the ground cools below the dew point of the air above it.',
			'When does frost form?',
			'When the ground cools below the dew point of the air above it'
		],
		[
			'A track buckle occurs when the rail grows too hot to stay straight under compression.',
			'When does a track buckle occur?',
			'When the rail grows too hot to stay straight under compression'
		],
		[
			'Flutter arises when the wind pushes a bridge deck into a twist that feeds on itself.',
			'When does flutter arise?',
			'When the wind pushes a bridge deck into a twist that feeds on itself'
		],
		[
			'The derailment happened when the fourth wagon lifted off the buckled rail.',
			'When did the derailment happen?',
			'When the fourth wagon lifted off the buckled rail'
		],
		[
			'In most patients, the cough develops when the nerves of the airway become oversensitive.',
			'When does the cough develop?',
			'When the nerves of the airway become oversensitive'
		]
	])('asks when "%s" happens', (text, front, back) => {
		expect(card(text)).toEqual([front, back]);
	});

	it('writes a process in lower case when the article does elsewhere', () => {
		expect(card('Peat forms when waterlogged plants die but do not fully decay. Most peat lies in the north.')?.[0]).toBe('When does peat form?');
	});

	it.each([
		'It happens when the water warms by a degree or two.',
		'This happens when demand is low at night.',
		'What happens when the ice melts is less clear.',
		'The match starts when the referee arrives.',
		'Nothing happens when the valve is shut.',
		'Trouble began when the ferry was late.',
		'The trouble begins when the reservoir fills.'
	])('leaves "%s" alone', (text) => {
		expect(factsOf(text, 'mechanism').filter((f) => f.how === 'when')).toEqual([]);
	});
});
