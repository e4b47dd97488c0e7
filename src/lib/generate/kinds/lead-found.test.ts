import { describe, expect, it } from 'vitest';
import { questionsOf } from './test-helpers';

/** Leads of my own whose verb takes a "that" clause: the card asking what was found or shown, and its back, or null. */
const TABLE: [register: string, lead: string, prompt: string | null, back: string | null][] = [
	[
		'inquiry',
		'An independent review of the Marlow ferry collision has found that the crew switched off the collision alarm an hour before the crash.',
		'What has an independent review of the Marlow ferry collision found?',
		'The crew switched off the collision alarm an hour before the crash'
	],
	[
		'science',
		'A ten-year study of Baltic fisheries has shown that cod stocks recover within three years of a fishing ban.',
		'What has a ten-year study of Baltic fisheries shown?',
		'Cod stocks recover within three years of a fishing ban'
	],
	[
		'sport ruling',
		'An inquiry by the Northern Football League has established that the winning goal in the Harlow Cup final should have been disallowed.',
		'What has an inquiry by the Northern Football League established?',
		'The winning goal in the Harlow Cup final should have been disallowed'
	],
	[
		'engineering report',
		'An inspection of the Ouse viaduct has revealed that eleven of the bearings need replacing before next winter.',
		'What has an inspection of the Ouse viaduct revealed?',
		'Eleven of the bearings need replacing before next winter'
	],
	// Near-misses.
	[
		'a conclusion the finding kind already asks',
		'A review of the Marlow bus network concluded that two of the city’s routes should be merged by May.',
		null,
		null
	],
	['a determiner "that", no clause', 'The inspectors found that bridge unsafe after the storm.', null, null],
	['a relative "that" after a noun', 'The council approved a plan that cuts bus fares by a third.', null, null],
	['speech verbs are the argument kind’s', 'The mayor said that the tram line would open in May.', null, null],
	[
		'a pronoun in the clause that names nothing in it',
		'The 1881 commission on the Brennock sea wall found that its foundations had never reached solid rock.',
		null,
		null
	],
	['a clause too short to be a claim', 'The panel found that it was.', null, null]
];

describe('a lead whose verb takes a "that" clause', () => {
	it.each(TABLE)('%s', (_, text, prompt, back) => {
		const card = questionsOf(text, 'lead').find((q) => q.type === 'flashcard' && / (?:found|shown|revealed|established|conclude)\?$/.test(q.prompt));
		expect(card?.prompt ?? null).toBe(prompt);
		if (back !== null) expect(card?.type === 'flashcard' ? card.back : null).toBe(back);
	});
});
