import { describe, expect, it } from 'vitest';
import type { Question } from '../../bank/schema';
import { badCard, pointerInKey } from './card-backs-checks';

const card = (prompt: string, back: string, quote: string): Question => ({
	id: 'c',
	type: 'flashcard',
	prompt,
	back,
	tags: [],
	source: { quote, start: 0, end: quote.length }
});

describe('badCard', () => {
	it('strikes "the" before a possessive name the article writes without it', () => {
		const quote = 'Ruth Adler, Carraway County’s director of works, signed the order.';
		expect(badCard(card('Ruth Adler', "The Carraway County's director of works", quote))).toMatch(/possessive/);
		expect(badCard(card('Ruth Adler', "Carraway County's director of works", quote))).toBeNull();
		expect(badCard(card('Ruth Adler', "The National Trust's director", 'Ruth Adler, the National Trust’s director, spoke.'))).toBeNull();
		expect(badCard(card('Tom Weld', "The Carrow Water Company's engineer", 'The company’s engineer, Tom Weld, inspected the dam.'))).toBeNull();
		expect(badCard(card('Ida Roe', "The Lindenport's mayor", 'Ida Roe, Lindenport’s mayor, spoke.'))).toMatch(/possessive/);
	});

	it('strikes a capital inside the phrase that the quote writes in lower case', () => {
		const quote = 'Large new sewers were dug under the Strand in 1864.';
		expect(badCard(card('What were dug under the Strand in 1864?', 'The Large new sewers', quote))).toMatch(/capital/);
		expect(badCard(card('What were dug under the Strand in 1864?', 'The large new sewers', quote))).toBeNull();
		expect(badCard(card('Ada Cole', 'The Strand’s chief engineer', 'Ada Cole, the Strand’s chief engineer, spoke.'))).toBeNull();
	});

	it('strikes a bare noun back', () => {
		expect(badCard(card('What stores the heat?', 'A battery', 'A battery stores the heat.'))).toMatch(/bare noun/);
		expect(badCard(card('What stores the heat?', 'A battery of hot bricks', 'A battery of hot bricks stores the heat.'))).toBeNull();
	});

	// A back of one common noun, and a back cut inside an abbreviation; names and whole phrases stay.
	it.each([
		['What do the towers carry?', 'Instruments', 'The towers carry instruments on their masts.', /bare noun/],
		['What fuels the small stoves?', 'Paraffin', 'The small stoves burn paraffin.', /bare noun/],
		['Ann Roe', 'Director of U', 'Ann Roe, director of U.S. sales at Brill, resigned.', /abbreviation/],
		['Piet Lo', 'The vicar of St', 'Piet Lo, the vicar of St. Anne’s in Hove, spoke.', /abbreviation/],
		['Who won the final?', 'Castellanos', 'Castellanos won the final in three sets.', null],
		['What does the tablet supply?', 'A daily dose of vitamin D', 'The tablet supplies a daily dose of vitamin D.', null],
		['Ann Roe', 'Director of sales at Brill', 'Ann Roe, director of sales at Brill, resigned.', null]
	] as const)('judges “%s → %s”', (prompt, back, quote, reason) => {
		const found = badCard(card(prompt, back, quote));
		if (reason) expect(found).toMatch(reason);
		else expect(found).toBeNull();
	});

	it('strikes a back that stops after the first of several scores', () => {
		const quote = 'Lena Moss beat Ida Park 6-3, 6-4 in the final.';
		expect(badCard(card('How did Lena Moss win the final?', 'She beat Ida Park 6-3', quote))).toMatch(/score/);
		expect(badCard(card('How did Lena Moss win the final?', 'She beat Ida Park 6-3, 6-4', quote))).toBeNull();
	});

	it('strikes a stray quotation mark', () => {
		expect(badCard(card('Nora Vale', 'Author of “Salt Roads', 'Nora Vale, author of “Salt Roads”, spoke.'))).toMatch(/quotation/);
		expect(badCard(card('Nora Vale', 'Author of “Salt Roads”', 'Nora Vale, author of “Salt Roads”, spoke.'))).toBeNull();
	});

	it('strikes an "it" that points at nothing on the card', () => {
		const quote = 'The compressor squeezes it into a smaller space.';
		expect(badCard(card('What does the compressor do?', 'Squeezes it into a smaller space', quote))).toMatch(/points at nothing/);
		expect(badCard(card('What does the compressor do?', 'Squeezes the gas into a smaller space', quote))).toBeNull();
	});

	it('strikes a front that starts inside a hyphened term', () => {
		const quote = 'The team put up eddy-covariance towers on three bogs.';
		expect(badCard(card('Covariance towers', 'Masts that measure gas flows over the bogs', quote))).toMatch(/hyphened/);
		expect(badCard(card('Eddy-covariance towers', 'Masts that measure gas flows over the bogs', quote))).toBeNull();
	});

	it.each([
		['Tarn landers', 'Both of which later failed on the surface', 'It copies the Tarn landers, both of which later failed on the surface.'],
		['The old mills', 'Some of which still stand by the weir', 'They bought the old mills, some of which still stand by the weir.'],
		['Kessler Yard', 'Whose cranes were sold for scrap', 'The work went to Kessler Yard, whose cranes were sold for scrap.'],
		['Lowfield schools', 'All of whom had signed the petition', 'Heads of the Lowfield schools, all of whom had signed the petition, met.'],
		['Which schools close?', 'Which is the smallest', 'Two schools close, which is the smallest cut.']
	])('strikes a back that opens on a relative pronoun: %s', (front, back, quote) => {
		expect(badCard(card(front, back, quote))).toMatch(/relative pronoun/);
	});

	it.each([
		['Subscribers', 'The Orlan Water Board confirmed on Thursday', 'Bills rose for 40,000 subscribers, the Orlan Water Board confirmed on Thursday.'],
		['Tenants', 'The housing trust said', 'Rents will rise for tenants, the housing trust said.'],
		['Depositors', 'Its chief executive announced last week', 'Depositors will be repaid, its chief executive announced last week.'],
		['Ferry users', 'The operator reported yesterday', 'Ferry users fell by a third, the operator reported yesterday.']
	])('strikes a term whose back is its sentence’s attribution: %s', (front, back, quote) => {
		expect(badCard(card(front, back, quote))).toMatch(/attribution/);
	});

	it.each([
		['Anna Roe', 'The engineer who said the bridge was sound', 'Anna Roe, the engineer who said the bridge was sound, resigned.'],
		['Maize bunting', 'A finch that nests in stubble fields', 'The maize bunting, a finch that nests in stubble fields, is rare.'],
		['Kestrel Yard', 'A shipyard which builds ferries', 'Kestrel Yard, a shipyard which builds ferries, closed.'],
		['What did the council say?', 'It said the library would close', 'The council said the library would close.']
	])('keeps a back that is a definition or an answer: %s', (front, back, quote) => {
		expect(badCard(card(front, back, quote))).toBeNull();
	});
});

