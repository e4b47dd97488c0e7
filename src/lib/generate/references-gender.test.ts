import { describe, expect, it } from 'vitest';
import { questionsOf } from './kinds/test-helpers';
import { peopleGenders } from './references-gender';
import { applyReplacements, resolveLeadPronoun } from './references-resolve';

/** The sentence with its opening pronoun resolved against the one before, or null when it may not be. */
function lead(previous: string, sentence: string, names: string[]): string | null {
	const people = peopleGenders(names, [previous, sentence]);
	const r = resolveLeadPronoun(sentence, { text: previous, start: 0 }, people);
	return r.ok ? applyReplacements(sentence, r.replacements) : null;
}

describe('an opening "he" or "she" with two people named before it', () => {
	// Each row: the sentence before, the sentence, the people the article names, and the resolved sentence (null: no one can be told).
	const table: [string, string, string[], string | null][] = [
		// Two women: "she" could be either, though Rivas is the subject.
		['Maria Rivas beat Ana Okoro in three sets.', 'She remains No. 4 in the world.', ['Maria Rivas', 'Ana Okoro'], null],
		// Two men in a history: the same.
		['Count Luca Orsini received Tomas Bellini at the palace in 1648.', 'He refused to sign the treaty.', ['Luca Orsini', 'Tomas Bellini'], null],
		// Two people the article shows no gender for: either fits.
		['Analyst Kelo Amadi questioned Tunde Okoye about the merger.', 'She said the price was too high.', ['Kelo Amadi', 'Tunde Okoye'], null],
		// A woman and a man: "she" fits only the subject.
		[
			'Ingrid Solbakken thanked Daniel Brandt for the deal.',
			'She said the fleet would grow.',
			['Ingrid Solbakken', 'Daniel Brandt'],
			'Ingrid Solbakken said the fleet would grow.'
		],
		// A woman and a man: "he" fits only the one who is not the subject, so the subject is no answer.
		['Maria Rivas thanked her coach, Daniel Brandt, after the match.', 'He had joined her team in 2019.', ['Maria Rivas', 'Daniel Brandt'], null],
		// A subject a title shows the pronoun does not fit.
		['Mrs. Helen Marsh led the trial.', 'He was elected in 1990.', ['Helen Marsh'], null],
		// One person named: the subject, as before.
		['Dr. Maren Solvik ran the lab for a decade.', 'She was elected in 1990.', ['Maren Solvik'], 'Dr. Maren Solvik was elected in 1990.'],
		// A place and a firm beside the subject are no people.
		[
			'Tomas Ekwall moved to Bergen to join Halvard Ferries.',
			'His first ship was the Fjordglimt.',
			['Tomas Ekwall'],
			'Tomas Ekwall’s first ship was the Fjordglimt.'
		]
	];
	it.each(table)('%s %s', (previous, sentence, names, expected) => {
		expect(lead(previous, sentence, names)).toBe(expected);
	});
});

describe('a sentence before one that opens with "he" or "she"', () => {
	/** The prompts a text gives for its dates. */
	const prompts = (text: string) => questionsOf(text, 'date').map((q) => q.prompt);
	const next = 'She had turned professional in 2015 after leaving school in Seville.';

	it('gives no name for the pronoun when it names two people the pronoun fits, nor is shown first', () => {
		expect(prompts(`The Spanish player Maria Rivas beat the Nigerian player Ana Okoro in the final on Sunday. ${next}`)).toEqual([]);
	});

	it('gives its subject when that is the one person the pronoun fits', () => {
		expect(prompts(`The Spanish player Maria Rivas beat the Nigerian player Daniel Okoye in the final on Sunday. ${next}`)).toContain(
			'The Spanish player Maria Rivas had turned professional in ____ after leaving school in Seville.'
		);
	});
});

describe('a name that opens on its own honorific', () => {
	it.each([
		['Mr. Veitch', ['She handed the ledger to Mr. Veitch and left before he could speak.'], 'he'],
		['Mrs Threlfall', ['He wrote to Mrs Threlfall about the lease.'], 'she'],
		['Miss Pym', ['The vicar thanked Miss Pym, and he closed the meeting.'], 'she'],
		['Sir Walter Hume', ['She met Sir Walter Hume at the gate.'], 'he'],
		['Dr Okoro', ['Dr Okoro said she would publish the data in May.'], 'she']
	])('%s', (name, sentences, gender) => {
		expect(peopleGenders([name], sentences).get(name)).toBe(gender);
	});
});
