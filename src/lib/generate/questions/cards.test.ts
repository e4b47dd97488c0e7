import { describe, expect, it } from 'vitest';
import { extractFacts, type FactOf } from '../facts';
import { splitSentences } from '../sentences';
import { cardQuestions } from './cards';

const cardsOf = (text: string, name: string) => {
	const sentences = splitSentences(text);
	const facts = extractFacts(sentences, null);
	const fact = facts.find((f): f is FactOf<'person'> => f.kind === 'person' && f.key === name && f.text === name);
	if (!fact) throw new Error(`no person ${name}`);
	return cardQuestions(fact, sentences[fact.sentence], facts).map((c) => (c.question.type === 'flashcard' ? c.question.back : ''));
};

describe('person flashcards', () => {
	it('gives no card for a nationality and a title alone', () => {
		expect(cardsOf('The Spanish player Lucía Herrera lost in the semi-final.\nHerrera said she was tired.', 'Lucía Herrera')).toEqual([]);
	});

	it('takes what the person did, not where they grew up, beside a bare title', () => {
		const backs = cardsOf('Brazilian artist Marina Costa, who grew up in Belém, wove the largest work in the show. Costa said it took a year.', 'Marina Costa');
		expect(backs.length).toBeGreaterThan(0);
		for (const back of backs) expect(back).not.toMatch(/grew up/);
	});

	it('keeps a role that names its team', () => {
		expect(cardsOf('Sparta goalkeeper Mateusz Kral blocked a late shot.', 'Mateusz Kral')).toEqual(['Sparta goalkeeper']);
	});

	it('gives an apposed title with the "who" clause after it, not the bare title', () => {
		const text = 'Odile Varga, the marine biologist who mapped the kelp forests of the Brask coast, retired on Friday. Varga said she would keep diving.';
		expect(cardsOf(text, 'Odile Varga')).toEqual(['The marine biologist who mapped the kelp forests of the Brask coast']);
	});

	it('gives what a person with no title did in the sentence that names them', () => {
		const text = 'Teodor Blanc won the regional chess championship in Lisle on Sunday. Blanc said the last game was the hardest.';
		expect(cardsOf(text, 'Teodor Blanc')).toEqual(['Won the regional chess championship in Lisle on Sunday']);
	});

	it('gives no card for a person with no title whose sentence tells only where they were born', () => {
		const text = 'Teodor Blanc was born in Lisle in 1990. Blanc said the town had no chess club.';
		expect(cardsOf(text, 'Teodor Blanc')).toEqual([]);
	});
});
