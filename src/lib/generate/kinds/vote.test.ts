import { describe, expect, it } from 'vitest';
import { factsOf, questionsOf } from './test-helpers';

/** Each sentence's vote as [who, verb, what, tally], or nothing. */
const TABLE: [string, [string, string, string, string] | null][] = [
	// Local news: a council approves a scheme.
	['The town council approved the new bus depot by 27 votes to 8 on Tuesday.', ['the town council', 'approved', 'the new bus depot', '27 votes to 8']],
	// The decision in an aside about the scheme, with when it was held.
	[
		'The €58 million heat network, approved by Kelderby’s council last week by 27 votes to 8, is the largest in the region.',
		['Kelderby’s council', 'approved', 'the €58 million heat network', '27 votes to 8']
	],
	// History: a vote in favour, with a bare tally.
	[
		"The council voted 9 to 4 in favour of van Dijk's proposal, and bread was sold in February.",
		['the council', 'voted in favour of', "van Dijk's proposal", '9 to 4']
	],
	// Business: shareholders reject a plan with a hyphenated tally.
	['Shareholders rejected the pay plan by 312-97 at the annual meeting.', ['shareholders', 'rejected', 'the pay plan', '312-97']],
	// Politics: a vote against.
	['The senate voted 51 to 49 against the tariff bill.', ['the senate', 'voted against', 'the tariff bill', '51 to 49']],
	// Sport: a score is no vote.
	['Harbridge beat Westmoor 3-2 after extra time.', null],
	// A decision with no tally gives the vote nothing to ask.
	['The council approved the scheme last week after a long debate.', null],
	// A pronoun for who voted leans on another sentence.
	['They approved the budget by 30 votes to 2.', null]
];

describe('a decision and its vote', () => {
	for (const [text, want] of TABLE) {
		it(want ? `reads "${want[0]} ${want[1]} ${want[2]}"` : `reads no vote from "${text.slice(0, 50)}"`, () => {
			const got = factsOf(text, 'vote').map((f) => [f.body, f.verb, f.motion, f.answer]);
			expect(got).toEqual(want ? [want] : []);
		});
	}

	it('asks what was decided and by what vote, and turns the decision for a false statement', () => {
		const qs = questionsOf(TABLE[0][0], 'vote');
		const card = qs.find((q) => q.type === 'flashcard');
		expect(card?.type === 'flashcard' && [card.prompt, card.back]).toEqual([
			'What did the town council decide about the new bus depot, and by what vote?',
			'It approved it by 27 votes to 8'
		]);
		expect(qs.find((q) => q.type === 'true_false')?.prompt).toBe('The town council rejected the new bus depot by 27 votes to 8.');
	});
});
