import { describe, expect, it } from 'vitest';
import { extractFacts } from '../facts';
import type { QuantityFact } from '../facts/types';
import { splitSentences } from '../sentences';
import { nominalCountQuestion, verbOf } from './nominal-count';

/** The question on the count in the one-sentence `text`. */
function askOf(text: string): string | null {
	const sentences = splitSentences(text);
	const fact = extractFacts(sentences, null).find((f): f is QuantityFact => f.kind === 'quantity' && !!f.counts);
	if (!fact) throw new Error(`no count in: ${text}`);
	return nominalCountQuestion(sentences[fact.sentence], fact);
}

describe('a count in a noun made from a verb that a name owns', () => {
	it.each([
		[
			'The ceasefire collapsed after Valdoria’s deployment of 40 tanks along the northern border.',
			'How many tanks did Valdoria deploy along the northern border?'
		],
		[
			"The strike ended with Northgate Hospital's recruitment of 120 agency nurses over the winter, a spokesman said.",
			'How many agency nurses did Northgate Hospital recruit over the winter?'
		],
		[
			"Prices fell sharply following the Harbour Board's installation of 12 new cranes at the container quay.",
			'How many new cranes did the Harbour Board install at the container quay?'
		],
		// A capitalised word opening the sentence is no part of the owner's name.
		['After Valdoria’s deployment of 40 tanks along the border, the talks collapsed.', 'How many tanks did Valdoria deploy along the border?'],
		["The Harbour Board's installation of 12 cranes was finished in May.", 'How many cranes did the Harbour Board install?'],
		["Readers welcomed Kessing Library's acquisition of 300 rare maps.", null],
		["Farmers cheered Meridia Seeds' delivery of 800 sacks of barley to the co-operative.", null],
		// No past to borrow a tense from: the noun alone does not say whether it happened.
		['Critics fear Valdoria’s deployment of 40 tanks along the border.', null],
		// No name owns the noun: a passive question is not made (see the module's note).
		['The fire forced the evacuation of 214 households from the valley.', null],
		// "production" is no verb's noun the question could turn ("product").
		["The region suffered after Aldmoor Steel's production of 40 rails was halted.", null]
	])('%s', (text, expected) => {
		expect(askOf(text)).toBe(expected);
	});
});

describe('the verb a noun is made from', () => {
	it.each([
		['deployment', 'deploy'],
		['evacuation', 'evacuate'],
		['construction', 'construct'],
		['delivery', 'deliver'],
		['production', null],
		['nation', null]
	])('%s', (noun, verb) => {
		expect(verbOf(noun)).toBe(verb);
	});
});
