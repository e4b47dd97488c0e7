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

	it('finds none after a "While …" clause or a pronoun', () => {
		expect(factsOf('While the mayor spoke, a drone hit a depot, causing a fire.', 'consequence')).toEqual([]);
		expect(factsOf('It hit a depot near the station, causing a large fire.', 'consequence')).toEqual([]);
	});
});
