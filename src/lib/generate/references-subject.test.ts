import { describe, expect, it } from 'vitest';
import { sentenceSubject } from './references-subject';

describe('sentenceSubject', () => {
	it('takes a lone capitalised word for the subject only when the sentence reads it as a noun', () => {
		const names = [
			['Veridia raised 48 million euros.', 'Veridia'],
			['Harwick said no.', 'Harwick'],
			['Novotná won the final.', 'Novotná'],
			['Pellham jumped 12 per cent.', 'Pellham'],
			['Brightwell, a maker of pumps, raised money.', 'Brightwell'],
			['Apple cut prices.', 'Apple']
		];
		for (const [sentence, subject] of names) expect(sentenceSubject(sentence)?.text, sentence).toBe(subject);
		// An adverb before the subject is no name: "its shell" after "Then she points." is not "Then's shell".
		for (const sentence of ['Then she points.', 'Later the ship sank.', 'Soon the team left.', 'Meanwhile prices rose.', 'Finally it sank.'])
			expect(sentenceSubject(sentence), sentence).toBeNull();
	});

	it('takes the "of" phrase that says what the head measures, up to the verb', () => {
		const phrases = [
			['The number of visitors doubled in 2019.', 'the number of visitors'],
			['The price of a loaf climbed 12 per cent.', 'the price of a loaf'],
			['The proportion of trains cancelled climbed to 9 per cent.', 'the proportion of trains cancelled'],
			['The value of the fund was put at 3 million.', 'the value of the fund'],
			['The cost of the new roof came to £40,000.', 'the cost of the new roof'],
			['The average age of the players is 24.', 'the average age of the players'],
			// A phrase that does not run straight into the verb is left at its head.
			['The cost of the bridge, officials said, rose.', 'the cost'],
			['The rate of new cases in older adults has fallen.', 'the rate']
		];
		for (const [sentence, subject] of phrases) expect(sentenceSubject(sentence)?.text, sentence).toBe(subject);
	});
});
