import { describe, expect, it } from 'vitest';
import { extractFacts } from '.';
import { splitSentences } from '../sentences';
import { tokenize } from '../tokens';
import { openingSurname } from './opening-surname';

const known = (word: string) => (word === 'Okafor' ? 'Ngozi Okafor' : word === 'Marsh' ? 'Owen Marsh' : undefined);

describe('openingSurname: a sentence that opens on a known surname alone', () => {
	it.each([
		['Okafor, 29, sprinted to the corner flag.', 'Okafor'],
		['Okafor was left to rue the red card.', 'Okafor'],
		['Marsh, already booked, was sent off.', 'Marsh']
	])('%s', (sentence, name) => {
		expect(openingSurname(tokenize(sentence), known)?.text).toBe(name);
	});

	it.each([
		// A noun after it: the word opens a noun phrase, not a name.
		'Marsh grass covers the flats.',
		// No person of the article has it as a surname.
		'Hartley was quiet after the game.',
		// Not the sentence's first word.
		'Then Okafor scored.'
	])('not in: %s', (sentence) => {
		expect(openingSurname(tokenize(sentence), known)).toBeNull();
	});
});

describe('a quote after a sentence that opens on a surname', () => {
	it('goes to that person, not to someone named before', () => {
		const text = `Coach Ngozi Okafor watched her side come back from two goals down.

Midfielder Grace Dunn scored from the spot after the break, her first goal of the season.

Okafor, who took over in June, said the result showed how far the side had come. "We were poor before the break and I told them so," she said.`;
		const quote = extractFacts(splitSentences(text), null).find((f) => f.kind === 'quote');
		expect(quote?.answer).toBe('Ngozi Okafor');
	});
});
