import { describe, expect, it } from 'vitest';
import { clauseRest } from './english';
import { leadClaim } from './kinds/lead-claim';

describe('clauseRest: a comma between two adjectives of one noun ends no clause', () => {
	// Each row: a text, and the clause it opens with.
	const table: [string, string][] = [
		// Two or three adjectives before one noun, after an article, a possessive, a number or a preposition.
		['the herd moved north after a dry, bitter winter, herders said', 'the herd moved north after a dry, bitter winter'],
		['the path climbs a long, narrow valley to the pass', 'the path climbs a long, narrow valley to the pass'],
		['the cold, wet spring delayed sowing, so yields fell', 'the cold, wet spring delayed sowing'],
		['the mill kept its old, noisy looms until 1968, when it shut', 'the mill kept its old, noisy looms until 1968'],
		['the crew hauled two huge, rusty anchors ashore, then rested', 'the crew hauled two huge, rusty anchors ashore'],
		['walkers cross through steep, rocky gullies, often in fog', 'walkers cross through steep, rocky gullies'],
		['the band played a loud, fast, angry set, and left', 'the band played a loud, fast, angry set'],
		['the lab grew a very pale, very thin film, which cracked', 'the lab grew a very pale, very thin film'],
		['it was the hottest, driest summer in decades, records show', 'it was the hottest, driest summer in decades'],
		// The tagger reads "airy" as a noun: after "a" the phrase cannot end on "bright".
		['the school moved into a bright, airy hall, which opened in May', 'the school moved into a bright, airy hall'],
		// An adjective said of the subject, a superlative or "the next" standing for a noun, and a
		// noun that opens the next clause: the comma still ends the clause.
		['the lake was calm, local boatmen said', 'the lake was calm'],
		['by noon the wind was strong, heavy waves breaking over the wall', 'by noon the wind was strong'],
		['this July was the warmest, new data show', 'this July was the warmest'],
		['the space between one tooth and the next, works out at a millimetre', 'the space between one tooth and the next'],
		['despite the cold, heavy rain kept falling', 'despite the cold'],
		['the town grew quickly, new houses spreading east', 'the town grew quickly'],
		['the soup was thick, rich and hot, and cheap', 'the soup was thick']
	];
	it.each(table)('%s', (text, clause) => {
		expect(clauseRest(text)).toBe(clause);
	});

	it('keeps the noun of a lead claim asked by its subject', () => {
		expect(leadClaim('The old coastal ferry sank near the harbour mouth after a calm, foggy night, the coastguard said.')?.doer).toBe(
			'What sank near the harbour mouth after a calm, foggy night?'
		);
	});
});
