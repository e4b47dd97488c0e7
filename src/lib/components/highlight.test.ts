import { describe, expect, it } from 'vitest';
import { highlight } from './highlight';

describe('highlight', () => {
	it('marks the first case-insensitive match and keeps the rest as text', () => {
		expect(highlight('The Beaver UAV, the beaver.', 'beaver')).toEqual([
			{ text: 'The ', mark: false },
			{ text: 'Beaver', mark: true },
			{ text: ' UAV, the beaver.', mark: false }
		]);
	});

	it('leaves the text whole when the needle is absent or blank', () => {
		expect(highlight('No match here', 'Kyiv')).toEqual([{ text: 'No match here', mark: false }]);
		expect(highlight('Text', '  ')).toEqual([{ text: 'Text', mark: false }]);
	});
});
