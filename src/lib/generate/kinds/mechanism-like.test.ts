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
