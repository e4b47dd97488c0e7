import { describe, expect, it } from 'vitest';
import { definiteContext } from './references-definite';
import { definitePhrases } from './references-definite-phrases';
import { questionSubject, settleQuestionSubject } from './references-question-subject';

const article = [
	'Orchard town votes on a new ferry pier',
	'Councillors in Lanmouth will decide next week whether to replace the crumbling ferry pier at the foot of Mill Lane.',
	'A relief appeal was opened after the storm, and by spring the fund had passed £9,000.',
	'Two substitutes came on late; the substitute who scored had played only twice before.',
	'Engineers blamed a thermal effect in the steel: the effect grows as the deck warms.',
	'The ferry company says the pier carries 300 passengers on a summer day.',
	'Inspectors found the pier’s timber rotten at the waterline, and the pier was closed in May.',
	'The ferry company hopes to reopen the pier by August.'
].join('\n\n');
const none = new Map<string, Set<string>>();
const settle = (prompt: string, names = none) => settleQuestionSubject(prompt, definiteContext(article, names));

describe('settleQuestionSubject', () => {
	it.each([
		['How much had the fund collected?'],
		['What does the effect depend on?'],
		['How many games had the substitute played?'],
		['What did the appeal pay for?'],
		['When will the steel expand?'],
		['What does the deck sit on?']
	])('drops a question whose bare subject only a sentence not shown names: %s', (prompt) => {
		expect(settle(prompt)).toBeNull();
	});

	it('reads a verb the tagger took for a noun: "the fund pass?", "the effect act like?"', () => {
		expect(settle('How much did the fund pass?')).toBeNull();
		expect(settle('What does the effect act like?')).toBeNull();
	});

	it('puts the one name the article gives the noun in its place', () => {
		const names = new Map([['fund', new Set(['the Lanmouth Storm Fund'])]]);
		expect(settle('How much had the fund collected?', names)).toBe('How much had the Lanmouth Storm Fund collected?');
		const two = new Map([['fund', new Set(['the Lanmouth Storm Fund', 'the Pier Trust'])]]);
		expect(settle('How much had the fund collected?', two)).toBeNull();
	});

	it('keeps a subject the lead brings in or the article keeps coming back to', () => {
		// "councillors" is in the lead; "the pier" is in four paragraphs.
		expect(settle('When will the councillors decide?')).toBe('When will the councillors decide?');
		expect(settle('How many passengers does the pier carry?')).toBe('How many passengers does the pier carry?');
	});

	it('keeps a subject something in the question pins down, and sentences and blanks', () => {
		expect(settle('By how much did the fund for the pier grow?')).toBe('By how much did the fund for the pier grow?');
		expect(settle('How many stars does the reviewer give the show?')).toBe('How many stars does the reviewer give the show?');
		expect(settle('What does the world owe the substitute?')).toBe('What does the world owe the substitute?');
		expect(settle('The fund had passed ____ by spring.')).toBe('The fund had passed ____ by spring.');
		expect(settle('Why is the effect so large?')).toBe('Why is the effect so large?');
	});
});

describe('questionSubject', () => {
	it('takes a two-word phrase for a noun and a verb only when nothing but a preposition follows', () => {
		const subject = (q: string) => questionSubject(q, definitePhrases(q))?.text ?? null;
		expect(subject('What does the storage tank hold?')).toBeNull();
		expect(subject('What does the emergency brake do?')).toBeNull();
		expect(subject('What does the metal act like?')).toBe('the metal');
		expect(subject('How many goals had the striker scored?')).toBe('the striker');
	});
});
