import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens';
import { capitalisedRuns, withText } from './names';
import { personCue } from './people';

/** The role `personCue` finds for `name` in `sentence`. */
function roleOf(sentence: string, name: string): string | undefined {
	const tokens = tokenize(sentence);
	const run = withText(capitalisedRuns(tokens, false), sentence).find((r) => r.text === name);
	if (!run) throw new Error(`no run "${name}" in: ${sentence}`);
	return personCue(tokens, run, sentence)?.role;
}

describe('a title after the word that opens the sentence', () => {
	it.each([
		// The opening word is capitalised only because it opens the sentence: it is no part of a name the title would cut.
		['While Harbour Board Chairman Tomas Reyes waited on the quay, the ferry left.', 'Tomas Reyes', 'Harbour Board Chairman'],
		['After Kenyan President Amani Odhiambo spoke, the talks resumed.', 'Amani Odhiambo', 'Kenyan President'],
		['Although Green Party leader Maren Holt backed it, the motion failed.', 'Maren Holt', 'Green Party leader'],
		['Because Lagos Governor Tunde Bakare vetoed the bill, it never became law.', 'Tunde Bakare', 'Lagos Governor'],
		// Nor does it join the title.
		['Meanwhile Finance Minister Ruth Adeyemi resigned over the budget.', 'Ruth Adeyemi', 'Finance Minister'],
		['When Riverside coach Pat Doyle arrived, the players were already on the pitch.', 'Pat Doyle', 'Riverside coach'],
		// Unchanged: a title that opens the sentence, and one after "The".
		['Moscow Mayor Oleg Varin said the roads were clear.', 'Oleg Varin', 'Moscow Mayor'],
		['The Malian singer Awa Keita closed the festival.', 'Awa Keita', 'Malian singer']
	])('%s', (sentence, name, role) => {
		expect(roleOf(sentence, name)).toBe(role);
	});
});
