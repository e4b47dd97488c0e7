import { describe, expect, it } from 'vitest';
import { checkQuestion } from './checks';
import { unresolvedReference } from './references';

const source = { quote: 'x', start: 0, end: 1 };

describe('unresolved references', () => {
	it('finds an opening that carries on from a sentence not shown', () => {
		for (const p of [
			'However, the council voted to close ____ libraries.',
			'Of those, ____ were children under five.',
			'The same report shows that ____ firms kept their output steady.',
			'Other residents left the town by ____ road.',
			'A fourth came from the mill at ____ in the morning.',
			'The first was found in ____ near the harbour.',
			'But the mayor refused to sign ____ orders.',
			'Then Osei came on and took ____ wickets.',
			'As a result, the line was closed for ____ weeks.',
			'Consequently, the plant shut ____ of its kilns.',
			'Three other residents were taken to ____ hospital.',
			'Two other firms bid ____ for the contract.'
		])
			expect(unresolvedReference(p), p).toMatch(/carries on/);
		expect(unresolvedReference('Both Sweden and France signed the treaty in ____.')).toBeNull();
		expect(unresolvedReference('Butler Street was closed for ____ days.')).toBeNull();
		expect(unresolvedReference('Every other week the Halden ferry sails to ____.')).toBeNull();
	});

	it('finds "the check", "the failure" or "the same report" with nothing to say whose', () => {
		expect(unresolvedReference('Why was the check postponed twice?')).toMatch(/whose/);
		expect(unresolvedReference('Why did the failure leave thousands without food?')).toMatch(/whose/);
		expect(unresolvedReference('What does the evidence suggest about the quiet changes?')).toMatch(/whose/);
		expect(unresolvedReference('What does the same report show about the firms?')).toMatch(/the same/);
		expect(unresolvedReference('Why did the failure of the potato harvest leave thousands without food?')).toBeNull();
		expect(unresolvedReference('The chief executive of the design firm ____ spoke on Monday.')).toBeNull();
	});

	it('takes a year or a blank after "in", "on" or "by" as a time, which says no more whose than the bare noun', () => {
		// Each row: a prompt (tech, history, politics, business, sport, science …), and whether "the …" is left unresolved.
		const table: [string, boolean][] = [
			['Varmeverk filed a patent application covering the design in 2020.', true],
			['Fenwright patented the design in ____ as the "Fenwright siren".', true],
			['The council reversed the decision in 1998 after a public inquiry.', true],
			['Shareholders will vote on the proposal on 14 May.', true],
			['The club lodged the application by ____, a week before the deadline.', true],
			// Near misses: a noun, a name or a clause after the preposition says which.
			['The increase in rents was the largest on record.', false],
			['The design by Ana Moss was patented in 1901.', false],
			['The design of the valve was patented in ____.', false],
			['Regulators approved the decision on pricing in 2021.', false],
			['The decline in Finland was slower than elsewhere.', false]
		];
		for (const [prompt, unresolved] of table) expect(unresolvedReference(prompt) !== null, prompt).toBe(unresolved);
	});

	it('reads the word that ends a "does the …" question as its verb: "the report list" is no list', () => {
		expect(unresolvedReference('What two causal factors does the report list?')).toBeNull();
		expect(unresolvedReference('Which risks does the inquiry list?')).toBeNull();
		// Followed by more words, "the list" is still the noun that needs an owner.
		expect(unresolvedReference('What does the list show about the firms?')).toMatch(/whose/);
	});

	it('reads the word after the noun where it stands: a verb there is no modifier, whatever it is alone', () => {
		// "left" alone is an adjective; here it is the verb, so "the failure" names no failure.
		expect(unresolvedReference('Because most families lived on potatoes, the failure left thousands without food.')).toMatch(/whose/);
		expect(unresolvedReference('In the spring the decision split the council.')).toMatch(/whose/);
		expect(unresolvedReference('The design team met the engineers in ____.')).toBeNull();
		expect(unresolvedReference('The check engine light came on after ____ kilometres.')).toBeNull();
	});

	it('finds a share of, or a pronoun after an opening phrase about, something never named', () => {
		expect(unresolvedReference('Around 31,000 of them are staying in ____ evacuation centres.')).toMatch(/pronoun/);
		expect(unresolvedReference('In 2020, its value was put at ____ euros.')).toMatch(/pronoun/);
		// The same with no comma after the opening phrase.
		expect(unresolvedReference('Over the next decade it hopes to restore ____ trees across the county.')).toMatch(/pronoun/);
		expect(unresolvedReference('In 2020 they sold ____ homes.')).toMatch(/pronoun/);
		expect(unresolvedReference('After the vote its shares fell ____.')).toMatch(/pronoun/);
		expect(unresolvedReference('During the trial they recorded ____ coughs a day.')).toMatch(/pronoun/);
		expect(unresolvedReference('In 2019 it was announced that ____ jobs would go.')).toBeNull();
		expect(unresolvedReference('Over the next decade the trust hopes to restore ____ trees.')).toBeNull();
		expect(unresolvedReference('At the meeting ____ members voted for the plan.')).toBeNull();
		expect(unresolvedReference('In each village the volunteers planted ____ varieties.')).toBeNull();
		expect(unresolvedReference('Most of the remainder are related to bacteria from the ____.')).toMatch(/nothing to say which/);
		expect(unresolvedReference('When the tram crashed into the depot wall, it was carrying ____ people.')).toBeNull();
		expect(unresolvedReference('Officials say ____ people are missing, most of them in Mahan-ub.')).toBeNull();
	});

	it('finds a pronoun, "this …" and "the two" with nothing before them to resolve them', () => {
		expect(unresolvedReference('She won the final in ____ sets.')).not.toBeNull();
		expect(unresolvedReference('This drone has a range of ____ miles.')).not.toBeNull();
		expect(unresolvedReference('The two met in ____ at the Geneva summit.')).not.toBeNull();
	});

	it('takes a name before the pronoun, or a sentence shown before, as resolving it', () => {
		expect(unresolvedReference('Ana Ruiz said she had lost ____ sheep in the flood.')).toBeNull();
		expect(unresolvedReference('The Beaver has entered production. This drone has a range of ____ miles.')).toBeNull();
		expect(unresolvedReference('“We lost this one,” said the coach Hugo Martel after the final.')).toBeNull();
	});

	it('takes a blank that opens the prompt as the person a later "her" means', () => {
		expect(unresolvedReference('____ won her first title on Sunday, beating Ada Moss in the final.')).toBeNull();
		expect(unresolvedReference('In ____, she won her first title.')).not.toBeNull();
	});

	it('takes "the two" after the two names it stands beside as resolved', () => {
		expect(unresolvedReference('The Velo 2 costs ____ euros less than the Ardo X and the Pelt 3, the two bikes the Velo 2 competes with.')).toBeNull();
		expect(unresolvedReference('The Velo 2 costs ____ euros less than the two bikes the Velo 2 competes with.')).toMatch(/two/);
	});

	it('is a check every question must pass', () => {
		const q = {
			id: 'q',
			type: 'cloze' as const,
			prompt: 'He scored ____ goals in the final.',
			answer: 'two',
			tags: [],
			source: { ...source, quote: 'He scored two goals in the final.' }
		};
		expect(checkQuestion(q).some((r) => r.includes('pronoun'))).toBe(true);
	});
});

describe('a pronoun after an opening phrase of place, time or measure with no comma', () => {
	// Each row: a prompt, and whether its pronoun leans on a sentence not shown.
	const table: [string, boolean][] = [
		["As of the journal's deadline it had run for ____ hours without a fault.", true],
		['Below about ____ metres they stop feeding and drift with the current.', true],
		['From next spring it will carry ____ passengers a day across the estuary.', true],
		['Despite the heavy rain they finished ____ laps ahead of the pack.', true],
		['Around the old harbour its walls still stand ____ feet high.', true],
		['Without extra funding it can keep only ____ wards open.', true],
		// Near misses: a subject of its own, the empty "it" of a passive, or a pronoun after a name.
		['As of the deadline the crew had run for ____ hours without a fault.', false],
		['Below ____ metres the water stays at four degrees all year.', false],
		['From 1990 it was agreed that ____ berths would go to fishing boats.', false],
		['Despite the rain Halden Rovers finished ____ laps ahead, and they celebrated.', false]
	];
	it.each(table)('%s', (prompt, leans) => {
		expect(unresolvedReference(prompt) !== null).toBe(leans);
	});
});
