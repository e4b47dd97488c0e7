import { describe, expect, it } from 'vitest';
import { paragraphAround } from './article-context';

const text = 'Title\n\nFirst sentence. Second sentence here. Third.\n\nNext paragraph.';

describe('paragraphAround', () => {
	it('returns the paragraph with the source sentence marked', () => {
		const start = text.indexOf('Second');
		const end = start + 'Second sentence here.'.length;
		expect(paragraphAround(text, start, end)).toEqual([
			{ text: 'First sentence. ', mark: false },
			{ text: 'Second sentence here.', mark: true },
			{ text: ' Third.', mark: false }
		]);
	});

	it('works at the very start and end of the text', () => {
		expect(paragraphAround('Only one.', 0, 9)).toEqual([{ text: 'Only one.', mark: true }]);
	});
});
