import { describe, expect, it } from 'vitest';
import { unresolvedReference } from './references';
import { objectWithoutAntecedent, pronounWithoutAntecedent } from './references-agreement';

describe('a pronoun further into the prompt', () => {
	it('is unresolved when nothing before it agrees with it', () => {
		for (const p of [
			'Why is it that for every unit of electricity they use, the pumps at Orsby deliver ____ units of heat?',
			'Most visitors praised its ____ rooms.'
		])
			expect(pronounWithoutAntecedent(p), p).not.toBeNull();
	});

	it('is resolved by a plural, a group, a name or a single thing before it', () => {
		for (const p of [
			'The heat pumps at Orsby deliver ____ units of heat for every unit of electricity they use.',
			'The Orsby council said they would spend ____ pounds on the bridge.',
			'Velo Systems told reporters that they had sold ____ bikes.',
			'Sparta, who had won eleven of their ____ home matches, pressed high.',
			'The new Orsby museum opened its ____ rooms in May.'
		])
			expect(pronounWithoutAntecedent(p), p).toBeNull();
	});

	it('is unresolved when all before it is an amount: a number or a blank and its unit', () => {
		for (const p of [
			'Below about ____ degrees Celsius they lose most of their grip on the road.',
			'Above 30 degrees Celsius they stop laying eggs.',
			'At ____ kilometres per hour their wings begin to flutter.',
			'After ____ hours they are moved to the drying racks.',
			'Within 15 metres its signal fades.'
		])
			expect(pronounWithoutAntecedent(p), p).not.toBeNull();
		for (const p of [
			'Below about ____ degrees Celsius the batteries lose their charge quickly.',
			'Above 30 degrees Celsius the hens stop laying their eggs.',
			'After ____ hours the tiles are moved to their racks.'
		])
			expect(pronounWithoutAntecedent(p), p).toBeNull();
	});

	it('is unresolved when the only plural before a question\'s subject "they" is the phrase it asks for', () => {
		for (const p of [
			'In each plot, what four common flowering plants did they select?',
			'Which of the old mill buildings did they pull down first?',
			'After the storm, how many fishing boats did they recover from the harbour?'
		])
			expect(pronounWithoutAntecedent(p), p).toBe('they');
		// A plural before the asked phrase is still one "they" may mean.
		for (const p of [
			'When the volunteers reached the ridge, what birds did they count?',
			'Once the farmers had walked the flooded fields, which crops did they replant?'
		])
			expect(pronounWithoutAntecedent(p), p).toBeNull();
	});

	it('makes the prompt fail the reference check, and "much of it" with it', () => {
		expect(unresolvedReference('Even so, for every unit of electricity they use, the pumps deliver ____ units of heat.')).not.toBeNull();
		expect(unresolvedReference('Much of it is piped to ____ homes in the north of the town.')).not.toBeNull();
	});
});

