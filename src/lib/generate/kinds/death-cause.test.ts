import { describe, expect, it } from 'vitest';
import { cardOf, questionsOf } from './test-helpers';

describe('what an obituary says a person died of', () => {
	// Each row: an article, and the card it gives (null: none).
	const table: [string, [string, string] | null][] = [
		[
			'Marguerite Osei, a botanist who catalogued the mosses of the Pennine moors, died on 4 June at her home in Hebden. She was 88. Her nephew, Kwesi Osei, said the cause was a stroke.',
			['What was the cause of Marguerite Osei’s death?', 'A stroke']
		],
		[
			'Harold Quayle, lighthouse keeper, dies at 94\n\nHarold Quayle kept the light on Skerry Head for thirty years. The cause of death was kidney failure, his granddaughter said.',
			['What was the cause of Harold Quayle’s death?', 'Kidney failure']
		],
		[
			'Ines Barrow, who ran the town library for forty years, has died. She was 79. The cause was cancer, according to her family.',
			['What was the cause of Ines Barrow’s death?', 'Cancer']
		],
		// Near misses: no death told before the cause, and a cause that is a clause of its own.
		['The inspectors said the cause was a cracked weld in the boiler. Nobody was hurt when the boiler failed.', null],
		['Tomas Riel, a baker, died last week. His brother, Paul Riel, said the cause was that he had never once taken a holiday in all his working life.', null]
	];
	it.each(table)('%s', (text, expected) => expect(cardOf(text, 'death-cause')).toEqual(expected));

	it('accepts the illness itself for "complications of" it', () => {
		const text = 'Rosa Lind, a potter, died on Friday. Her son, Anton Lind, said the cause was complications of influenza.';
		const typed = questionsOf(text, 'death-cause').find((q) => q.type === 'short_answer');
		expect(typed?.type === 'short_answer' && [typed.prompt, typed.answer, typed.accept]).toEqual([
			'What was the cause of Rosa Lind’s death?',
			'complications of influenza',
			['influenza']
		]);
	});
});
