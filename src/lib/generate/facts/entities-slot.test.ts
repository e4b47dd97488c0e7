import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences';
import { extractFacts } from '.';

/** The names a text gives as places, and as people. */
function kinds(text: string) {
	const facts = extractFacts(splitSentences(text), { year: 2024, month: 5, day: 1 });
	return {
		places: facts.filter((f) => f.kind === 'place').map((f) => f.answer),
		people: facts.filter((f) => f.kind === 'person').map((f) => f.answer)
	};
}

describe('a publication, an agency or a buyer after "in", "to" or "for" is no place', () => {
	// Each row: a text, the places it must give, and (when given) the people.
	const table: [string, string[], string[]?][] = [
		['The study, published in Nature Climate Change, found that reefs recovered within 12 years.', []],
		['Writing in The Lancet, Dr. Helen Park said the vaccine cut deaths by half.', [], ['Helen Park']],
		['Speaking to Reuters, Olav Brekke said the switch had cut costs at the port.', []],
		['Kelo Amadi, who writes for the Lagos Review, won the prize in Abuja last year.', ['Abuja']],
		['The company was founded by Ingrid Solbakken and sold to Fjordline in 2019.', []],
		// Near misses: a site after the same prepositions stays a place, and so does a name the tagger knows.
		['The first edition was published in London in 1921 by a small press.', ['London']],
		['Olav Brekke spoke to reporters in Tallinn on Monday about the port.', ['Tallinn']],
		['Kelo Amadi moved to Lagos in 2010 and opened a bookshop near the harbour.', ['Lagos']],
		['The council met in Harwick on Friday to discuss the bridge.', ['Harwick']]
	];
	it.each(table)('%s', (text, places, people) => {
		const got = kinds(text);
		expect(got.places).toEqual(places);
		if (people) expect(got.people).toEqual(people);
	});
});