describe('pointerInKey', () => {
	const quote = 'The tower crew at Halloway asked the radio club to turn down that signal.';
	it('strikes a back or a key that points with "that …" or "this …" at nothing on the card', () => {
		expect(pointerInKey(card('What did the Halloway tower crew ask the radio club?', 'To turn down that signal', quote))).toMatch(/that signal/);
		const key: Question = {
			id: 'k',
			type: 'short_answer',
			prompt: 'How did Ivo Brandt end the outages at Pell?',
			answer: 'He solved this problem with a spare valve',
			accept: [],
			tags: []
		};
		expect(pointerInKey(key)).toMatch(/this problem/);
	});

	it('keeps one whose noun the front names, and a "that" that opens a clause', () => {
		expect(pointerInKey(card('What signal did the radio club send?', 'A test signal; the crew asked it to turn down that signal', quote))).toBeNull();
		expect(pointerInKey(card('What did the Halloway crew say?', 'That the signal drowned out the tower', quote))).toBeNull();
		expect(pointerInKey(card('Why did the dam fail?', 'Because the valve that failed was never replaced', quote))).toBeNull();
	});
});

describe('a back that stops on a word that needs more after it', () => {
	// Each row: a front, a back, the sentence, and whether the card is struck.
	const rows: [string, string, string, boolean][] = [
		['Stamp duty', 'A tax usually paid by the buyer or', 'Stamp duty is a tax usually paid by the buyer or, in a few cases, the seller.', true],
		['What did the council vote to do?', 'Close the pool that even', 'The council voted to close the pool that even, in winter, drew crowds.', true],
		['What did the ferry company do?', 'Cut sailings between', 'The ferry company cut sailings between, among others, Hull and Bergen.', true],
		// Near misses: a particle ends a phrasal verb; a phrase of time ends on "before".
		['What can small shops do?', 'Opt out', 'Small shops can opt out.', false],
		['What did the club do?', 'Won the league the year before', 'The club won the league the year before.', false]
	];
	for (const [front, back, quote, struck] of rows) it(`reads “${back}”`, () => expect(badCard(card(front, back, quote)) !== null).toBe(struck));
});

describe('a card that asks what its front is like', () => {
	// Each row: a front, a back, and whether the card is struck.
	const rows: [string, string, boolean][] = [
		['What does a solar kiln work like?', 'A greenhouse', true],
		['What does the flywheel act like?', 'A spinning battery for the grid', true],
		['What does the reservoir act like?', 'The lungs of the valley', true],
		// Near misses: a back that says what the two share; a front that asks no likeness.
		['What does the flywheel act like?', 'A battery that stores energy as motion', false],
		['What does the reservoir act like?', 'A sponge, soaking up floodwater in winter', false],
		['What does the flywheel store?', 'Energy from the grid', false]
	];
	for (const [front, back, struck] of rows)
		it(`reads “${front} → ${back}”`, () => expect(badCard(card(front, back, `The thing is like ${back.toLowerCase()}.`)) !== null).toBe(struck));
});
