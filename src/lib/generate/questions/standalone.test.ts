import { describe, expect, it } from 'vitest';
import { extractFacts } from '../facts';
import { splitSentences } from '../sentences';
import { candidate } from './candidate';
import { leansBack, standAlone } from './standalone';
import { checkQuestion } from '../checks';

const text = 'Ministers launched a deposit scheme for bottles in May. It will employ about 1,400 people in 12 counting centres.';
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

describe('standAlone resolving in place', () => {
	const article = 'In May, Brightwell Labs raised 12 million pounds from two funds. In 2021, its value was put at 40 million pounds.';
	const [one, two] = splitSentences(article);
	const own = extractFacts([one, two], null).find((f) => f.sentence === two.index);
	if (!own) throw new Error('no fact');
	const quote = { quote: two.text, start: two.start, end: two.end };

	it('names the subject in place of an opening "its" rather than copy the sentence before', () => {
		const blank = candidate(
			{ id: 'c', type: 'cloze', prompt: 'In 2021, its value was put at ____ million pounds.', answer: '40', tags: [], source: quote },
			own,
			two,
			'blank'
		);
		expect(standAlone(blank, [one], article)?.question.prompt).toBe('In 2021, Brightwell Labs’ value was put at ____ million pounds.');
	});

	it('keeps a resolved true statement, quoting from the sentence the name came from', () => {
		const statement = candidate({ id: 't', type: 'true_false', prompt: two.text, answer: true, tags: [], source: quote }, own, two, 'statement', 'true');
		const made = standAlone(statement, [one], article)?.question;
		expect(made?.prompt).toBe('In 2021, Brightwell Labs’ value was put at 40 million pounds.');
		expect(made?.source?.start).toBe(one.start);
		expect(made && checkQuestion(made)).toEqual([]);
	});
});

describe('a true statement resolved from the subject before', () => {
	it('passes the checks when the name it puts in brings "the" with it', () => {
		const article = 'The drone weighs 40 kilograms. On Friday’s flight, it carried 12 kilograms.';
		const [one, two] = splitSentences(article);
		const own = extractFacts([one, two], null).find((f) => f.sentence === two.index);
		if (!own) throw new Error('no fact');
		const statement = candidate(
			{ id: 't', type: 'true_false', prompt: two.text, answer: true, tags: [], source: { quote: two.text, start: two.start, end: two.end } },
			own,
			two,
			'statement',
			'true'
		);
		const made = standAlone(statement, [one], article)?.question;
		expect(made?.prompt).toBe('On Friday’s flight, the drone carried 12 kilograms.');
		expect(made && checkQuestion(made)).toEqual([]);
	});
});
