import { describe, expect, it } from 'vitest';
import { factsOf, questionsOf } from './test-helpers';

describe('definitions and appositions', () => {
	it('takes no term without a noun ("Less successful was the headliner")', () => {
		const terms = factsOf('Less successful was the evening headliner, the Canadian songwriter Clara Voss.', 'definition').map((f) => f.answer);
		expect(terms).not.toContain('Less successful');
	});

	it('reads a classifying appositive after a term', () => {
		const [f] = factsOf('Typhus, a fever spread by lice, broke out near the harbour in March.', 'definition');
		expect([f?.answer, f?.gloss]).toEqual(['Typhus', 'a fever spread by lice']);
	});

	it('reads no comparison with "that of" for a classifying appositive', () => {
		const text = 'The rock has a density of 1.4 grams per cubic centimetre, only slightly more than that of ice, the team reported.';
		expect(factsOf(text, 'definition').map((f) => f.answer)).not.toContain('cubic centimetre');
		const [f] = factsOf('Lichens grew on the kerb, small organisms that take their water from the air.', 'definition');
		expect(f?.gloss).toBe('small organisms that take their water from the air');
	});

	it('reads "X is a Y that …" and ends the definition where the next clause starts', () => {
		const [f] = factsOf('A bioreactor is a vessel in which living cells are grown, so the yield depends on it.', 'definition');
		expect([f?.answer, f?.gloss]).toEqual(['bioreactor', 'a vessel in which living cells are grown']);
	});

	it('asks for the term from its definition, and turns the term into a card with the whole definition', () => {
		const qs = questionsOf('Curcumin, the active ingredient in turmeric, gives the spice its colour. Many cooks use curcumin daily.', 'definition');
		expect(qs.find((q) => q.type === 'short_answer')?.prompt).toBe('What does the article call the active ingredient in turmeric?');
		const card = qs.find((q) => q.type === 'flashcard');
		expect(card?.type === 'flashcard' && [card.prompt, card.back]).toEqual(['Curcumin', 'The active ingredient in turmeric']);
	});

	it('reads what an act brought in from an appositive that sums it up ("declared a curfew …, a measure that …")', () => {
		const text = 'The mayor imposed a night curfew across the city on Friday, a measure that lets police shut bars early and stop cars such as taxis.';
		const [f] = factsOf(text, 'definition');
		expect([f?.answer, f?.gloss]).toEqual(['night curfew', 'a measure that lets police shut bars early and stop cars']);
		const card = questionsOf(text, 'definition').find((q) => q.type === 'flashcard');
		expect(card?.type === 'flashcard' && [card.prompt, card.back]).toEqual(['Night curfew', 'A measure that lets police shut bars early and stop cars']);
	});

	it('takes no clause for a definition: "Amid the clashes, the army fired …" defines nothing', () => {
		expect(factsOf('Amid the clashes, the army fired two missiles over the bay.', 'definition')).toEqual([]);
		expect(factsOf('Because of the demand, the museum announced on Monday that it would stay open.', 'definition')).toEqual([]);
		expect(factsOf('Rao and Doherty added 146 for the third wicket, a partnership that turned the match.', 'definition')).toEqual([]);
	});

	it('reads an appositive in a subject after a preposition, before any verb', () => {
		const [f] = factsOf('Her work on aeroelastic flutter, a violent shaking that happens in strong wind, is used in bridge design.', 'definition');
		expect([f?.answer, f?.gloss]).toEqual(['aeroelastic flutter', 'a violent shaking that happens in strong wind']);
	});

	it('keeps a whole list inside a definition and takes no list member for an appositive', () => {
		const [f] = factsOf('A bogie is the frame that carries the wheels, the axles and the brakes.', 'definition');
		expect(f?.gloss).toBe('the frame that carries the wheels, the axles and the brakes');
		expect(factsOf('The frame carries the heavy wheels, the axles and the brakes.', 'definition')).toEqual([]);
	});

	it('takes no question and no pointing phrase for a term', () => {
		expect(factsOf('What is a deposit return scheme?', 'definition')).toEqual([]);
		expect(factsOf('Another highlight is a series of large photographs taken along the river.', 'definition')).toEqual([]);
	});

	it('takes no name for a term or for its definition', () => {
		expect(factsOf('The regulator, the Office of Rail Safety, will check the work.', 'definition')).toEqual([]);
		expect(factsOf('Her progress pleased the coach, the former champion Hugo Martel, who spoke.', 'definition')).toEqual([]);
		expect(factsOf('The talk was given by Helen Marsh, an economist who studies recycling markets.', 'definition')).toEqual([]);
	});

	it('leaves people to the person kind', () => {
		expect(factsOf('Dr. Lotte Brink, a health economist at Erasmus University, spoke.', 'definition')).toEqual([]);
	});

	it('reads no definition in a list of three or more things', () => {
		const text = 'For that money you get a steel frame, a motor in the rear wheel, hydraulic disc brakes, built-in lights and a rack.';
		expect(factsOf(text, 'definition')).toEqual([]);
		const scene = 'The prints are crowded with people: men mending nets on the beach, boys hauling ropes, the tall drying racks of the smokehouses.';
		expect(factsOf(scene, 'definition')).toEqual([]);
		const storm = 'After three days of high winds and driving sleet, the stone pier of the old harbour, two miles from the town, collapsed.';
		expect(factsOf(storm, 'definition')).toEqual([]);
	});
	it('reads a name the article gives a thing it describes ("a special fluid, called a refrigerant, …"), never a place\'s name', () => {
		const [f] = factsOf('The pump moves a special fluid, called a coolant, around a loop of copper pipes.', 'definition');
		expect([f?.answer, f?.gloss]).toEqual(['coolant', 'the special fluid']);
		const qs = questionsOf('The pump moves a special fluid, called a coolant, around a loop of copper pipes.', 'definition');
		expect(qs.find((q) => q.type === 'short_answer')?.prompt).toBe('What does the article call the special fluid?');
		expect(factsOf('The rebels hid in a small village called Marsh End.', 'definition')).toEqual([]);
		expect(factsOf('Engineers call this ratio the coefficient of performance.', 'definition')).toEqual([]);
	});

	it('glosses a named thing with the clause the article adds after its name', () => {
		const cases: [string, string, string][] = [
			[
				'The team used a technique called stellar occultation, in which astronomers watch a star as a body passes in front of it.',
				'stellar occultation',
				'a technique in which astronomers watch a star as a body passes in front of it'
			],
			[
				'Most of the sediment is a fine powder called glacial flour, which turns the water milky.',
				'glacial flour',
				'a fine powder which turns the water milky'
			],
			// What the thing is made into, said before its name, comes first (see definition-gloss.ts).
			[
				'Glaciers grind rock into a fine powder called glacial flour, which turns the water milky.',
				'glacial flour',
				'the fine powder that glaciers grind rock into'
			],
			// No clause after the name: the thing named is the gloss.
			['Most insulin is made by yeast grown in large steel tanks called bioreactors.', 'bioreactors', 'the large steel tanks'],
			// A clause joined to another says more than the term.
			['The mill ground it into a coarse meal called grist, which the bakers bought, and the town grew.', 'grist', 'the coarse meal']
		];
		for (const [text, term, gloss] of cases) expect(factsOf(text, 'definition').map((f) => [f.answer, f.gloss])).toContainEqual([term, gloss]);
	});
});
