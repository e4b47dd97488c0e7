import { describe, expect, it } from 'vitest';
import { factsOf, questionsOf } from './test-helpers';

/** A review that quotes its work's title twice, so "the play" and "the novel" can be named. */
const review = (sentence: string) => `“Brass Hours” opened last week. I saw “Brass Hours” twice. ${sentence}`;

const setting = (sentence: string) => factsOf(review(sentence), 'setting').map((f) => `${f.aspect}: ${f.answer}`);

describe('settings of a work', () => {
	it.each([
		['The novel is set in the fictional Calder valley in the 1950s, when a dam is built.', ['where: the fictional Calder valley', 'when: the 1950s']],
		['The play is set in Port Aske, a herring town on the north coast, in the winter of 1934.', ['where: Port Aske', 'when: the winter of 1934']],
		['Set in a Glasgow tenement in 1968, “Brass Hours” follows three sisters.', ['where: a Glasgow tenement', 'when: 1968']],
		['“Brass Hours” is set during the miners’ strike of 1984.', ['when: the miners’ strike of 1984']],
		['Most of the film is set aboard a trawler off the coast of Iceland.', ['where: a trawler off the coast of Iceland']],
		['The story is set in Lisbon and follows a clerk who forges a will.', ['where: Lisbon']]
	])('reads %s', (sentence, expected) => {
		expect(setting(sentence)).toEqual(expected);
	});

	it.each([
		'The new targets are set in euros.',
		'The record was set in Oslo in 1998.',
		'The stage is set for a final between the two clubs.',
		'The novel is set to be published in the spring.',
		'Prices are set in London each morning.',
		'Her previous novel is set in Cork.',
		'The thermostat is set at 21 degrees.'
	])('leaves alone %s', (sentence) => {
		expect(setting(sentence)).toEqual([]);
	});

	it('needs a title to name the work by', () => {
		expect(factsOf('The play opened last week. The play is set in Port Aske in 1934.', 'setting')).toEqual([]);
	});

	it('asks where and when the work is set, naming it', () => {
		const qs = questionsOf(review('The play is set in Port Aske, a herring town, in 1934.'), 'setting');
		expect(qs.map((q) => `${q.type}: ${q.prompt} → ${q.type === 'flashcard' ? q.back : 'answer' in q ? q.answer : ''}`)).toEqual([
			'flashcard: Where is “Brass Hours” set? → In Port Aske, a herring town',
			'short_answer: Where is “Brass Hours” set? → Port Aske',
			'flashcard: When is “Brass Hours” set? → In 1934',
			'short_answer: When is “Brass Hours” set? → 1934',
			'numeric: In what year is “Brass Hours” set? → 1934'
		]);
	});
});
