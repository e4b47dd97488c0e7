import { describe, expect, it } from 'vitest';
import { questionsOf } from './test-helpers';

/** The front of the card a duty, advice or mechanism sentence gives, or null. */
function front(text: string): string | null {
	const kinds = ['advice', 'requirement', 'mechanism'] as const;
	const q = kinds.flatMap((k) => questionsOf(text, k)).find((x) => x.type === 'flashcard');
	return q?.prompt ?? null;
}

describe('a clause whose verb’s object is “it” or “them” is not asked of its subject', () => {
	// Each row: a sentence, and its card's front (null: the pronoun points at something the card never names).
	const table: [string, string | null][] = [
		['Instead of keeping the water out, she argued, the tunnel should let it in and lead it away.', null],
		['Under the new law, shops must take them back within a week of sale.', null],
		['Once a drone is found, the crew must destroy it within an hour.', null],
		['Inspectors must test them every year, the rules say.', null],
		// Near misses: a pronoun in a later clause, a possessive, or a noun object.
		['The long protein chain must bend into the right shape before it works.', 'What must the long protein chain do?'],
		['Hospitals must publish their waiting times every month.', 'What must hospitals do?'],
		['Drivers must keep the engine running until it cools.', 'What must drivers do?'],
		['The council should sell its two empty office buildings in the centre.', 'What does the article say the council should do?']
	];
	it.each(table)('%s', (text, expected) => expect(front(text)).toBe(expected));
});
