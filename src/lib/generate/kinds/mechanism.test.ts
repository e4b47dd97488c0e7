import { describe, expect, it } from 'vitest';
import { cardOf, factsOf, questionsOf } from './test-helpers';

const card = (text: string) => cardOf(text, 'mechanism');

describe('mechanism and function', () => {
	it('asks how a thing works, with the whole "by …" clause on the back', () => {
		expect(card('The basalt store works by blowing hot air through a bed of crushed rock.')).toEqual([
			'How does the basalt store work?',
			'By blowing hot air through a bed of crushed rock'
		]);
	});

	it('asks what a thing acts as, typed when the answer is short', () => {
		const typed = questionsOf('At night, the water tank acts like a battery.', 'mechanism').find((q) => q.type === 'short_answer');
		expect(typed?.type === 'short_answer' && [typed.prompt, typed.answer]).toEqual(['What does the water tank act like?', 'a battery']);
	});

	it('asks what a thing is designed to do', () => {
		expect(card('The new sluice gate is designed to hold back a storm surge of four metres.')).toEqual([
			'What is the new sluice gate designed to do?',
			'Hold back a storm surge of four metres'
		]);
	});

	it('asks what a thing lets someone do, keeping "to" for "allow"', () => {
		expect(card('The second cable allows the grid operator to move power between the islands.')?.[0]).toBe(
			'What does the second cable allow the grid operator to do?'
		);
		expect(card('The folding frame lets riders carry the bike onto a crowded train.')?.[0]).toBe('What does the folding frame let riders do?');
	});

	it('leaves a mechanism of "it" or of a clause opening on a preposition alone', () => {
		expect(factsOf('It works by pumping a fluid around a closed loop of pipes.', 'mechanism')).toEqual([]);
		expect(factsOf('After the storm the gate was designed to hold back the sea.', 'mechanism')).toEqual([]);
	});

	it('offers the article’s other mechanisms of the same sort as wrong choices, never one of the same subject', () => {
		const text = [
			'The basalt store works by blowing hot air through a bed of crushed rock.',
			'The salt tank works by melting a mix of nitrate salts at night.',
			'The flywheel works by spinning a steel rotor in a vacuum.',
			'The pumped lake works by lifting water to an upper reservoir.'
		].join(' ');
		const mcq = questionsOf(text, 'mechanism').find((q) => q.type === 'mcq' && q.prompt === 'How does the basalt store work?');
		expect(mcq?.type === 'mcq' && mcq.choices[mcq.answer]).toBe('By blowing hot air through a bed of crushed rock');
		expect(mcq?.type === 'mcq' && [...mcq.choices].sort()).toEqual(
			[
				'By blowing hot air through a bed of crushed rock',
				'By lifting water to an upper reservoir',
				'By melting a mix of nitrate salts at night',
				'By spinning a steel rotor in a vacuum'
			].sort()
		);
	});

	it('asks what a part does, said of it in passing or opening its sentence', () => {
		expect(card('The warm gas then flows into a compressor, which squeezes the gas into a much smaller space.')).toEqual([
			'What does the compressor do?',
			'Squeezes the gas into a much smaller space'
		]);
		const process = 'The hot brine passes through a long coil under the floor of the hall. The cooled brine then returns to the boreholes.';
		expect(card(process)?.[0]).toBe('What does the hot brine do?');
	});

	it('asks what a thing does on opening its sentence only as a step of a described process', () => {
		expect(factsOf('Pupils turned the waste into a large sculpture of a whale, which greets visitors in the hall.', 'mechanism')).toEqual([]);
		expect(factsOf('The bronze fish stands in the entrance hall of the museum.', 'mechanism')).toEqual([]);
		const news = 'Harbour City beat Port Aster 2-1 on Sunday. The result ends a long wait for the club.';
		expect(factsOf(news, 'mechanism')).toEqual([]);
	});

	it('leaves a part alone when the article says it does several things, or when what it does is a figure', () => {
		const twice = 'The pump lifts water into the upper tank at night. The pump sends it down through the turbine by day.';
		expect(factsOf(twice, 'mechanism')).toEqual([]);
		expect(factsOf('The reservoir covers an area of 4.6 square kilometres in the hills.', 'mechanism')).toEqual([]);
	});
	it('reads a part named with where it sits ("A sensor in the front fork measures …") as a step of a process', () => {
		const text = 'The pump in the cellar floor lifts the rainwater into a tank. A valve in the upper tank releases the water slowly into the garden beds.';
		expect(factsOf(text, 'mechanism').map((f) => [f.subject, f.answer])).toEqual([
			['the pump in the cellar floor', 'lifts the rainwater into a tank'],
			['the valve in the upper tank', 'releases the water slowly into the garden beds']
		]);
	});
});