describe('objectWithoutAntecedent', () => {
	it('finds an object "him" or "her" whose only candidates are the subject of its clause', () => {
		// Sport, history, business, science: the subject, asides and all, cannot be the object.
		expect(objectWithoutAntecedent('Amankwah moved him down to the 1500 metres after deciding.')).toBe('him');
		expect(unresolvedReference('Amankwah moved him down to the 1500 metres after deciding.')).not.toBeNull();
		expect(objectWithoutAntecedent('The directors, led by the mill owner Henry Latimer, refused and told him to repair the leaks.')).toBe('him');
		expect(objectWithoutAntecedent('In 2019, Okoro hired her as an assistant.')).toBe('her');
		expect(objectWithoutAntecedent('The board of Veridia, chaired by Ana Lind, paid her a bonus of 2 million euros.')).toBe('her');
	});

	it.each([
		'In what year did the Guild of Tower Keepers award him its gold medal?',
		'When did Harwell Mining hire her as its engineer?',
		'When did the Orsby Players send him the tickets?'
	])('finds it in a question, whose subject stands after its helper verb: %s', (text) => {
		expect(objectWithoutAntecedent(text)).not.toBeNull();
	});

	it.each(['When did the club sell him to Harwell Rovers?', 'Why did the club release him?'])(
		'leaves it in a question that names someone after the verb, or no one at all: %s',
		(text) => {
			expect(objectWithoutAntecedent(text)).toBeNull();
		}
	);

	it.each([
		'Dr. Lucas Brennan-Ito, who studied under her and later became a partner at the firm, said the firm was changed.',
		'Tomas Berg, who worked for her for ten years, said the studio never closed.',
		'Ruth Amadi, who replaced him as chair in 2019, called the vote a turning point.'
	])('finds the object of a relative clause about the only person named: %s', (text) => {
		expect(objectWithoutAntecedent(text)).not.toBeNull();
	});

	it('leaves a pronoun someone else in the prompt can mean, and a possessive', () => {
		expect(objectWithoutAntecedent('The coach praised Ana Lind and told her to rest.')).toBeNull();
		expect(objectWithoutAntecedent('Marr beat Ruiz, who thanked her afterwards.')).toBeNull();
		expect(objectWithoutAntecedent('Tesfaye won the heat. Amankwah moved him down to the 1500 metres.')).toBeNull();
		// Named after it in the same sentence: "her" is Salvesen.
		expect(objectWithoutAntecedent('Lise Haugen, who succeeded her as head of the laboratory, said Salvesen read every thesis.')).toBeNull();
		expect(objectWithoutAntecedent('Solberg has trusted her visitors to be patient.')).toBeNull();
		expect(objectWithoutAntecedent('Novotná had not dropped a set in her six matches this year.')).toBeNull();
		expect(objectWithoutAntecedent('The review praised the album and its producer.')).toBeNull();
	});
});

describe('a person named before "they" or "them"', () => {
	// One person is no "them": the people meant are in a sentence not shown.
	const leaning = [
		'Margaret, then 30, wrote to each of them asking for more time.',
		'Peter Holm thanked them for ____ years of service.',
		'Sarah Jones met them at the station in ____.',
		'Thomas, aged 19, sold them the mill for ____ pounds.',
		'Elizabeth Grey told them the school would close in ____.',
		'Michael, the eldest, paid them ____ shillings a week.'
	];
	it.each(leaning)('"%s" leans on a sentence not shown', (p) => {
		expect(pronounWithoutAntecedent(p)).not.toBeNull();
	});

	it('still lets a group or a plural before it be what "them" means', () => {
		for (const p of ['Margaret wrote to the creditors and asked each of them for ____ months.', 'Sparta thanked their ____ fans.'])
			expect(pronounWithoutAntecedent(p), p).toBeNull();
	});
});

describe('an object “it”', () => {
	it.each([
		'Most drivers renew it by post within ____ days of the reminder.',
		'Why do tenants who sign early pay it in monthly instalments?',
		'Critics say it could cost ratepayers ____ pounds a year.',
		'Most growers sell it to ____ at the autumn market.',
		'Engineers tested it at ____ degrees below freezing.',
		'Why did the volunteers give it all back in March?'
	])('is unresolved with no single thing named before it: “%s”', (p) => {
		expect(pronounWithoutAntecedent(p)).toBe('it');
		expect(unresolvedReference(p)).toMatch(/“it”/);
	});

	it.each([
		// A single thing named before it.
		'The council bought the old mill and sold it to ____ in 1998.',
		'When the kettle boils, switch it off within ____ seconds.',
		// The "it" a verb puts ahead of its real object: it means nothing.
		'Many parents find it hard to get ____ children to bed early.',
		'Most riders find it genuinely difficult to climb the ____ pass.',
		'Officials made it clear that ____ would pay for the repairs.',
		'Why is it that pupils sleep better in ____?',
		// A subject "it" is read by the other rules.
		'Experts say that it was built in ____.'
	])('is left alone: “%s”', (p) => {
		expect(pronounWithoutAntecedent(p)).toBeNull();
	});
});
