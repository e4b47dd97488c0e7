import { describe, expect, it } from 'vitest';
import { cardOf, questionsOf } from './test-helpers';

const card = (text: string) => cardOf(text, 'announced');

describe('what a thing was the result of', () => {
	it.each([
		[
			'The delays were largely caused by a shortage of drivers over the summer.',
			'What were the delays largely caused by?',
			'A shortage of drivers over the summer'
		],
		[
			"The team's recent slump has been driven by injuries to three senior defenders.",
			"What has the team's recent slump been driven by?",
			'Injuries to three senior defenders'
		],
		[
			'The main cause of the derailment was a rail that had buckled in the heat.',
			'What was the main cause of the derailment?',
			'A rail that had buckled in the heat'
		],
		[
			'The immediate cause of the fire was an electrical fault in the kitchen.',
			'What was the immediate cause of the fire?',
			'An electrical fault in the kitchen'
		],
		['The fire was blamed on a discarded cigarette near the back door.', 'What was the fire blamed on?', 'A discarded cigarette near the back door'],
		// after a reporting frame, the subject is the reported clause's, and the source its reporter's word
		[
			'Teodoro Bautista said the earthquake was caused by movement along the boundary between two plates.',
			'According to Teodoro Bautista, what was the earthquake caused by?',
			'Movement along the boundary between two plates'
		],
		[
			'City Light Rail said the cuts were the result of staff leaving, not a policy decision.',
			'According to City Light Rail, what were the cuts the result of?',
			'Staff leaving, not a policy decision'
		]
	])('asks %s', (text, prompt, back) => {
		expect(card(text)).toEqual([prompt, back]);
	});

	it('names a change by what the sentence before says fell', () => {
		expect(card('Net income fell 19% to $96 million. The decline was mainly the result of a $31 million charge tied to the closure of a warehouse.')).toEqual([
			'What was the decline in net income mainly the result of?',
			'A $31 million charge tied to the closure of a warehouse'
		]);
	});

	it('types a short source', () => {
		const typed = questionsOf('The outage was caused by a cooling failure.', 'announced').find((q) => q.type === 'short_answer');
		expect(typed?.type === 'short_answer' && [typed.prompt, typed.answer]).toEqual(['What was the outage caused by?', 'a cooling failure']);
	});

	it.each([
		// a passive of how a thing works, not of where it came from
		'The sound was produced by a pair of slotted drums driven by compressed air.',
		// a change named by nothing before it
		'The decline was mainly the result of a restructuring charge tied to the closure of a warehouse.',
		// a pronoun subject
		'It was the result of years of neglect by the council.',
		// a reporter the question cannot name
		'He said the fire was caused by a discarded cigarette near the back door.',
		// a participle, not a link from an effect
		'The siren used slotted drums driven by compressed air from a small engine.'
	])('leaves alone %s', (text) => {
		expect(card(text)).toBeNull();
	});
});

describe('the reasoning behind an act', () => {
	it.each([
		[
			'The chief engineer, Joseph Bazalgette, designed the new sewers. He also made the pipes considerably wider than his forecasts required, reasoning that the job would only be done once.',
			'Why did Joseph Bazalgette make the pipes considerably wider than his forecasts required?',
			'Reasoning that the job would only be done once'
		],
		[
			'The council kept the old bridge open, arguing that a closure would cut the town in two.',
			'Why did the council keep the old bridge open?',
			'Arguing that a closure would cut the town in two'
		],
		[
			'The curators moved the archive to the basement, in the hope that the cooler air would slow the decay.',
			'Why did the curators move the archive to the basement?',
			'In the hope that the cooler air would slow the decay'
		]
	])('asks why of %s', (text, prompt, back) => {
		expect(card(text)).toEqual([prompt, back]);
	});

	it.each([
		// the reasoning of a reported act, not of the saying
		'The chief engineer, Dr Rhiannon Vale, spoke first. She also said the company had kept the old valve in place, reasoning that a replacement would mean draining the reservoir.',
		// "they" names no one
		'They moved the archive to the basement, in the hope that the cooler air would slow the decay.',
		// the reasoning first: no act before it to ask of
		'Reasoning that nobody would come, the organisers cancelled the fair.',
		// "he" with no one named before
		'He left the meeting early, hoping that nobody would notice.'
	])('leaves alone %s', (text) => {
		expect(card(text)).toBeNull();
	});
});
