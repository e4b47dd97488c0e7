import { describe, expect, it } from 'vitest';
import { questionsOf } from './test-helpers';

/** The front of the card the finding, argument, caveat or duty kinds make of a text, or null. */
function front(text: string): string | null {
	const kinds = ['finding', 'argument', 'advice', 'requirement'] as const;
	const q = kinds.flatMap((k) => questionsOf(text, k)).find((x) => x.type === 'flashcard');
	return q?.prompt ?? null;
}

describe('a card asks about a topic only when the article has named it', () => {
	// Each row: a text, and the card's front (null: no card, the topic is met first in its own sentence).
	const table: [string, string | null][] = [
		['The authors studied 14 sites. All 14 sites lie within a single range of hills, so the pattern may differ on lowland bogs or in drier regions.', null],
		['The trial had limits. Most of the volunteers were older, so the results may not hold for people who eat at irregular hours.', null],
		['The hospital offers the procedure to a few patients a year. Candidates must have a tremor that has not responded to at least two medicines.', null],
		['Prices are watched closely. The analysts found that the trend had reversed sharply by the end of the year and prices had fallen.', null],
		['The region has warmed fast. Satellite surveys showed that the lakes had grown by about half since 1990.', null],
		['Housing is scarce. Critics argued that the proposal would raise rents for thousands of families in the city.', null],
		// Near misses: an opening sentence has nothing to point back at.
		['Critics argued that the proposal would raise rents for thousands of families in the city.', 'What did critics argue about the proposal?'],
		// Near misses: the topic named in an earlier sentence, carrying its own modifier, or a plural meaning anyone.
		[
			'The buckle formed quickly. The inspectors concluded that the buckle probably developed in the early afternoon, as rail temperatures peaked.',
			'What did the inspectors conclude about the buckle?'
		],
		['The study also showed that people stuck with the short walks for twelve weeks.', 'What did the study show about people?'],
		[
			'The trial found a strong effect. Its results were striking. Most of the volunteers were older, so the results may not hold for people who eat at irregular hours.',
			'What caveat does the article give about the results?'
		],
		['Candidates for the scholarship are chosen in May. Candidates must have lived in the county for three years.', 'What must candidates do?'],
		[
			'The share price rose for a decade, a trend few expected. The analysts found that the trend had reversed sharply by the end of the year and prices had fallen.',
			'What did the analysts find about the trend?'
		],
		[
			'The team measured methane at 40 lakes. Satellite surveys showed that the lakes had grown by about half since 1990.',
			'What did satellite surveys show about the lakes?'
		],
		[
			'The engineers found that the ballast shoulder beside the repair had been disturbed during the work.',
			'What did the engineers find about the ballast shoulder beside the repair?'
		],
		[
			'The council published its proposal in May. Critics argued that the proposal would raise rents for thousands of families in the city.',
			'What did critics argue about the proposal?'
		]
	];
	it.each(table)('%s', (text, expected) => expect(front(text)).toBe(expected));
});
