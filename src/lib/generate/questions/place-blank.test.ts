import { describe, expect, it } from 'vitest';
import { extractFacts } from '../facts';
import type { PlaceFact } from '../facts/types';
import { splitSentences } from '../sentences';
import { entityQuestions } from './entity';

/** The answer of the cloze on the place `name` in `text`, or null when none is asked. */
function blankAnswer(text: string, name: string): string | null {
	const sentences = splitSentences(text);
	const facts = extractFacts(sentences, { year: 2023, month: 11, day: 15 });
	const fact = facts.find((f): f is PlaceFact => f.kind === 'place' && f.text === name);
	if (!fact) throw new Error(`no ${name} in: ${text}`);
	const cloze = entityQuestions(fact, sentences[fact.sentence], facts).find((c) => c.question.type === 'cloze');
	return cloze && cloze.question.type === 'cloze' ? cloze.question.answer : null;
}

describe('a place blank that would cut a longer name covers the whole phrase; the larger place of an address is not asked', () => {
	it.each([
		['Residents of the Kalvik district complain of noise from cranes at night.', 'Kalvik', 'Kalvik district'],
		['Bazalgette insisted on Portland cement, then a relatively new material.', 'Portland', 'Portland cement'],
		['The ministry sent teams to Malindi and to the Tana River area.', 'Tana River', 'Tana River area'],
		['The shadow path crosses southern Africa.', 'Africa', 'southern Africa'],
		['The exhibition will travel to a gallery in Kraków, Poland, in early 2025.', 'Poland', null],
		// Near misses: the place ends its phrase, or a clause or a smaller place's larger one follows its comma.
		['The exhibition will travel to a gallery in Kraków, Poland, in early 2025.', 'Kraków', 'Kraków'],
		['The company will hold its annual meeting in Larvik on April 24.', 'Larvik', 'Larvik'],
		['The race concludes with a time trial in Vallmora.', 'Vallmora', 'Vallmora'],
		['Most of the dead lived in Mill Row, where the water rose to the upper floors.', 'Mill Row', 'Mill Row'],
		['The museum opened a second site in Lisbon last year.', 'Lisbon', 'Lisbon'],
		['The show is at the Whitcombe Gallery, Bristol, until 6 October.', 'Whitcombe Gallery', 'Whitcombe Gallery'],
		['Fares rose in Oslo, the capital, last year.', 'Oslo', 'Oslo'],
		['Pipes will run to the Vesterhavn and Old Mill districts.', 'Old Mill', 'Old Mill']
	])('%s (%s)', (text, name, expected) => {
		expect(blankAnswer(text, name)).toBe(expected);
	});
});
