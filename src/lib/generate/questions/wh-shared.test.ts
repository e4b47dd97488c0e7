import { describe, expect, it } from 'vitest';
import { extractFacts, type FactRecord } from '../facts';
import { questionsOf } from '../kinds/test-helpers';
import { splitSentences } from '../sentences';
import { whoQuestion } from './who';

/** The "Who …?" asked of the person `name` in a one-sentence text, or null. */
function who(text: string, name: string): string | null {
	const sentences = splitSentences(text);
	const facts = extractFacts(sentences, { year: 2024, month: 5, day: 1 });
	const fact = facts.find((f: FactRecord) => f.kind === 'person' && f.text === name);
	if (!fact) throw new Error(`no person ${name} in: ${text}`);
	return whoQuestion(sentences[fact.sentence], fact);
}

describe('no "Who …?" keyed to one of two subjects joined by "and"', () => {
	// Each row: a text, the name asked about, and whether a "Who …?" is asked.
	const table: [string, string, boolean][] = [
		// The name is the second subject, after a pronoun or a noun phrase (in apposition or not).
		['In 1969 she and a fellow engineer, Howard Pell, founded a consulting firm in Seattle.', 'Howard Pell', false],
		['Last spring he and his brother, Tomas Berg, opened a bakery on the harbour front. Berg said it was busy.', 'Tomas Berg', false],
		['The mayor and her deputy, Ruth Amadi, signed the agreement on Friday morning.', 'Ruth Amadi', false],
		['Okafor or her assistant, Daniel Osei, will present the findings to the board. Osei said so.', 'Daniel Osei', false],
		['The coach and striker Liam Dorsey were both sent to the stands after the whistle.', 'Liam Dorsey', false],
		// Near misses: "and" joins two clauses, each with its own verb; the name opens the second.
		['The pumps failed at midnight and Howard Pell, the duty engineer, called the fire brigade.', 'Howard Pell', true],
		['Rain fell for three days, and Tomas Berg closed the harbour road to lorries. Berg said so.', 'Tomas Berg', true],
		['The vote was delayed twice, but Ruth Amadi, the council leader, pushed the budget through in May.', 'Ruth Amadi', true]
	];
	it.each(table)('%s', (text, name, asked) => {
		const q = who(text, name);
		if (asked) expect(q).toMatch(/^Who /);
		else expect(q).toBeNull();
	});
});

describe('a name after "and" opening a clause of its own keeps its "Who …?"', () => {
	it('asks who drove the ball when "and" follows a clause about another player', () => {
		const text =
			'The cross was only half-cleared by Castleton captain Owen Marsh, and Jonah Pritchard, on the pitch for 12 minutes, drove the ball past the goalkeeper. Pritchard said he had hoped to score.';
		expect(questionsOf(text, 'person').map((q) => q.prompt)).toContain('Who drove the ball past the goalkeeper?');
	});
});
