import { describe, expect, it } from 'vitest';
import { questionsOf } from './test-helpers';

/** The types of the questions a finding sentence gives. */
const types = (text: string) => questionsOf(text, 'finding').map((q) => q.type);

describe('a finding about a share or a count asks no open card', () => {
	// Each row: a sentence, and whether it gives a card. The true/false pair still asks the finding.
	const table: [string, boolean][] = [
		['Historians estimate that one resident in fifteen died during the famine year.', false],
		['Researchers found that two of the patients had developed a rash within a week.', false],
		['The auditors found that three of the council’s depots had no fire alarm at all.', false],
		['The census showed that one household in four had no car by the end of the decade.', false],
		// Near misses: a year names the topic; a figure in the predicate is the finding's.
		['The report found that the 2019 floods had damaged more than 300 homes.', true],
		['The study found that the lakes released an average of 31 milligrams of methane per square metre per day.', true],
		['The study found that the A38 bypass had cut journey times by a third.', true],
		['The engineers found that the ballast shoulder beside the repair had been disturbed during the work.', true]
	];
	it.each(table)('%s', (text, card) => expect(types(text).includes('flashcard')).toBe(card));
});
