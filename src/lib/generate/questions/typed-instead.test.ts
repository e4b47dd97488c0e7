import { describe, expect, it } from 'vitest';
import type { Question } from '../../bank/schema';
import { extractFacts } from '../facts';
import { splitSentences } from '../sentences';
import { candidate } from './candidate';
import { typedInstead } from './typed-instead';

const text = 'The plant grows yeast in a bioreactor in Leiden.';
const sentence = splitSentences(text)[0];
const fact = extractFacts([sentence], null)[0];
const mcq = (choices: string[], prompt = 'The plant grows yeast in a ____ in Leiden.'): Question => ({
	id: 'm',
	type: 'mcq',
	prompt,
	choices,
	answer: 0,
	tags: [],
	source: { quote: text, start: 0, end: text.length }
});

describe('typedInstead', () => {
	it('asks a blanked common noun as a cloze, never among other nouns', () => {
		const made = typedInstead(candidate(mcq(['bioreactor', 'insulin', 'euros', 'chaperone']), fact, sentence, 'blank', 'term'));
		expect(made?.question.type).toBe('cloze');
		expect(made?.question.type === 'cloze' && made.question.answer).toBe('bioreactor');
		expect(made?.question.prompt).toBe('The plant grows yeast in a ____ in Leiden.');
	});

	it('drops the choices of "What does the article call …?" when the key is a common noun', () => {
		const q = mcq(['bioreactor', 'insulin', 'euros', 'chaperone'], 'What does the article call a vessel in which cells are grown?');
		expect(typedInstead(candidate(q, fact, sentence, 'wh', 'call-mcq'))).toBeNull();
	});

	it('keeps an mcq of names or of numbers', () => {
		const names = candidate(mcq(['Leiden', 'Utrecht', 'Delft', 'Gouda'], 'The plant grows yeast in a bioreactor in ____.'), fact, sentence, 'blank');
		expect(typedInstead(names)).toBe(names);
		const counts = candidate(mcq(['two', 'three', 'four', 'five'], 'The plant grows yeast in ____ bioreactors.'), fact, sentence, 'blank');
		expect(typedInstead(counts)).toBe(counts);
	});
});

describe('typedInstead with too few wrong choices', () => {
	it('asks a blank as a cloze and a question as a short answer', () => {
		const blank = typedInstead(candidate(mcq(['Leiden', 'Utrecht', 'Delft'], 'The plant grows yeast in a bioreactor in ____.'), fact, sentence, 'blank'));
		expect(blank?.question.type).toBe('cloze');
		const who = typedInstead(candidate(mcq(['Leiden', 'Utrecht', 'Delft'], 'Which city grows yeast in a bioreactor?'), fact, sentence, 'wh'));
		expect(who?.question.type).toBe('short_answer');
		expect(who?.question.type === 'short_answer' && who.question.answer).toBe('Leiden');
	});
});

describe('typedInstead with a long key', () => {
	it('drops an mcq whose key is a clause rather than ask it typed', () => {
		const why = mcq(['Because a worn part had not been replaced', 'Because the driver was late'], 'Why could the tram not stop?');
		expect(typedInstead(candidate(why, fact, sentence, 'wh'))).toBeNull();
	});
});

describe('a person asked typed', () => {
	const said = 'Which researcher said: “The yeast grew faster than we hoped”?';
	it('accepts the surname, as the article mostly calls them', () => {
		const plain = typedInstead(candidate({ ...mcq(['Marta Ilves', 'Pieter Smit'], said), tags: ['quote', 'person'] }, fact, sentence, 'wh', 'said'));
		expect(plain?.question.type === 'short_answer' && plain.question.accept).toEqual(['Ilves']);
	});

	it('accepts nothing else for a place, a one-word name or a surname with a particle', () => {
		const q = { ...mcq(['Anouk de Vries', 'Pieter Smit'], said), tags: ['quote', 'person'] };
		const particle = typedInstead(candidate(q, fact, sentence, 'wh', 'said'));
		expect(particle?.question.type === 'short_answer' && particle.question.accept).toBeUndefined();
		const city = typedInstead(candidate(mcq(['Den Haag', 'Utrecht'], 'Which city grows yeast in a bioreactor?'), fact, sentence, 'wh'));
		expect(city?.question.type === 'short_answer' && city.question.accept).toBeUndefined();
		const one = typedInstead(candidate({ ...mcq(['Madonna', 'Cher'], said), tags: ['person'] }, fact, sentence, 'wh'));
		expect(one?.question.type === 'short_answer' && one.question.accept).toBeUndefined();
	});
});
