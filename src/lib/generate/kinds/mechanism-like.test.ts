import { describe, expect, it } from 'vitest';
import { questionsOf } from './test-helpers';

const typed = (text: string) =>
	questionsOf(text, 'mechanism')
		.filter((q) => q.type === 'short_answer')
		.map((q) => (q.type === 'short_answer' ? [q.prompt, q.answer] : []));

/** "works like a fridge": what a thing is in effect, as "acts like" says it; "works as a nurse" is a job. */
describe('what a thing works like', () => {
	it.each([
		['A heat pump works like a refrigerator in reverse.', 'What does a heat pump work like?', 'a refrigerator in reverse'],
		['The swim bladder works like a diver’s buoyancy vest.', 'What does the swim bladder work like?', 'a diver’s buoyancy vest'],
		['A peat bog works like a giant sponge.', 'What does a peat bog work like?', 'a giant sponge'],
		['The old lock worked like a simple ratchet.', 'What did the old lock work like?', 'a simple ratchet'],
		['Each valve works like a one-way door.', 'What does each valve work like?', 'a one-way door'],
		['Seen from above, the roundabout works like a clock face.', 'What does the roundabout work like?', 'a clock face']
	])('%s', (text, prompt, answer) => {
		expect(typed(text)).toContainEqual([prompt, answer]);
	});

	it.each(['Her brother works as a nurse at the county hospital.', 'The former mayor worked as a teacher for twenty years.'])('asks no job: %s', (text) => {
		expect(questionsOf(text, 'mechanism')).toEqual([]);
	});
});

const cards = (text: string) =>
	questionsOf(text, 'mechanism')
		.filter((q) => q.type === 'flashcard')
		.map((q) => (q.type === 'flashcard' ? [q.prompt, q.back] : []));

/**
 * "acted as drains", "has valves that act like one-way doors", "seems to act as a brake": what a
 * thing is in effect, said with a bare plural, of a part its owner has, or under a hedge. A
 * question cannot end on "as", so it opens on it.
 */
describe('what a thing acts as or like', () => {
	it.each([
		['After the storm, the old ditches acted as channels for the flood.', 'As what did the old ditches act?', 'Channels for the flood'],
		['The human heart has four valves that act like one-way doors.', 'What do the four valves of the human heart act like?', 'One-way doors'],
		[
			'The old hedge has gaps that act like sieves, trapping silt from the stream above.',
			'What do the gaps of the old hedge act like?',
			'Sieves, trapping silt from the stream above'
		],
		['In cold weather, the wax seems to act as a brake on the piston.', 'As what does the wax seem to act?', 'A brake on the piston'],
		['During the drought, the reservoir served as a store for the whole valley.', 'As what did the reservoir serve?', 'A store for the whole valley']
	])('%s', (text, prompt, back) => {
		expect(cards(text)).toContainEqual([prompt, back]);
	});

	it.each([
		'The tower serves as part of its defences.',
		'The town clerk Ada Marsh and the merchant Piet Vos acted as witnesses at the signing.',
		'The new shed acts like this.'
	])('asks nothing: %s', (text) => {
		expect(questionsOf(text, 'mechanism')).toEqual([]);
	});
});
