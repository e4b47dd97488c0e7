import type { Question } from '../../bank/schema';
import type { Shown } from './features';

/** A question as a learner (and a judge) sees it: the key is the right choice, the typed answer, "true"/"false", or a card's back. */
export function shownOf(q: Question): Shown {
	switch (q.type) {
		case 'mcq':
			return { type: q.type, prompt: q.prompt, key: q.choices[q.answer] ?? '', choices: q.choices };
		case 'true_false':
			return { type: q.type, prompt: q.prompt, key: q.answer ? 'true' : 'false', choices: [] };
		case 'numeric':
			return { type: q.type, prompt: q.prompt, key: `${q.answer}${q.unit ? ` ${q.unit}` : ''}`, choices: [] };
		case 'flashcard':
			return { type: q.type, prompt: q.prompt, key: q.back, choices: [] };
		default:
			return { type: q.type, prompt: q.prompt, key: q.answer, choices: [] };
	}
}
