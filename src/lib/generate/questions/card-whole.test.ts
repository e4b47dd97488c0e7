import { describe, expect, it } from 'vitest';
import { openEnd, wholeClause, wholeList } from './card-whole';

describe('a back that stops on a word that needs more after it', () => {
	// Each row: a back, and whether it stops open.
	const table: [string, boolean][] = [
		['A tax usually paid by the buyer or', true],
		['A bench at the far end of', true],
		['The plan that even', true],
		['A levy charged on every', true],
		['A rule set by the', true],
		['A ferry that sails twice a day between', true],
		// Near misses: a particle, a phrase of time, a whole noun phrase.
		['Small shops can opt out', false],
		['The ferry that sailed the year before', false],
		['A tax usually paid by the buyer', false],
		['Because the team was sent elsewhere instead', false]
	];
	for (const [back, open] of table) it(`reads “${back}”`, () => expect(openEnd(back)).toBe(open));
});

describe('a back carried on to the end of the list it stops inside', () => {
	// Each row: a back, the sentence it was read from, and the back it becomes.
	const table: [string, string, string | null][] = [
		[
			'a potter who glazed the tiles of railway stations',
			'Ines Amaral, a potter who glazed the tiles of railway stations, post offices and public baths, died on Monday.',
			'a potter who glazed the tiles of railway stations, post offices and public baths'
		],
		[
			'a lake fed by the Rell',
			'Lake Ost, a lake fed by the Rell, the Isk or the Varn in spring, freezes early.',
			'a lake fed by the Rell, the Isk or the Varn in spring'
		],
		// Near misses: an aside after the back; a second thing with its own apposition; a phrase of time.
		[
			'a port town on the east coast',
			'Hallby, a port town on the east coast, which grew rich on herring and salt, is quiet now.',
			'a port town on the east coast'
		],
		['a moon of Jupiter', 'Probes will visit Io, a moon of Jupiter, and Titan, a moon of Saturn.', 'a moon of Jupiter'],
		['a village on the moor', 'Brisk, a village on the moor, in 1901 and 1902 lost half its people.', 'a village on the moor'],
		// Too long to carry on: no back.
		[
			'a chemist who tested the water of rivers',
			'Tom Ash, a chemist who tested the water of rivers, lakes, ponds, canals, reservoirs, wells, springs, streams, marshes, estuaries, harbours, docks, moats, fountains and ditches across the whole of the northern county for forty long years, retired.',
			null
		]
	];
	for (const [back, text, whole] of table) it(`reads “${back}”`, () => expect(wholeList(back, text)).toBe(whole));
});

describe('a clause carried over the asides set inside it', () => {
	// Each row: a sentence, the clause's first words, where it was cut, and the clause it becomes.
	const table: [string, string, string, string | null][] = [
		[
			'Mayor Dana Holt, who said the vote, set for June, would be held in private, resigned on Friday.',
			'said',
			', set',
			'said the vote, set for June, would be held in private'
		],
		[
			'Judge Amir Sato, who said the fine, which the firm had appealed, was fair, retired.',
			'said',
			', which',
			'said the fine, which the firm had appealed, was fair'
		],
		['Ruth Kell, who grew wheat, barley and oats, sold the farm.', 'grew', ', barley', 'grew wheat, barley and oats'],
		// Near misses: the clause ends at its comma.
		['Coach Lena Moe, who built the team, left in June.', 'built', ', left', 'built the team'],
		['Chef Ivo Rask, who opened the café, which closed in 2019, now teaches.', 'opened', ', which', 'opened the café']
	];
	for (const [text, first, cut, clause] of table) it(`reads “${first}…”`, () => expect(wholeClause(text, text.indexOf(first), text.indexOf(cut))).toBe(clause));
});
