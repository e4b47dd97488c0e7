import type { Question, QuestionType } from '$lib/bank/schema';

/** A question as the two sides of a card, for the formats that know only fronts and backs. */
export interface FrontBack {
	front: string;
	back: string;
}

type Sides<T extends QuestionType> = (q: Extract<Question, { type: T }>) => FrontBack;

const SIDES: { [T in QuestionType]: Sides<T> } = {
	flashcard: (q) => ({ front: q.prompt, back: q.back }),
	mcq: (q) => ({ front: [q.prompt, ...q.choices.map((c, i) => `${String.fromCharCode(65 + i)}. ${c}`)].join('\n'), back: q.choices[q.answer] }),
	true_false: (q) => ({ front: `True or false: ${q.prompt}`, back: q.answer ? 'True' : 'False' }),
	cloze: (q) => ({ front: q.prompt, back: q.answer }),
	short_answer: (q) => ({ front: q.prompt, back: q.answer }),
	numeric: (q) => ({ front: q.prompt, back: [String(q.answer), q.unit].filter(Boolean).join(' ') })
};

/** The front and back a question shows as a flashcard; a flashcard's own sides unchanged. */
export function frontBack(question: Question): FrontBack {
	const sides = SIDES[question.type] as Sides<QuestionType>;
	return sides(question);
}
