import { describe, expect, it } from 'vitest';
import { factsOf, questionsOf } from './test-helpers';

describe('consequences', () => {
	it('reads "A, leading to B" as what followed from an event, without who reported it', () => {
		const [f] = factsOf('In Donetsk, a drone damaged a regional power station, leading to local blackouts, as confirmed by the governor.', 'consequence');
		expect([f?.event, f?.answer]).toEqual(['In Donetsk, a drone damaged a regional power station', 'local blackouts']);
	});

	it('asks what followed, with the place moved after the event', () => {
		const card = questionsOf('In Donetsk, a drone damaged a regional power station, leading to local blackouts.', 'consequence')[0];
		expect(card?.type === 'flashcard' && [card.prompt, card.back]).toEqual([
			'What followed when a drone damaged a regional power station in Donetsk?',
			'Local blackouts'
		]);
	});

	it.each([
		'Once the roof had been stripped of its lead, rain poured into the nave, causing damp that rotted the pews.',
		'Until the bridge reopened in March, lorries took the coast road, leading to queues in every village.',
		'Unless the pumps are restarted by Friday, the mine will flood, forcing the last crew to leave.',
		'Because the ferry was cancelled twice, the choir missed the festival, prompting a refund from the organisers.',
		'Since the rules changed in 2019, clubs have cut their squads, resulting in fewer young players.'
	])('finds none after a subordinate opening: %s', (text) => {
		expect(factsOf(text, 'consequence')).toEqual([]);
	});

	it('finds none after a "While …" clause or a pronoun', () => {
		expect(factsOf('While the mayor spoke, a drone hit a depot, causing a fire.', 'consequence')).toEqual([]);
		expect(factsOf('It hit a depot near the station, causing a large fire.', 'consequence')).toEqual([]);
	});
});
