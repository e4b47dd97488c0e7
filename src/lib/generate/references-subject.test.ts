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
});
