import { describe, expect, it } from 'vitest';
import { unresolvedReference } from './references';
import { leaningWords, stripAlso } from './references-leaning';

describe('words that lean on a sentence before', () => {
	it('finds "that" before a noun, and "after that"', () => {
		for (const p of [
			'That night the river at Orsby rose by ____ metres.',
			'The crew turned down that signal after ____ minutes.',
			'For that money the Pellan Trust bought ____ acres.',
			'Wheat prices at Kesby fell sharply after that, and by June a sack cost ____ shillings.',
			'The mill race at Orsby carried almost nothing that night, and ____ houses flooded.'
		])
			expect(leaningWords(p), p).not.toBeNull();
	});

	it('keeps a "that" that opens a clause, a plural after it, and a year the prompt names', () => {
		for (const p of [
			'The inspectors said that money for the dam had run out in ____.',
			'The deal that investors wanted was signed in ____.',
			'The harbour board will build ____ berths so that ferries can dock at night.',
			'The treaty was signed in 1712 and ratified in May of that year by ____ states.'
		])
			expect(leaningWords(p), p).toBeNull();
	});

	it('finds "another", "the other" or "both" with nothing named to count', () => {
		for (const p of [
			'The siege went on for another twelve years under ____.',
			'The other team scored ____ runs before lunch.',
			'Sales of ____ units were split between both cities.'
		])
			expect(leaningWords(p), p).not.toBeNull();
		for (const p of [
			'Both Sweden and France signed the pact in ____.',
			'At the other end, goalkeeper Ivo Lenz saved from ____.',
			'The mills of Orsby closed one after another, and ____ weavers left.',
			'The ____ rivals had never spoken to one another.'
		])
			expect(leaningWords(p), p).toBeNull();
	});

	it('finds "this" or "these" standing alone after a preposition', () => {
		for (const p of [
			'To pay for this, the council will borrow ____ pounds.',
			'Because of these, the ferry ran ____ minutes late.',
			'Despite this, turnout rose to ____ per cent.',
			'The museum raised ____ on the strength of this.',
			'Fans were angry about this, and ____ season tickets went unsold.',
			'Apart from those, the firm sold ____ vans.'
		])
			expect(leaningWords(p), p).not.toBeNull();
		for (const p of [
			'For this reason the bridge closed for ____ days.',
			'By this time ____ boats had left the harbour.',
			'Players of this calibre earn about ____ a week.',
			'The clinic treated ____ patients this year.'
		])
			expect(leaningWords(p), p).toBeNull();
	});

	it('makes the prompt fail the reference check', () => {
		expect(unresolvedReference('That night the river at Orsby rose by ____ metres.')).toMatch(/that night/);
	});
});

describe('"also"', () => {
	it('is struck where it only adds to a sentence before', () => {
		expect(stripAlso('The Orsby study also showed that ____ residents moved.')).toBe('The Orsby study showed that ____ residents moved.');
		expect(stripAlso('The council has also opened ____ shelters.')).toBe('The council has opened ____ shelters.');
	});

	it('stays in "not only … but also" and in someone’s words', () => {
		expect(stripAlso('The plan cut not only costs but also delays by ____ days.')).toBe('The plan cut not only costs but also delays by ____ days.');
		expect(stripAlso('Who said: “We also lost the mill”?')).toBe('Who said: “We also lost the mill”?');
	});
});

describe('an ordinal with no noun', () => {
	it('leans on the sentence that said what is counted', () => {
		expect(leaningWords('Marlow passed the first in ____, four years before its neighbour.')).toMatch(/the first/);
		expect(leaningWords('Teodora Vance saved the second with a volley at the net.')).toMatch(/the second/);
		expect(leaningWords('The Corbyn Rovers striker swung in a fourth from the left.')).toMatch(/a fourth/);
	});

	it('stands where the prompt says what is counted, or means a share', () => {
		for (const p of [
			'Marlow passed the first deposit law in ____.',
			'Pike was the first to cross the Hallam Strait by kayak.',
			'The first four charging points open in ____.',
			'Sales at Orvel fell by a third in ____.',
			'Ana Kell won the first of her ____ titles in Lyon.'
		])
			expect(leaningWords(p), p).toBeNull();
	});
});
