import { describe, expect, it } from 'vitest';
import { factsOf, questionsOf } from './test-helpers';

const measures = (text: string) => factsOf(text, 'measure').map((f) => `${f.answer} = ${f.total}`);

describe('compound measures', () => {
	it.each([
		['The play runs for 2 hours 35 minutes including an interval.', ['2 hours 35 minutes = 155']],
		['Tesfaye crossed the line in 3 minutes 34.81 seconds, 0.12 seconds ahead of Morland.', ['3 minutes 34.81 seconds = 214.81']],
		['At 6 ft 11 in, the centre is the tallest player in the league.', ['6 ft 11 in = 83']],
		['The baby weighed 7 lb 4 oz at birth.', ['7 lb 4 oz = 116']],
		['The marathon was won in 2 hours, 5 minutes by a debutant.', ['2 hours, 5 minutes = 125']],
		['Her winning jump of 2 m 4 cm was a national record.', ['2 m 4 cm = 204']]
	])('reads %s', (text, expected) => {
		expect(measures(text)).toEqual(expected);
	});

	it.each([
		'The survey took 3 hours and 40 people answered it.',
		'Nurses worked 12 hours 7 days a week.',
		'The clock showed 2 minutes 75 seconds, which is impossible.',
		'Sales rose 5 percent 3 years running.',
		'He ran 10 miles, 2 miles more than planned.'
	])('leaves alone %s', (text) => {
		expect(measures(text)).toEqual([]);
	});

	it('asks the whole measure once, among measures written the same way', () => {
		const qs = questionsOf('The play runs for 2 hours 35 minutes including an interval.', 'measure');
		expect(qs).toHaveLength(1);
		const q = qs[0];
		expect(q.type === 'mcq' && [q.prompt, q.choices[q.answer], q.choices.every((c) => /^\d hours? \d+ minutes?$/.test(c))]).toEqual([
			'The play runs for ____ including an interval.',
			'2 hours 35 minutes',
			true
		]);
		// The parts are no longer blanked one at a time.
		expect(questionsOf('The play runs for 2 hours 35 minutes including an interval.', 'quantity')).toEqual([]);
	});
});
