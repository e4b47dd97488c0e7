import { describe, expect, it } from 'vitest';
import { extractFacts } from './facts';
import { buildCandidates } from './questions';
import { clash, sentenceTwin } from './select-clash';
import { splitSentences } from './sentences';

const text = `Harlow Council approves new homes

Harlow Council approved 420 new homes on the old gasworks site on Tuesday, after a vote of 31 to 12. The plan had been opposed by residents of Potter Street for two years.`;
const sentences = splitSentences(text);
const candidates = buildCandidates(extractFacts(sentences, { year: 2024, month: 3, day: 15 }), sentences, text);
const find = (kind: string, type: string, form: string) => {
	const found = candidates.find((c) => c.fact.kind === kind && c.question.type === type && c.form === form);
	if (!found) throw new Error(`no ${kind} ${type} ${form} candidate`);
	return found;
};

describe('sentenceTwin: what the floor may not bring back beside a kept question', () => {
	const falseCount = candidates.find((c) => c.fact.kind === 'quantity' && c.question.type === 'true_false' && c.question.answer === false);
	if (!falseCount) throw new Error('no false statement on the count');

	it('is one fact in another form: "approved 630 new homes" (false) beside "How many new homes …?"', () => {
		expect(sentenceTwin([falseCount], find('quantity', 'numeric', 'wh'))).toBe(true);
		expect(sentenceTwin([falseCount], find('quantity', 'mcq', 'wh'))).toBe(true);
	});

	it('is not another fact of the sentence in another type', () => {
		expect(sentenceTwin([falseCount], find('organisation', 'short_answer', 'wh'))).toBe(false);
	});

	it('is a third question on one sentence, whatever it asks', () => {
		const kept = [falseCount, find('organisation', 'short_answer', 'wh')];
		expect(sentenceTwin(kept, find('organisation', 'cloze', 'blank'))).toBe(true);
	});
});

describe('clash: a prompt that prints, by surname, the person another question on its sentence asks for', () => {
	const story = `Rovers come back to beat Castleton

Rovers manager Grace Underhill watched her side fall two goals behind. Underhill acted at the interval, taking off the captain and sending on forward Jonah Pritchard, who scored twice.`;
	const lines = splitSentences(story);
	const pool = buildCandidates(extractFacts(lines, null), lines, story);
	const pick = (type: string, start: string) => {
		const found = pool.find((c) => c.question.type === type && c.question.prompt.startsWith(start));
		if (!found) throw new Error(`no ${type} "${start}"`);
		return found;
	};
	const who = pick('short_answer', 'Who acted at the interval?');

	it('"Underhill acted at the interval, … sending on forward ____" gives away "Who acted at the interval?"', () => {
		expect(clash(pick('cloze', 'Underhill acted'), who)).toBe(true);
		expect(clash(who, pick('cloze', 'Underhill acted'))).toBe(true);
	});

	it('a card of another person on the sentence gives nothing away', () => {
		expect(clash(pick('flashcard', 'Jonah Pritchard'), who)).toBe(false);
	});
});

describe('clash: one answer inside another on the same sentence', () => {
	const story = `Varga wins Dunmore mayoral race

Lena Varga of the Green party was elected mayor of Dunmore on Friday, ending Tom Hale's eight years in office with a majority of 1,354 votes.

Varga said the town had voted for change.`;
	const lines = splitSentences(story);
	const pool = buildCandidates(extractFacts(lines, null), lines, story);
	const card = pool.find((c) => c.question.type === 'flashcard' && c.question.prompt === 'Who was elected mayor of Dunmore?');
	const blank = pool.find((c) => c.question.type === 'cloze' && c.question.prompt.startsWith('____ of the Green party'));
	if (!card || !blank) throw new Error('missing candidates');

	it('a card backed "Lena Varga of the Green party" asks what "____ of the Green party was elected mayor" asks', () => {
		expect(clash(card, blank)).toBe(true);
		expect(clash(blank, card)).toBe(true);
	});
});
