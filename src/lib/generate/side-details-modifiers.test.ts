import { describe, expect, it } from 'vitest';
import { MODIFIER_RULES } from './side-details-modifiers';
import { acceptedBy } from './side-details-judged';

/** The answers one modifier rule, named, accepts in the article. */
function accepted(name: string, title: string, body: string): Set<string> {
	const rule = MODIFIER_RULES.find((r) => r.name === name);
	if (!rule) throw new Error(`no rule ${name}`);
	return acceptedBy(rule, title, body);
}

describe('side details in a modifier of the sentence', () => {
	const title = 'Storm floods the Kelvar coast';
	const body = [
		'A storm flooded the Kelvar coast on Friday and forced 9,000 people from their homes in Tarnby.',
		'Boats from Ostrava and Welling joined the search.',
		'The water destroyed 310 houses, 17 barns and the old mill.',
		'Within 48 hours, 60 boats and 12 helicopters were out.',
		'More than 500 volunteers helped, including crews from the Marden Lifeboat Trust.',
		'The sea wall was inspected by Hollis Marine, a contractor in Brenmouth, in the spring.',
		'The Leeds trio Fenwick played a benefit concert on Sunday.',
		'The surge reached four metres, according to the Coastal Survey Office.',
		'Tarnby and Ostrava will rebuild the sea wall with money from the regional fund.'
	].join(' ');
	const is = (rule: string, answer: string) => accepted(rule, title, body).has(answer);

	it('ranks one item of a list of names low, unless the article names it again', () => {
		expect(is('one item of a list of names', 'Welling')).toBe(true);
		expect(is('one item of a list of names', 'Ostrava')).toBe(false);
	});

	it('drops a later count of a list of counts, and keeps the first', () => {
		expect(is('a later count in a list of counts', '17')).toBe(true);
		expect(is('a later count in a list of counts', '310')).toBe(false);
		expect(is('a later count in a list of counts', '9,000')).toBe(false);
		// A span of time before a comma is when, not a first item.
		expect(is('a later count in a list of counts', '60')).toBe(false);
	});

	it('drops an example after “including”', () => {
		expect(is('an example after “including” or “such as”', 'Marden Lifeboat Trust')).toBe(true);
		expect(is('an example after “including” or “such as”', '500')).toBe(false);
	});

	it('drops the home of a firm or group, in its description or worn as its label', () => {
		expect(is('where a named firm or group is, in its description', 'Brenmouth')).toBe(true);
		expect(is('where a named firm or group is, in its description', 'Leeds')).toBe(true);
		expect(is('where a named firm or group is, in its description', 'Tarnby')).toBe(false);
	});

	it('drops the body a figure is credited to', () => {
		expect(is('the body a figure is credited to', 'Coastal Survey Office')).toBe(true);
	});
});

describe('a source credited by a short name the article repeats', () => {
	const title = 'Quake shakes the Varn islands';
	const body = [
		'A strong earthquake shook the Varn islands on Monday.',
		'It struck at a depth of 20 kilometres, according to the Varn Institute of Seismology, known as Varnseis.',
		'Varnseis said more aftershocks were likely.',
		'Varnseis has placed new sensors on the main island.'
	].join(' ');

	it('is not a passing source', () => {
		expect(accepted('the body a figure is credited to', title, body).has('Varn Institute of Seismology')).toBe(false);
	});
});
