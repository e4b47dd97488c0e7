import { describe, expect, it } from 'vitest';
import { matchText } from './text-match';

describe('matchText', () => {
	it('is exact when the answer equals any candidate after normalising', () => {
		expect(matchText('kherson', ['Odesa', 'Kherson'])).toEqual({ correct: true, exact: true });
	});

	it('forgives typos against each candidate by that candidate’s own length', () => {
		// "Kiev" (4 letters) allows no typo, "Kyiv city" (8) allows one.
		expect(matchText('Kiew', ['Kyiv city', 'Kiev'])).toEqual({ correct: false, exact: false });
		expect(matchText('Kyiv cyty', ['Kyiv city', 'Kiev'])).toEqual({ correct: true, exact: false });
	});

	it('keeps digits exact even inside a long answer', () => {
		expect(matchText('Shahed-163 drones', ['Shahed-136 drones'])).toEqual({ correct: false, exact: false });
		expect(matchText('Shahed-136 drnoes', ['Shahed-136 drones'])).toEqual({ correct: true, exact: false });
	});

	it('compares an answer made only of punctuation as typed', () => {
		expect(matchText('?', ['?'])).toEqual({ correct: true, exact: true });
		expect(matchText('!', ['?'])).toEqual({ correct: false, exact: false });
	});

	it('is wrong with no candidates or an empty response', () => {
		expect(matchText('Kyiv', [])).toEqual({ correct: false, exact: false });
		expect(matchText('', [''])).toEqual({ correct: false, exact: false });
	});
});
