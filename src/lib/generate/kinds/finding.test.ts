import { describe, expect, it } from 'vitest';
import { factsOf, questionsOf } from './test-helpers';

const text = 'The researchers found that children who slept longer scored higher on memory tests.';

describe('findings and claims', () => {
	it('reads who found what, and the subject of the finding', () => {
		const [f] = factsOf(text, 'finding');
		expect([f?.finder, f?.topic, f?.answer]).toEqual([
			'the researchers',
			'children who slept longer',
			'children who slept longer scored higher on memory tests'
		]);
	});

	it('asks about the finding, with the whole finding on the back', () => {
		const card = questionsOf(text, 'finding').find((q) => q.type === 'flashcard');
		expect(card?.type === 'flashcard' && [card.prompt, card.back]).toEqual([
			'What did the researchers find about children who slept longer?',
			'Children who slept longer scored higher on memory tests'
		]);
	});

	it('makes the false statement reverse the main claim, never a side detail', () => {
		const f = questionsOf(text, 'finding').find((q) => q.type === 'true_false' && !q.answer);
		expect(f?.prompt).toBe('The researchers found that children who slept longer scored lower on memory tests.');
	});

	it('leaves a finding about "it" or "they" alone', () => {
		expect(factsOf('The study showed that they slept less.', 'finding')).toEqual([]);
	});

	it('reads a finding after "But", and leaves the conjunction out of who found it', () => {
		const card = questionsOf('But the same report shows that the firms which kept their output steady had first cut their meetings by half.', 'finding').find(
			(q) => q.type === 'flashcard'
		);
		expect(card?.prompt).toBe('What does the same report show about the firms which kept their output steady?');
	});
});

describe('the topic a finding is asked about', () => {
	// Each row: a sentence and the topic ("What did … find about X?"), or null for none.
	const rows: [string, string | null][] = [
		["Scientists found that the world's glacial lakes have grown by half since 1990.", "the world's glacial lakes"],
		["Geologists found that the valley's steep slopes have moved by two metres since 1990.", "the valley's steep slopes"],
		// A plural the tagger reads as a verb with no verb after it: no topic rather than "most small".
		['The survey found that most small shops close on Sundays in winter.', null],
		// Near misses: plurals read as nouns, and an auxiliary right after an adjective.
		["The survey found that the country's small shops have lost a third of their trade since 2019.", "the country's small shops"],
		["Auditors found that the group's online sales had fallen for the third year running.", "the group's online sales"],
		["Inspectors found that the line's old tracks had not been checked for a decade.", "the line's old tracks"],
		["The review found that the museum's early prints were stored in damp rooms for a decade.", "the museum's early prints"],
		['The inquiry found that nothing new has been learned since 2010.', 'nothing new']
	];
	for (const [sentence, topic] of rows)
		it(`reads ${topic ?? 'no topic'} in "${sentence}"`, () => expect(factsOf(sentence, 'finding')[0]?.topic ?? null).toBe(topic));
});

describe('the topic keeps the case it has in the article', () => {
	// Each row: a sentence and its card's front. A month, a day or a name keeps its capital; a
	// common noun phrase is already lower case.
	const rows: [string, string][] = [
		[
			'Figures from the county weather station show that June and July brought only 41 millimetres of rain.',
			'What do figures from the county weather station show about June and July?'
		],
		['The survey found that Monday mornings were the busiest time at the clinic by far.', 'What did the survey find about Monday mornings?'],
		['Analysts found that December sales were the weakest in a decade for the chain.', 'What did analysts find about December sales?'],
		['The audit showed that Norvik Energy had overcharged customers for three years running.', 'What did the audit show about Norvik Energy?'],
		['Researchers found that the lakes had grown by half since 1990 across the region.', 'What did researchers find about the lakes?'],
		['The study found that older drivers braked later than younger ones on wet roads.', 'What did the study find about older drivers?']
	];
	it.each(rows)('%s', (sentence, front) => {
		expect(questionsOf(sentence, 'finding').find((q) => q.type === 'flashcard')?.prompt).toBe(front);
	});
});
