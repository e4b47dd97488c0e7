import { describe, expect, it } from 'vitest';
import { factsOf, questionsOf } from './test-helpers';

const pairs = (text: string) => factsOf(text, 'definition').map((f) => [f.answer, f.gloss]);

describe('a technical term defined after the end of a clause', () => {
	it.each([
		['The toxin is made by dinoflagellates, tiny algae that drift in warm coastal water.', 'dinoflagellates', 'tiny algae that drift in warm coastal water'],
		[
			'Most chemists then believed in the phlogiston theory, the idea that a fire-like element was released during burning.',
			'phlogiston theory',
			'the idea that a fire-like element was released during burning'
		],
		['She weaves on a backstrap loom, a simple frame whose far end is tied to a post.', 'backstrap loom', 'a simple frame whose far end is tied to a post'],
		[
			'The survey team mapped the seabed with a magnetometer, an instrument that records changes in the magnetic field.',
			'magnetometer',
			'an instrument that records changes in the magnetic field'
		],
		[
			'Fans were won over by the gegenpress, a style in which players chase the ball as soon as it is lost.',
			'gegenpress',
			'a style in which players chase the ball as soon as it is lost'
		],
		[
			'The hull is protected by sacrificial anodes, blocks of zinc that corrode in place of the steel.',
			'sacrificial anodes',
			'blocks of zinc that corrode in place of the steel'
		]
	])('%s', (text, term, gloss) => {
		expect(pairs(text)).toContainEqual([term, gloss]);
	});

	it('reads on past a dash aside inside the gloss, and past a clause that follows it', () => {
		const text =
			'The rugs are made on a drawloom, a wooden frame on which the pattern threads — the coloured threads that form the design — are lifted by a helper, and the weaver works fast.';
		expect(pairs(text)).toContainEqual(['drawloom', 'a wooden frame on which the pattern threads are lifted by a helper']);
	});

	it('keeps quoted words and examples ("such as …") inside the gloss', () => {
		const text = 'Doctors held to the miasmatic view, the idea that fevers such as malaria came from "bad air" rising from marshes.';
		expect(pairs(text)).toContainEqual(['miasmatic view', 'the idea that fevers such as malaria came from "bad air" rising from marshes']);
	});

	it('makes a gloss that points back with a demonstrative stand alone', () => {
		const text = 'Seraxin is a calcium channel blocker, a drug that relaxes the muscle in those narrow vessels.';
		expect(pairs(text)).toContainEqual(['calcium channel blocker', 'a drug that relaxes the muscle in narrow vessels']);
		const card = questionsOf(text, 'definition').find((q) => q.type === 'flashcard' && q.prompt === 'Calcium channel blocker');
		expect(card?.type === 'flashcard' && card.back).toBe('A drug that relaxes the muscle in narrow vessels');
	});

	it.each([
		'Rao and Doherty added 146 for the third wicket, a partnership that turned the match.',
		'She was treated for a blister, an injury that kept her out of the final.',
		'The firm sold its stake to a rival, a company that makes tents.',
		'The pair added 90 for the 10th wicket, a stand that lifts the total to 310.',
		'Officials met in the chancel, a room that was later destroyed by fire.',
		'The story is told by a lighthouse keeper, a man who lives alone on a rock.',
		'He was replaced by a debutant, a player who has never played at this level.'
	])('takes no summing-up appositive for a definition: %s', (text) => {
		expect(pairs(text)).toEqual([]);
	});
});

describe('a technical term glossed by a noun and a participle of use, stuff or cause', () => {
	it.each([
		['Smoke leaves through the flue, the narrow duct used to carry fumes out of the house.', 'flue', 'the narrow duct used to carry fumes out of the house'],
		[
			'The engine is cooled by glycol, a sweet liquid mixed with water to lower the freezing point.',
			'glycol',
			'a sweet liquid mixed with water to lower the freezing point'
		],
		['The dam is sealed with bentonite, a soft clay formed from volcanic ash.', 'bentonite', 'a soft clay formed from volcanic ash'],
		['Each leaf is coated in cutin, a waxy film made by the outer cells.', 'cutin', 'a waxy film made by the outer cells'],
		[
			'The engineers measured the voidage, the share of the bed taken up by gaps between the stones.',
			'voidage',
			'the share of the bed taken up by gaps between the stones'
		],
		['The kiln burns a fuel called syngas, and the smoke passes through a scrubber, a tower filled with wet lime.', 'scrubber', 'a tower filled with wet lime'],
		['Old roofs were laid on laths, the thin strips of wood cut from split oak.', 'laths', 'the thin strips of wood cut from split oak']
	])('%s', (text, term, gloss) => {
		expect(pairs(text)).toContainEqual([term, gloss]);
	});

	it.each([
		// A participle before a time or place tells of one event, and a number marks one thing.
		'She missed the final with a meniscectomy, an operation carried out in March.',
		'The crew worked on the gantry, a frame built on the quay.',
		'The race was decided at the chicane, a bend added in 2019.',
		'They rebuilt the weir, a barrier damaged by the 2019 flood.'
	])('takes no event for a definition: %s', (text) => {
		expect(pairs(text)).toEqual([]);
	});
});

describe('a technical term defined in passing as the subject of a second clause', () => {
	it.each([
		[
			'The slope is mostly turf, and talus, the loose stones that pile up below a cliff, fills the gullies.',
			'talus',
			'the loose stones that pile up below a cliff'
		],
		[
			'Rain fell for days, and the aquifer, the layer of rock that holds water underground, filled within a week.',
			'aquifer',
			'the layer of rock that holds water underground'
		],
		['The walls are sound, but the lintel, a beam that spans the top of a doorway, has split.', 'lintel', 'a beam that spans the top of a doorway'],
		[
			'Most of the field is grass, and sphagnum, a moss that holds many times its weight in water, grows in the hollows.',
			'sphagnum',
			'a moss that holds many times its weight in water'
		],
		[
			'The hull was painted, and the keelson, the timber that runs along the floor above the keel, was replaced.',
			'keelson',
			'the timber that runs along the floor above the keel'
		],
		['Sales rose, or the tariff, a tax that falls on imported goods, would have hurt them.', 'tariff', 'a tax that falls on imported goods']
	])('%s', (text, term, gloss) => {
		expect(pairs(text)).toContainEqual([term, gloss]);
	});

	it.each([
		// A list member after "and" with no verb after it, and an everyday word glossed by an event.
		'They brought bread, cheese, and chutney, a relish that keeps for months, and apples.',
		'The crowd cheered, and the captain, a player who joined in May, lifted the cup.'
	])('takes no list member or person for a definition: %s', (text) => {
		expect(pairs(text).map(([t]) => t)).not.toContain('chutney');
		expect(pairs(text).map(([t]) => t)).not.toContain('captain');
	});
});
