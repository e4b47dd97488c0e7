import type { Bank, Question } from '../lib/bank/schema';
import { shownOf } from '../lib/generate/quality/shown';

/** One question of a judging sheet: everything the learner sees, its key, and where it came from. */
export interface JudgedQuestion {
	n: number;
	id: string;
	type: Question['type'];
	prompt: string;
	choices?: string[];
	key: string;
	back?: string;
	explanation?: string;
	source: string;
	/** For the judge to fill in: true for acceptable, false for not. */
	acceptable: null;
	note: string;
}

/** A blind judging sheet for one article: its questions in full, with no word on how they were made. */
export interface JudgeSheet {
	article: string;
	words: number;
	questions: JudgedQuestion[];
}

/** The judging sheet of an article's bank. */
export function judgeSheet(article: string, words: number, bank: Bank): JudgeSheet {
	return {
		article,
		words,
		questions: bank.questions.map((q, i) => ({
			n: i + 1,
			id: q.id,
			type: q.type,
			prompt: q.prompt,
			...(q.type === 'mcq' ? { choices: q.choices } : {}),
			key: shownOf(q).key,
			...(q.type === 'flashcard' ? { back: q.back } : {}),
			...(q.type === 'true_false' && q.explanation ? { explanation: q.explanation } : {}),
			source: q.source?.quote ?? '',
			acceptable: null,
			note: ''
		}))
	};
}
