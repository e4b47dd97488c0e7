// The decks the benchmark studies: generated, deterministic, shaped like a real bank (prompts,
// answers and source sentences of real length), half flashcards and half typed answers.
import { seededRandom } from '$lib/assign/shuffle';
import type { Bank, Question } from '$lib/bank/schema';

const WORDS = 'drone strike city night region energy grid air defence missile launch report official minister bridge river port winter campaign'.split(' ');

function sentence(rand: () => number, words: number): string {
	const picked = Array.from({ length: words }, () => WORDS[Math.floor(rand() * WORDS.length)]);
	return `${picked.join(' ')}.`.replace(/^./, (c) => c.toUpperCase());
}

/** The typed answer of question `i` of a bench deck (the driver types it to be right). */
export function answerOf(i: number): string {
	return `answer ${i}`;
}

export function questionOf(i: number, rand: () => number): Question {
	const quote = sentence(rand, 24);
	const source = { quote, start: i * 200, end: i * 200 + quote.length };
	if (i % 2 === 1) {
		return { id: `q${i}`, type: 'flashcard', prompt: `Front ${i}: ${sentence(rand, 10)}`, back: `Back ${i}: ${sentence(rand, 8)}`, tags: ['bench'], source };
	}
	return { id: `q${i}`, type: 'short_answer', prompt: `Question ${i}: ${sentence(rand, 12)}?`, answer: answerOf(i), tags: ['bench'], source };
}

export function benchBank(id: string, title: string, size: number, seed = 1): Bank {
	const rand = seededRandom(`deck ${seed}`);
	return {
		schemaVersion: 1,
		id,
		title,
		language: 'en',
		questions: Array.from({ length: size }, (_, i) => questionOf(i, rand))
	};
}
