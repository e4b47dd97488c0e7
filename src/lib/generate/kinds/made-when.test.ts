import { describe, expect, it } from 'vitest';
import { cardOf } from './test-helpers';

describe('when a work was made, told by what was happening around it', () => {
	// Each row: a sentence, and the card it gives (null: none).
	const table: [string, [string, string] | null][] = [
		[
			'The “Salt Harbour” triptych (1961) was painted as the herring fleet left the town for good.',
			['When was the “Salt Harbour” triptych painted?', 'As the herring fleet left the town for good']
		],
		[
			'The Lantern Quartet was composed during the long winter of 1947 in a borrowed cottage.',
			['When was the Lantern Quartet composed?', 'During the long winter of 1947 in a borrowed cottage']
		],
		[
			'“Night Ferry” was written while the author was recovering from a broken leg.',
			['When was “Night Ferry” written?', 'While the author was recovering from a broken leg']
		],
		// Near misses: a year is the date kind's, "as" with no verb says what the work was to be, a pronoun points elsewhere, and no work is named.
		['The Corn Exchange was built in 1870 by the county.', null],
		['Fort Ardrey was built as a store for the navy’s powder.', null],
		['The Quarry Suite was written after her brother drowned.', null],
		['It was made as the factory closed for the last time.', null]
	];
	it.each(table)('%s', (text, expected) => expect(cardOf(text, 'made-when')).toEqual(expected));
});
