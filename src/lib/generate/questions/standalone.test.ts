import { describe, expect, it } from 'vitest';
import { extractFacts } from '../facts';
import { splitSentences } from '../sentences';
import { candidate } from './candidate';
import { leansBack, standAlone } from './standalone';

const text = 'Ministers launched a deposit scheme for bottles on Monday. It will employ about 1,400 people in 12 counting centres.';
const [first, second] = splitSentences(text);
const fact = extractFacts([first, second], null).find((f) => f.sentence === second.index);
if (!fact) throw new Error('no fact');
const source = { quote: second.text, start: second.start, end: second.end };

describe('standAlone', () => {
	it('shows the sentence before a blank whose sentence leans on it', () => {
		const blank = candidate(
			{ id: 'c', type: 'cloze', prompt: 'It will employ about ____ people in 12 counting centres.', answer: '1,400', tags: [], source },
			fact,
			second,
			'blank'
		);
		expect(standAlone(blank, [first], text)?.question.prompt).toBe(`${first.text} It will employ about ____ people in 12 counting centres.`);
	});

	it('drops a true/false statement rather than copy two sentences into it', () => {
		const statement = candidate({ id: 't', type: 'true_false', prompt: second.text, answer: true, tags: [], source }, fact, second, 'statement', 'true');
		expect(standAlone(statement, [first], text)).toBeNull();
	});

	it('shows the sentence before one that carries on from it ("But …", "Of those, …")', () => {
		expect(leansBack('But the scheme will employ about 1,400 people.')).toBe(true);
		expect(leansBack('Of those, 31,000 are staying in evacuation centres.')).toBe(true);
		expect(leansBack('The scheme will employ about 1,400 people.')).toBe(false);
	});
});
