import { describe, expect, it } from 'vitest';
import { extractFacts } from '../facts';
import type { PlaceFact } from '../facts/types';
import { splitSentences } from '../sentences';
import { entityQuestions } from './entity';

/** Whether the place `name` in `text` is asked as a blank (cloze or mcq). */
function blanked(text: string, name: string): boolean {
	const sentences = splitSentences(text);
	const facts = extractFacts(sentences, { year: 2023, month: 11, day: 15 });
	const fact = facts.find((f): f is PlaceFact => f.kind === 'place' && f.text === name);
	if (!fact) throw new Error(`no ${name} in: ${text}`);
	return entityQuestions(fact, sentences[fact.sentence], facts).some((c) => c.form === 'blank');
}

describe('no blank on a place that is part of a longer name, after a compass word, or half of an address', () => {
	it.each([
		['Residents of the Kalvik district complain of noise from cranes at night.', 'Kalvik', false],
		['Bazalgette insisted on Portland cement, then a relatively new material.', 'Portland', false],
		['The shadow path crosses southern Africa.', 'Africa', false],
		['The exhibition will travel to a gallery in Kraków, Poland, in early 2025.', 'Poland', false],
		['The study was paid for by Corvane, the Cambridge, Massachusetts, company developing the drug.', 'Cambridge', false],
		// Near misses: the place ends its phrase, or a clause follows its comma.
		['The company will hold its annual meeting in Larvik on April 24.', 'Larvik', true],
		['The race concludes with a time trial in Vallmora.', 'Vallmora', true],
		['Most of the dead lived in Mill Row, where the water rose to the upper floors.', 'Mill Row', true],
		['The museum opened a second site in Lisbon last year.', 'Lisbon', true],
		['Meanwhile, the council in Brennmouth voted to close the harbour road.', 'Brennmouth', true],
		['The show is at the Whitcombe Gallery, Bristol, until 6 October.', 'Whitcombe Gallery', true],
		['Fares rose in Oslo, the capital, last year.', 'Oslo', true]
	])('%s', (text, name, expected) => {
		expect(blanked(text, name)).toBe(expected);
	});
});
