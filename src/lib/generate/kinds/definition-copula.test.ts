import { describe, expect, it } from 'vitest';
import { factsOf } from './test-helpers';

/** Definitions read from "X is a Y", with a second name between term and verb or after a colon. */
describe('a copula after a naming aside or a colon', () => {
	const rows: [string, [string, string][]][] = [
		[
			'Relative humidity, usually written as RH, is the amount of vapour in the air at a given temperature.',
			[['Relative humidity', 'the amount of vapour in the air at a given temperature']]
		],
		[
			'Bovine tuberculosis, also known as bTB, is a chronic disease of cattle spread by badgers and by infected herds.',
			[['Bovine tuberculosis', 'a chronic disease of cattle spread by badgers and by infected herds']]
		],
		[
			'The name has nothing to do with boats: a clinker kiln is a furnace in which cement is burnt from limestone and clay.',
			[['clinker kiln', 'a furnace in which cement is burnt from limestone and clay']]
		],
		['The word comes from sailors, not farmers: a neap tide is the weakest tide of the month.', [['neap tide', 'the weakest tide of the month']]],
		['Do not be fooled by the name: black ice is a thin coat of clear ice on a road surface.', [['black ice', 'a thin coat of clear ice on a road surface']]],
		// Near misses: an aside that gives no second name, and a colon before a list.
		['The bridge, opened by the queen in 1932, is the longest crossing on the river for forty miles.', []],
		['The kit has three parts: a frame, a pump and a filter for the intake.', []]
	];
	for (const [text, found] of rows)
		it(`reads “${text.slice(0, 36)}…”`, () => expect(factsOf(text, 'definition').map((f) => [f.answer, f.gloss])).toEqual(found));
});

/** "Xs are Ys that …": a bare plural term defined by a bare plural class and what sets it apart. */
describe('a bare plural defined by a bare plural class', () => {
	const rows: [string, [string, string][]][] = [
		['Sand dunes are ridges of wind-blown sand heaped up behind a beach.', [['sand dunes', 'ridges of wind-blown sand heaped up behind a beach']]],
		['Lichens are slow-growing partnerships between a fungus and an alga.', [['Lichens', 'slow-growing partnerships between a fungus and an alga']]],
		[
			'Ox-bow lakes are curved pools that a river leaves behind when it cuts a new channel.',
			[['Ox-bow lakes', 'curved pools that a river leaves behind when it cuts a new channel']]
		],
		[
			'Meteorites are fragments of rock from space that survive the fall to the ground; most are tiny.',
			[['Meteorites', 'fragments of rock from space that survive the fall to the ground']]
		],
		['Coastal lagoons are shallow waters of the coast behind a bar of shingle.', [['Coastal lagoons', 'shallow waters of the coast behind a bar of shingle']]],
		[
			'Seamounts are underwater mountains which rise at least a kilometre from the ocean floor.',
			[['Seamounts', 'underwater mountains which rise at least a kilometre from the ocean floor']]
		],
		// Near misses: no class noun, a predicate after the verb, a determiner before the term.
		['Prices are higher than last year in most shops across the region.', []],
		['Tickets are sold out for the final in both cities.', []],
		['The tablets are thin leaves of alder and birch from the fort.', []],
		['Most visitors are families with young children from the towns nearby.', []]
	];
	for (const [text, found] of rows)
		it(`reads “${text.slice(0, 36)}…”`, () => expect(factsOf(text, 'definition').map((f) => [f.answer, f.gloss])).toEqual(found));
});
