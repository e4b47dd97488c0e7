import { describe, expect, it } from 'vitest';
import { judged, onAnswer } from './side-details-judged';
import { OTHER_EVENT_RULES, otherEvent } from './side-details-other-event';

/** A view with only what the rule reads: the headline and the lead. */
const view = (title: string, lead: string) => ({ text: `${title}\n\n${lead}`, mentions: new Map<string, number>(), title, lead });

const tennis = view('Okafor wins her first title', 'Adaeze Okafor won the final of the Coastal Open on Saturday, beating Klara Novotná in three sets.');
const cup = view('Kelby reach the cup final', 'Kelby beat Ross 2-0 in the first semi-final at Mill Park on Tuesday.');
const athletics = view('Tesfaye takes gold', 'Samuel Tesfaye won the men’s 1500 metres in Ostrava on Sunday.');
const ebike = view('Veloro Commute 2 review', 'The Commute 2 is a light electric bike with a range of 90 kilometres.');
const football = view('Sparta lose the final', 'Sparta lost the final 2-1 after extra time, having led at half-time.');

describe('a sentence about another event than the story’s', () => {
	it.each([
		['the other final of a tennis report', tennis, 'In the men’s final on Sunday, Mateo Ferreira will play Jack Tolland.'],
		['the other semi-final of a cup report', cup, 'In the other semi-final, Dunmore beat Ashby 3-1.'],
		['another race of an athletics report', athletics, 'In the women’s 3000 metres, Femke Oosterhuis won her third title.'],
		['the juniors’ final beside the seniors’', football, "In the youth team's final, Sparta's under-19s won 4-0."]
	])('is found in %s', (_, v, sentence) => {
		expect(otherEvent(sentence, v)).toBe(true);
	});

	it.each([
		['the story’s own final', tennis, 'In the final, Okafor broke serve four times.'],
		['a part of the same match', football, 'In the second half, Sparta scored twice in 10 minutes.'],
		['a minute of the same match', football, 'In the 58th minute, Sparta took the lead.'],
		['a test the lead never names', ebike, "In the company's tests, the battery lasted 90 kilometres."],
		['the modifier the lead itself uses', athletics, 'In the men’s 1500 metres, the pace was slow for two laps.'],
		['a sentence that opens otherwise', cup, 'Dunmore beat Ashby 3-1 in the other semi-final.']
	])('is not found in %s', (_, v, sentence) => {
		expect(otherEvent(sentence, v)).toBe(false);
	});

	it('makes each of its questions trivial', () => {
		const all = judged(
			'Okafor wins her first title',
			'Adaeze Okafor won the final of the Coastal Open on Saturday, beating Klara Novotná in three sets. In the men’s final on Sunday, the top seed Mateo Ferreira of Portugal will play the Australian qualifier Jack Tolland, who is ranked 112th in the world.'
		);
		const blanks = onAnswer(all, 'Mateo Ferreira of Portugal');
		expect(blanks.map((j) => j.name)).toContain(OTHER_EVENT_RULES[0].name);
		expect(blanks.every((j) => j.weight === 'trivial')).toBe(true);
	});
});
