import { describe, expect, it } from 'vitest';
import { cardOf } from './test-helpers';

/** Each sentence's decision card as [front, back], or null when it gives none. */
const TABLE: [string, [string, string] | null][] = [
	// Local news: a vote with when it was held between the verb and what was decided.
	[
		'The parish council voted unanimously on Monday to buy the old chapel for use as a youth club.',
		['What did the parish council vote to do?', 'To buy the old chapel for use as a youth club']
	],
	// A tally that itself holds "to", after an opening date.
	[
		'On 3 June 2023, the Lakemoor Water Board voted by 7 votes to 2 to raise household charges by a fifth, despite protests.',
		['What did the Lakemoor Water Board vote to do?', 'To raise household charges by a fifth']
	],
	// Business: a perfect auxiliary, and a company named with an appositive.
	[
		'Tolland Bakeries, the largest employer in the valley, has agreed to sell its biscuit division to a Danish rival.',
		['What has Tolland Bakeries agreed to do?', 'To sell its biscuit division to a Danish rival']
	],
	// History: a time phrase with no comma before the name.
	[
		'Two years later Harwick Ironworks decided to move its furnaces closer to the canal.',
		['What did Harwick Ironworks decide to do?', 'To move its furnaces closer to the canal']
	],
	// A refusal is a decision too.
	[
		'The Marston Trust refused to release the survey results until the spring.',
		['What did the Marston Trust refuse to do?', 'To release the survey results until the spring']
	],
	// A pronoun for who decided leans on another sentence.
	['They voted to close the swimming pool next year.', null],
	// A bare common noun ("the board") points back at a name told elsewhere.
	['The board decided to delay the merger by six months.', null],
	// A relative clause is no decider: the customers are described, not deciding.
	['Customers who agreed to take part were sent a voucher for the café.', null],
	// What follows the verb is its object, not an adverbial: "refused … request for permission to appeal".
	["The judge refused Carlow's request for permission to appeal against the fine.", null],
	// A decision inside someone's quoted words is their claim, not the report's.
	['"We voted to stay in the league," Patel said.', null],
	// A deed that leans on another sentence ("do so") stands alone nowhere.
	['Last month the county education board voted to let any school that wants to follow their lead do so.', null]
];

describe('a decision and who made it', () => {
	for (const [text, want] of TABLE) {
		it(want ? `asks "${want[0]}"` : `asks nothing of "${text.slice(0, 50)}"`, () => {
			expect(cardOf(text, 'decision')).toEqual(want);
		});
	}
});
