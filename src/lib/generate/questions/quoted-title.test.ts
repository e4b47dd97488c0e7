import { describe, expect, it } from 'vitest';
import { quotedTitleOpens } from './index';
import { questionsOf } from '../kinds/test-helpers';

/** Sentences that open on a quotation: a title (a name the sentence is about) or someone's words. */
const TABLE: [string, boolean][] = [
	// Exhibition review: the show's title as the subject.
	['“Salt and Iron,” curated by Dr. Femi Adeyemi, sets out to overturn that judgement.', true],
	// Listings line: a title with a colon and the artist's name.
	['“Salt and Iron: Ines Carvalho” is at the Quay Gallery, Bristol, until 6 October.', true],
	// Art: a work's title and year in brackets.
	['“Tide Table” (1971), 4.2 metres wide, translates a tide chart into bands of blue.', true],
	// Music: an album title with a number.
	['"Songs for 1984" was recorded in nine days in a church in Leeds.', true],
	// News: someone's words with no speaker named.
	['“We will rebuild the bridge within a year,” was the first thing anyone heard.', false],
	// Sport: words of a coach, attributed later in the paragraph.
	['“It was the best game of my life.” Those were his words after the final.', false],
	// History: a short thanks is someone's words, though it opens capitalised.
	['“Thank you,” was all the letter said, in a shaky hand.', false],
	// Science: a quoted phrase followed by a capital (a new sentence, not a subject).
	['“Methane Pulse.” That is how the team described the burst.', false]
];

describe('quotedTitleOpens', () => {
	for (const [text, want] of TABLE) {
		it(`${want ? 'reads a title' : 'reads no title'} in "${text.slice(0, 40)}…"`, () => expect(quotedTitleOpens(text)).toBe(want));
	}

	it('lets a sentence that opens on a title give questions', () => {
		const text = 'The gallery reopened in May after a long refit. “Salt and Iron,” curated by Dr. Femi Adeyemi, brings together 112 works from 31 lenders.';
		expect(questionsOf(text, 'quantity').length).toBeGreaterThan(0);
	});
});
