import type { Question } from '../bank/schema';
import type { QuizResponse } from './grade';

/** The learner's answer as text for the review log. */
export function responseText(question: Question, response: QuizResponse): string {
	switch (response.kind) {
		case 'choice':
			return question.type === 'mcq' ? (question.choices[response.index] ?? '') : String(response.index);
		case 'boolean':
			return response.value ? 'True' : 'False';
		case 'text':
			return response.value;
	}
}
