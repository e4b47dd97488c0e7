import { describe, expect, it } from 'vitest';
import { extractFacts, type FactRecord } from '../facts';
import { splitSentences } from '../sentences';
import { whoQuestion } from './who';

/** The "Who …?" question on `name` in the one-sentence `text`. */
function whoOf(text: string, name: string): string | null {
	const sentences = splitSentences(text);
	const facts = extractFacts(sentences, null);
	const fact = facts.find((f): f is FactRecord => f.kind === 'person' && f.text === name);
	if (!fact) throw new Error(`no person "${name}" in: ${text}`);
	return whoQuestion(sentences[fact.sentence], fact);
}

describe('a name in a clause opened by a subordinating word', () => {
	it.each([
		// The clause ends at its comma, though the next clause opens on a name.
		[
			'While Harbour Board Chairman Tomas Reyes promised that the quay would reopen in spring, Ines Moreau, the port engineer, said it needed a new wall.',
			'Tomas Reyes',
			'Who promised that the quay would reopen in spring?'
		],
		[
			'Because Club President Dana Whitfield denied any talks with rival bidders, Marcus Bell, the fans’ spokesman, demanded a meeting.',
			'Dana Whitfield',
			'Who denied any talks with rival bidders?'
		],
		[
			'After Health Minister Lena Okafor opened the new cancer wing at Riverside Hospital, Tom Garvey, the chief nurse, led a tour of the wards.',
			'Lena Okafor',
			'Who opened the new cancer wing at Riverside Hospital?'
		],
		['When Chief Engineer Ruth Abara checked the dam at dawn, Colin Marsh, her deputy, was still asleep.', 'Ruth Abara', 'Who checked the dam at dawn?'],
		// A comma that may go on to a list of names: no question rather than half a list.
		['While the envoy Paul Grant toured Lviv, Odesa and Kharkiv, the talks stalled.', 'Paul Grant', null],
		// A name opening the main clause keeps its whole predicate.
		['Mayor Chloe Adams opened the bridge on Monday, ending two years of detours.', 'Chloe Adams', 'Who opened the bridge on Monday?']
	])('%s', (text, name, expected) => {
		expect(whoOf(text, name)).toBe(expected);
	});
});

describe('a count whose noun was said before the name', () => {
	it.each([
		['Having written 300 pages of build-up, novelist Rosa Quill resolves the plot in under a hundred.', 'Rosa Quill'],
		['After 40 years of letters to the editor, Councillor Dev Anand had written more than 40.', 'Dev Anand'],
		['Of the 60 laps, driver Ana Lind led almost fifty.', 'Ana Lind']
	])('asks no "Who …?": %s', (text, name) => {
		expect(whoOf(text, name)).toBeNull();
	});

	it.each([
		['Novelist Ana Lind has written almost fifty books.', 'Ana Lind', 'Who has written almost fifty books?'],
		['Councillor Dev Anand has written more than 40 letters to the editor.', 'Dev Anand', 'Who has written more than 40 letters to the editor?']
	])('asks it when the count keeps its noun: %s', (text, name, expected) => {
		expect(whoOf(text, name)).toBe(expected);
	});
});

describe('a name after the "that" of a relative clause', () => {
	it.each([
		['She hit a low cross that the Rovers defender Tomas Reyes could only turn past his own keeper.', 'Tomas Reyes'],
		['The council published a report that Mayor Dana Whitfield had kept from the public for a year.', 'Dana Whitfield'],
		['It was the first bridge that Chief Engineer Ruth Abara designed on her own.', 'Ruth Abara'],
		['The firm lost the contract that Finance Director Colin Marsh had signed in 2019.', 'Colin Marsh']
	])('asks no "Who …?" missing its object: %s', (text, name) => {
		expect(whoOf(text, name)).toBeNull();
	});

	it.each([
		['The inquiry found that Chief Engineer Ruth Abara had checked the dam at dawn.', 'Ruth Abara', 'Who had checked the dam at dawn?'],
		['Officials said that Mayor Chloe Adams opened the bridge on Monday.', 'Chloe Adams', 'Who opened the bridge on Monday?']
	])('asks it after a reported "that": %s', (text, name, expected) => {
		expect(whoOf(text, name)).toBe(expected);
	});
});
