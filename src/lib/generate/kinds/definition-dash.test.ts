import { describe, expect, it } from 'vitest';
import { factsOf, questionsOf } from './test-helpers';

/** The term and gloss each sentence's dash or colon gives, or nothing. */
const TABLE: [string, [string, string] | null][] = [
	// Explainer, engineering: a term set off by dashes in mid-sentence.
	[
		'If the force grows large enough, the ballast — the bed of stones that holds the sleepers in place — can no longer hold the track.',
		['ballast', 'the bed of stones that holds the sleepers in place']
	],
	// Science: a hyphenated term, a common adjective before it left out.
	[
		'The steel is laid at a chosen stress-free temperature — the temperature at which the rail is neither pulling nor pushing.',
		['stress-free temperature', 'the temperature at which the rail is neither pulling nor pushing']
	],
	// Business: an abbreviation marks an everyday compound as a term.
	[
		'Every brewer must join a producer responsibility organization, or PRO — a nonprofit group, funded by the industry, that pays refunds.',
		['producer responsibility organization', 'a nonprofit group, funded by the industry, that pays refunds']
	],
	// Obituary: a term named after a colon and glossed after its comma.
	[
		'She spent her career on a subtler danger: flutter, a twisting motion in which wind and deck feed each other until the bridge tears apart.',
		['flutter', 'a twisting motion in which wind and deck feed each other until the bridge tears apart']
	],
	// Energy: the term closes a sentence after a copula.
	[
		'What matters most, says the engineer Tove Lind, is the thermocline — the boundary between the hot rock at the top and the cool rock below.',
		['thermocline', 'the boundary between the hot rock at the top and the cool rock below']
	],
	// History: an everyday word specified in passing is no term.
	['Although religion — the rivalry between the two chapels — divided the town, the mill owners kept the peace.', null],
	// Sport: a clause after the dash is no gloss.
	['The keeper had studied the penalty taker — the captain had scored twice from the spot that season.', null],
	// News: a place after the dash is a name, which the place kinds ask.
	['The outbreak began in the harbour district — the Old Quay, where the ferries dock.', null],
	// Review: a quotation defines nothing for the article.
	['"It is about the undertow — the pull you feel but never see," the director said.', null],
	// Politics: a colon before a list is no term.
	['The council named three priorities: housing, a new bus depot and the library.', null]
];

describe('terms glossed with a dash or after a colon', () => {
	for (const [text, want] of TABLE) {
		it(want ? `reads "${want[0]}"` : `reads no term from "${text.slice(0, 50)}…"`, () => {
			const got = factsOf(text, 'definition').map((f) => [f.answer, f.gloss]);
			if (want) expect(got).toContainEqual(want);
			else expect(got).toEqual([]);
		});
	}

	it('turns a dashed term into a card with its gloss, and asks the term back from it', () => {
		const qs = questionsOf(TABLE[0][0], 'definition');
		const card = qs.find((q) => q.type === 'flashcard');
		expect(card?.type === 'flashcard' && [card.prompt, card.back]).toEqual(['Ballast', 'The bed of stones that holds the sleepers in place']);
		expect(qs.find((q) => q.type === 'short_answer')?.prompt).toBe('What does the article call the bed of stones that holds the sleepers in place?');
	});

	it('accepts the abbreviation the article gives a term as a typed answer', () => {
		const typed = questionsOf(TABLE[2][0], 'definition').find((q) => q.type === 'short_answer');
		expect(typed?.type === 'short_answer' && [typed.answer, typed.accept]).toEqual(['producer responsibility organization', ['PRO']]);
	});
});
