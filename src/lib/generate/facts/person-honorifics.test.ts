import { describe, expect, it } from 'vitest';
import { extractFacts } from '.';
import { splitSentences } from '../sentences';
import { tokenize } from '../tokens';
import { extractNamedThings } from './named-things';

/** The person and named-thing facts of a short text: "kind name (role)". */
function people(text: string): string[] {
	return extractFacts(splitSentences(text), { year: 2024, month: 5, day: 1 })
		.filter((f) => f.kind === 'person' || f.kind === 'named-thing')
		.map((f) => `${f.kind} ${f.text}${'role' in f && f.role ? ` (${f.role})` : ''}`);
}

describe('an honorific and a surname name a person', () => {
	it.each([
		['The lighthouse keeper, a gruff man called Mr. Garrow, kept the lamp lit for forty years.', 'person Mr. Garrow (a gruff man)'],
		['Our landlady, a widow named Mrs Tulliver, charged us two shillings a night.', 'person Mrs Tulliver (a widow)'],
		['“The sample was contaminated,” said Dr Adeyemi, who ran the laboratory.', 'person Dr Adeyemi'],
		['Ms. Quillfeather resigned from the board on Tuesday after a long dispute.', 'person Ms. Quillfeather'],
		['The headmaster, Mr Ashdown, caned nobody, the pupils later recalled.', 'person Mr Ashdown (the headmaster)'],
		['When the ward emptied, Prof Lindqvist walked home through the snow.', 'person Prof Lindqvist']
	])('%s', (text, fact) => {
		expect(people(text)).toContain(fact);
	});

	it.each([
		// The honorific is never a thing's name of its own.
		['A senior clerk called Mr. Veitch signed the ledger.', 'named-thing Mr'],
		// "Dr Hyun-woo Park": a hyphen cuts the run, which is no whole surname.
		['The study was led by Dr Min-jun Seo of the medical school, and it took three years.', 'person Dr Min'],
		// "MS", in capitals, is a ship's prefix.
		['The ferry MS Nordlys sailed at dawn with two hundred passengers.', 'person MS Nordlys']
	])('%s has no %s', (text, fact) => {
		expect(people(text)).not.toContain(fact);
	});

	it.each([
		['"Every town that tried it has less litter," said state Sen. Marisol T. Brackett of Eastfield.', 'Marisol T. Brackett'],
		['The bill was signed by Gov. Halvard P. Quince on June 12 after a long fight.', 'Halvard P. Quince'],
		['The motion was tabled by Cllr Joanna Fittleworth, who chairs the committee.', 'Joanna Fittleworth']
	])('an abbreviated title before a full name: %s', (text, name) => {
		expect(people(text).some((f) => f.startsWith('person') && f.includes(name))).toBe(true);
		expect(people(text).some((f) => f.startsWith('named-thing'))).toBe(false);
	});

	it('a surname the article gives in full is that person, with or without the honorific', () => {
		const facts = people('Dr. Ingrid Solheim founded the clinic in 1990. Later Dr. Solheim said the clinic would close.');
		expect(facts).not.toContain('person Dr. Solheim');
		expect(facts.filter((f) => f.startsWith('person Ingrid Solheim') || f === 'person Solheim')).toHaveLength(2);
	});
});

describe('an honorific is no named thing', () => {
	it.each([
		['Her ally was a senior clerk called Mr. Veitch, who kept the keys.', []],
		['They hired a locum named Dr Fairweather for the winter.', []],
		['In March they adopted a stray dog called Biscuit.', ['Biscuit']]
	])('%s', (text, names) => {
		const s = splitSentences(text)[0];
		// With nothing taken by the person kind, "named"/"called" still gives no thing "Mr".
		expect(extractNamedThings({ ...s, tokens: tokenize(s.text) }, () => false).map((f) => f.text)).toEqual(names);
	});
});
