import { describe, expect, it } from 'vitest';
import { cardOf } from './test-helpers';

/** The back of the finding or argument card a sentence gives. */
const back = (text: string) => (cardOf(text, 'finding') ?? cardOf(text, 'argument'))?.[1];

describe('a reported clause ends where the reporter’s own next verb begins', () => {
	// Each row: a sentence, and the card's back.
	const table: [string, string][] = [
		[
			'During the campaign, the Civic Alliance said that reopening the baths would cost at least £6.8 million and questioned how a new mayor would pay for it.',
			'Reopening the baths would cost at least £6.8 million'
		],
		['The union says that the plan will cut 300 jobs at the depot and warns that strikes may follow.', 'The plan will cut 300 jobs at the depot'],
		[
			'The auditors found that the council could not account for £2 million and asked the police to investigate.',
			'The council could not account for £2 million'
		],
		['Critics argued that the new stadium would never pay for itself and called for a public inquiry.', 'The new stadium would never pay for itself'],
		[
			'The researchers found that the drug lowers blood pressure in most patients and recommended a larger trial.',
			'The drug lowers blood pressure in most patients'
		],
		// Near misses: a clause headed by a past verb or "had been" may own the second verb; a bare verb or a new subject is the clause's own.
		['The team found that the lakes grew by half and released more methane than before.', 'The lakes grew by half and released more methane than before'],
		['Inspectors found that the ballast shoulder had been disturbed and not fully restored.', 'The ballast shoulder had been disturbed and not fully restored'],
		[
			'The report said that the company would repair the dam and pay for an annual inspection.',
			'The company would repair the dam and pay for an annual inspection'
		],
		['The minister said that prices would fall slowly and wages would rise next year.', 'Prices would fall slowly and wages would rise next year']
	];
	it.each(table)('%s', (text, expected) => expect(back(text)).toBe(expected));
});
