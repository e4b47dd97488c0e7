import type { AnswerKind, ButtonCounts, DaySummary } from './types';

export const ANSWER_KINDS: readonly AnswerKind[] = ['learning', 'young', 'mature'];

/**
 * Which button was pressed how often, summed over the days given. New, learning and relearning
 * cards count as learning; a card in review is young below a 21-day interval and mature from it.
 */
export function answerButtons(summaries: Iterable<DaySummary>): ButtonCounts {
	const counts: ButtonCounts = { learning: [0, 0, 0, 0], young: [0, 0, 0, 0], mature: [0, 0, 0, 0] };
	for (const summary of summaries) {
		for (const kind of ANSWER_KINDS) for (let i = 0; i < 4; i++) counts[kind][i] += summary.buttons[kind][i];
	}
	return counts;
}
