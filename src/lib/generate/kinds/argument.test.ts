import { describe, expect, it } from 'vitest';
import { cardOf, factsOf, questionsOf } from './test-helpers';

const card = (text: string) => cardOf(text, 'argument');

describe('arguments and verdicts', () => {
	it('asks what an exhibition argues about its topic, with the whole clause on the back', () => {
		expect(card('The exhibition argues that the twin painters worked as a single artist for most of their lives.')).toEqual([
			'What does the exhibition argue about the twin painters?',
			'The twin painters worked as a single artist for most of their lives'
		]);
	});

	it('names the writer’s own "I" as the author, in the third person', () => {
		expect(card('I have come to believe that the night tram serves the city better than the buses.')?.[0]).toBe(
			'What has the author come to believe about the night tram?'
		);
		expect(card('I believe that the new library wastes most of its floor space.')?.[0]).toBe('What does the author believe about the new library?');
	});

	it('asks for a verdict named as such', () => {
		expect(card('The reviewer’s main criticism is the crowded final room of the show.')).toEqual([
			'What is the reviewer’s main criticism?',
			'The crowded final room of the show'
		]);
	});

	it('turns a claim into a false statement, but not the writer’s own', () => {
		const tf = questionsOf('The union argued that the new rota made the night shifts longer for nurses.', 'argument').find(
			(q) => q.type === 'true_false' && !q.answer
		);
		expect(tf?.prompt).toBe('The union argued that the new rota made the night shifts shorter for nurses.');
		expect(questionsOf('I believe that the new rota made the night shifts longer for nurses.', 'argument').some((q) => q.type === 'true_false')).toBe(false);
	});

	it('leaves an argument of "he" or about "it" alone', () => {
		expect(factsOf('He argued that the bridge was far too expensive for the town.', 'argument')).toEqual([]);
		expect(factsOf('The mayor argued that it was far too expensive for the town.', 'argument')).toEqual([]);
	});

	it('asks what those who reply say, after a long opening', () => {
		expect(card('After two long years of watching the trial from close by, the unions reply that the new rota protects the night staff.')?.[0]).toBe(
			'What do the unions say about the new rota?'
		);
	});

	it('asks "the argument of the book is that …" as the book\'s argument', () => {
		const cards = questionsOf('The argument of the book is that small rivers shaped the towns of the valley more than any king did.', 'argument').filter(
			(q) => q.type === 'flashcard'
		);
		expect(cards.map((q) => q.type === 'flashcard' && [q.prompt, q.back])).toEqual([
			['What is the book’s argument?', 'Small rivers shaped the towns of the valley more than any king did']
		]);
	});
});
