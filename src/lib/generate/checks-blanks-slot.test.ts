import { describe, expect, it } from 'vitest';
import type { Question } from '../bank/schema';
import { badBlank } from './checks-blanks';
import { badSlot } from './checks-blanks-slot';

const cloze = (prompt: string, answer: string): Question => ({ id: 'q', type: 'cloze', prompt, answer, tags: [] });

describe('badSlot', () => {
	it.each([
		['The lentil soup (____) was thick and well seasoned.', '£6'],
		['Her second novel (____) sold better than her first.', '2011'],
		['Tickets for the matinee (____) sold out within an hour.', '€3.20'],
		['Entry to the gardens ( ____ ) is free for residents.', '£5']
	])('strikes a blank that is a whole bracketed aside: %s', (prompt, key) => {
		expect(badSlot(prompt, key)).toMatch(/bracketed/);
	});

	it.each([
		['Mr ____ dismissed the landlord’s claim in the county court.', 'Justice Harwell', true],
		['Dr ____ led the hospital’s review of the winter wards.', 'Chief Medical Officer Amara Lind', true],
		// Near misses: a surname after the honorific, or a role the name follows with no honorific before it.
		['Mr ____ dismissed the landlord’s claim in the county court.', 'Harwell', false],
		['Mrs ____ dismissed the landlord’s claim in the county court.', 'Ottilie Harwell', false],
		['The ruling was read out by ____ in the county court.', 'Judge Ottilie Harwell', false]
	])('strikes a blank that cuts a title in two: %s (%s)', (prompt, key, struck) => {
		expect(badSlot(prompt, key) === 'the blank cuts a title in two').toBe(struck);
	});

	it.each([
		["Researchers from the Polytechnic of Varne's ____ measured the runoff.", 'School of Hydrology'],
		["A Tenants' ____ was set up to fight the eviction notices.", 'Action League'],
		['Crowds lined the harbour to watch the town’s ____ open for the tall ships.', 'Swing Bridge'],
		["The guild's ____ met every Thursday above the bakery.", 'Council of Elders']
	])('strikes a name blanked as the head of a possessive: %s', (prompt, key) => {
		expect(badSlot(prompt, key)).toMatch(/possessive/);
	});

	it.each([
		['Two-step ____ was switched off on the server.', 'verification'],
		['About 900 ____ and their families took part in the survey.', 'volunteers'],
		['The old barn leans badly towards its northern ____.', 'wall'],
		['Fog is nothing more than low-lying ____.', 'cloud']
	])('strikes a common noun the sentence neither names nor glosses: %s', (prompt, key) => {
		expect(badSlot(prompt, key)).toMatch(/common noun/);
	});

	it.each([
		['The fire began in a faulty dryer, a review by ____ has concluded.', 'Westford Fire Brigade'],
		['Flooding cut power to 3,000 homes, an inquiry from the ____ has found.', 'Grid Safety Board'],
		['The ____ has put the cost of the storm at about £60 million.', 'Federation of Loss Adjusters'],
		['____ estimates the clean-up bill at roughly $2.5 billion.', 'Coastal Recovery Agency'],
		['The ____ had estimated the repairs at nearly €4 million.', 'Bridges Office'],
		['Power cuts hit 9,000 homes, a study from the ____ has shown.', 'Energy Networks Panel']
	])('strikes the source a sentence credits with its finding: %s', (prompt, key) => {
		expect(badSlot(prompt, key)).toMatch(/source/);
	});

	it.each([
		['The seedlings are known as ____ until they form a second leaf.', 'plantlets'],
		['Miners dug narrow shafts called ____, each barely wide enough for a child.', 'bell pits'],
		['Villages stored grain in ____ — raised wooden huts on stone legs.', 'granaries'],
		['Blacksmiths quenched blades in ____, a mixture of brine and oil.', 'slack tub'],
		// A count of the owner's things is no name cut in two.
		["The merger adds Halvor's ____ branches to the group.", '64'],
		["The co-op's ____ members voted on Sunday.", 'three hundred'],
		// A name outside any possessive or bracket is asked as before.
		['The relay was won by ____ in a record time.', 'Tallis Harriers'],
		// The body that acted, not the one that reported it.
		['An inquiry found that ____ had ignored three warnings.', 'Elm Valley Water'],
		['According to ____, the mayor, the works will finish in June.', 'Rosa Ibarra']
	])('keeps %s', (prompt, key) => {
		expect(badSlot(prompt, key)).toBeNull();
	});

	it('is one of the reasons badBlank gives, for choices as for typed keys', () => {
		const mcq: Question = { id: 'm', type: 'mcq', prompt: 'The fish pie (____) came piping hot.', choices: ['£14', '£9', '£21'], answer: 0, tags: [] };
		expect(badBlank(mcq)).toMatch(/bracketed/);
		expect(badBlank(cloze("A Walkers' ____ kept the footpath open.", 'Rights Society'))).toMatch(/possessive/);
	});
});

describe('the speaker of a printed quotation', () => {
	it.each([
		['“Nobody told us the bridge would shut for a month,” said ____, who runs the bakery on the quay.', 'Moira Tench'],
		['"We will rebuild it stone by stone," says ____, the chapel’s warden.', 'Idris Powell'],
		['“The numbers simply do not add up,” ____ said on Tuesday.', 'Councillor Hale'],
		['‘It felt like the whole street was holding its breath,’ recalled ____, then aged nine.', 'Nell Crane'],
		['“Most of the damage was done in the first hour,” added ____, the fire service’s spokesman.', 'Tom Ashe'],
		['"Bring a torch and stout boots," writes ____ in the guide’s foreword.', 'Petra Lund']
	])('strikes the speaker: %s', (prompt, key) => {
		expect(badSlot(prompt, key)).toMatch(/speaker/);
		expect(badBlank(cloze(prompt, key))).toMatch(/speaker/);
	});

	it.each([
		// The words are what is asked, or the name is no speaker of a printed quotation.
		['“Nobody told us the bridge would shut for ____,” said Moira Tench.', 'a month'],
		['____ said the bridge would shut for a month.', 'Moira Tench'],
		['The report, “Rivers at Risk”, said ____ had failed to act.', 'the agency'],
		['“Rivers at Risk” was written by ____ in 2019.', 'Petra Lund']
	])('leaves: %s', (prompt, key) => {
		expect(badSlot(prompt, key) ?? '').not.toMatch(/speaker/);
	});
});
