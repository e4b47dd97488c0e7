import { describe, expect, it } from 'vitest';
import { extractFacts } from '../facts';
import { splitSentences } from '../sentences';
import { cutShort, fitBack, notAGloss, resolveAnchor, secondThat, unanchored, weakFront } from './card-backs';
import { questionsOf } from '../kinds/test-helpers';

const facts = extractFacts(splitSentences('Margaret Ellison leads the National Tennis Association. The association backed the plan.'), null);

describe('flashcard backs', () => {
	it('rejects a bare noun phrase with no anchor', () => {
		expect(unanchored('A daughter')).toBe(true);
		expect(unanchored('A qualifier')).toBe(true);
		expect(unanchored('A thermal battery')).toBe(true);
		expect(unanchored('A closely related receptor')).toBe(true);
		expect(unanchored('The provincial health officer')).toBe(true);
		expect(unanchored('A former international spinner')).toBe(true);
		expect(unanchored('A moon of Saturn')).toBe(false);
		expect(unanchored('Sparta goalkeeper')).toBe(false);
		expect(unanchored('A protein that helps other proteins fold correctly')).toBe(false);
	});

	it('rejects a back cut inside a phrase', () => {
		expect(cutShort('won in a 4', 'Sparta won in a 4-3 final.')).toBe(true);
		expect(cutShort('a shop on Tanner St', 'She ran a shop on Tanner St. Mary’s road.')).toBe(true);
		expect(cutShort('a fish seller in Likoni', 'Fatuma Said, a fish seller in Likoni, lost her husband.')).toBe(false);
	});

	it('rejects a front that is a fragment of a longer name or a plain word', () => {
		const text = "The shop stood on Tanner's Row for years.";
		expect(weakFront('Row', text, text.indexOf('Row'))).toBe(true);
		expect(weakFront('Degrees', 'Degrees were awarded.', 0)).toBe(true);
		expect(weakFront('Enceladus', 'Enceladus, a moon of Saturn, is icy.', 0)).toBe(false);
	});

	it('names the body a common noun stands for, or gives no back', () => {
		expect(resolveAnchor("The association's president", facts)).toBe("The National Tennis Association's president");
		expect(resolveAnchor("The club's president", facts)).toBeNull();
		const county = extractFacts(splitSentences('Ruth Adler runs Carraway County. The county board met on Monday.'), null);
		expect(resolveAnchor("The county's director", county)).toBe("Carraway County's director");
		expect(resolveAnchor('The works director of the county', county)).toBe('The works director of Carraway County');
		expect(fitBack('The ones who never reach us', 'The ones who never reach us.', facts)).toBeNull();
	});

	it('rejects a front that starts inside a hyphenated term', () => {
		const text = 'The team put up eddy-Covariance Towers on three bogs.';
		expect(weakFront('Covariance Towers', text, text.indexOf('Covariance'))).toBe(true);
		expect(weakFront('Covariance Towers', 'Covariance Towers stand on three bogs.', 0)).toBe(false);
	});

	it('gives no back that opens on a conjunction, the second half of a clause', () => {
		const text = 'The board said the tower was safe and that the Harbour Club would pay for repairs.';
		expect(fitBack('and that the Harbour Club would pay for repairs', text, facts)).toBeNull();
		expect(fitBack('the Harbour Club would pay for repairs', text, facts)).not.toBeNull();
	});
});

describe('a back read from a reported "that" clause', () => {
	const rows: [string, 'finding' | 'argument', string][] = [
		[
			'Surveys found that the chalk under the estuary was cracked, and that any tunnel would flood.',
			'finding',
			'The chalk under the estuary was cracked, and any tunnel would flood'
		],
		[
			'The show argues that the coast is a place of slow change, and that art can teach patience.',
			'argument',
			'The coast is a place of slow change, and art can teach patience'
		],
		['The auditors concluded that the fund was solvent, but that its reserves were thin.', 'finding', 'The fund was solvent, but its reserves were thin'],
		[
			'The coach argued that the pitch was too dry, and that the umpires should have stopped play.',
			'argument',
			'The pitch was too dry, and the umpires should have stopped play'
		],
		[
			'The critic writes that the sequel is too long, and that its villain is forgettable.',
			'argument',
			'The sequel is too long, and its villain is forgettable'
		],
		// Near misses: a relative "that", a single clause.
		['The panel found that the fees that students pay have doubled since 2015.', 'finding', 'The fees that students pay have doubled since 2015'],
		['Historians have argued that the treaty ended the war in the west.', 'argument', 'The treaty ended the war in the west']
	];
	for (const [sentence, kind, back] of rows)
		it(`reads "${back}"`, () => {
			const card = questionsOf(sentence, kind).find((q) => q.type === 'flashcard');
			expect(card?.type === 'flashcard' && card.back).toBe(back);
		});

	it('keeps a "that" that is a pronoun before a verb', () => {
		expect(secondThat('older drivers crash less often, and that is why insurers charge them less')).toBe(
			'older drivers crash less often, and that is why insurers charge them less'
		);
		expect(secondThat('the alarm failed, but that was not the cause')).toBe('the alarm failed, but that was not the cause');
	});
});

describe('a back that stops inside a phrase is made whole or given up', () => {
	// Each row: a back, the sentence it was read from, and the back a card may carry.
	const rows: [string, string, string | null][] = [
		[
			'A glassmaker who made windows for chapels',
			'Oskar Lind, a glassmaker who made windows for chapels, town halls and railway stations, died in Malmö.',
			'A glassmaker who made windows for chapels, town halls and railway stations'
		],
		['A toll usually paid by the carrier or', 'A toll usually paid by the carrier or, where there is none, by the sender.', null],
		['A bench near the end of', 'There is a bench near the end of the pier.', null],
		// Near miss: a whole phrase with an aside after it.
		['A glassmaker from Malmö', 'Oskar Lind, a glassmaker from Malmö, which he never left, died in 2001.', 'A glassmaker from Malmö']
	];
	for (const [back, sentence, fit] of rows) it(`reads “${back}”`, () => expect(fitBack(back, sentence, facts)).toBe(fit));
});

describe('a back that says only how far the front is from somewhere', () => {
	// Each row: a back, and whether a card may carry it.
	const rows: [string, boolean][] = [
		['A mile off the harbour mouth at Port Wenna', false],
		['Some 40 kilometres north of the capital', false],
		['Two nautical miles offshore from the lighthouse', false],
		// Near misses: what the front is, with where it is.
		['A reef a mile off the harbour mouth at Port Wenna', true],
		['A town 40 kilometres north of the capital', true],
		['A gift from the people of Port Wenna', true]
	];
	for (const [back, fits] of rows) it(`reads “${back}”`, () => expect(fitBack(back, `It lies there, ${back.toLowerCase()}.`, facts) !== null).toBe(fits));
});

describe('an apposition that sums up the number of its clause is no gloss of the noun before it', () => {
	// Each row: the phrase after a noun's comma, and whether it says what that noun is.
	const rows: [string, boolean][] = [
		['the quickest finishing time in the race for nine years', false],
		['the lowest level since 2011', false],
		['a record high for the index since 1998', false],
		['the longest run of job growth on record', false],
		// Near misses: a ranked thing, a ranked place, a gloss with "since" and no rank.
		['the most expensive house ever sold in the valley', true],
		['the tallest tower in the province', true],
		['a body that has run the port since 1921', true]
	];
	for (const [phrase, gloss] of rows) it(`reads “${phrase}”`, () => expect(notAGloss(phrase)).toBe(!gloss));
});
