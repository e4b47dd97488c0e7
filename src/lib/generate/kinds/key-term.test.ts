import { describe, expect, it } from 'vitest';
import { otherChoices } from './key-term';
import { factsOf } from './test-helpers';

describe('key terms', () => {
	it('takes a rare word the article repeats three times, on its first sentence', () => {
		const text = 'Farmers fear the blight this year. The blight turns potatoes black in the field. Nobody knows where the blight came from.';
		const terms = factsOf(text, 'key-term');
		expect(terms.map((f) => [f.answer, f.sentence, f.mentions])).toEqual([['blight', 0, 3]]);
	});

	it('takes no common word however often it comes', () => {
		const text = 'The water was cold. The water was deep. The water was clear.';
		expect(factsOf(text, 'key-term')).toEqual([]);
	});

	it('offers no plural of the answer, no name among terms and nothing in the prompt', () => {
		expect(otherChoices('wicket', ['wickets', 'Northfield', 'spinner', 'over', 'bowler'], 'They lost a ____ in the last over.')).toEqual(['spinner', 'bowler']);
	});
});
