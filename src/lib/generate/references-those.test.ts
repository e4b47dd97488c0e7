import { describe, expect, it } from 'vitest';
import { demonstrativeLeans } from './references';

/** Sentences with "those" (or "this", "these") and whether the demonstrative points back to something not shown. */
const TABLE: [string, boolean][] = [
	// Medicine: "those" defined by the phrase after it.
	['Taste disturbance was reported by 19 percent of patients taking the drug and 3 percent of those on placebo.', false],
	// Health: a relative clause says who "those" are.
	['Among those who attended, 2,140 were started on blood-pressure medication.', false],
	// Sport: a prepositional phrase.
	['Of the 40 riders, those in the leading group finished four minutes ahead.', false],
	// Business: an age phrase.
	['Unemployment among those aged 18 to 24 rose to 14 percent.', false],
	// Near misses: "those" before a noun, and "those of", still point back.
	['Those gaps were widest among men aged 25 to 54.', true],
	['Sales this year were double those of the year before.', true],
	['These results held in all 14 lakes.', true],
	['The board rejected those proposals in March.', true]
];

describe('demonstrativeLeans with "those" as a pronoun', () => {
	for (const [text, want] of TABLE) {
		it(`${want ? 'leans' : 'does not lean'}: "${text.slice(0, 50)}…"`, () => expect(demonstrativeLeans(text)).toBe(want));
	}
});
