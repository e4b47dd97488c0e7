/**
 * The running score of a study session, shown on its summary. Flashcards are self-rated, so
 * they count as items but not as graded answers; "correct" counts only auto-graded ones.
 */
export interface SessionTally {
	items: number;
	graded: number;
	correct: number;
	startedAt: number;
}

export interface SessionSummary extends SessionTally {
	durationMs: number;
	/** correct / graded as a whole percentage, or null when nothing was graded. */
	percent: number | null;
}

export function startTally(now: Date): SessionTally {
	return { items: 0, graded: 0, correct: 0, startedAt: now.getTime() };
}

/** Adds one answer: `correct` is undefined for a self-rated flashcard. */
export function addAnswer(tally: SessionTally, correct: boolean | undefined): SessionTally {
	return {
		...tally,
		items: tally.items + 1,
		graded: tally.graded + (correct === undefined ? 0 : 1),
		correct: tally.correct + (correct ? 1 : 0)
	};
}

export function summarise(tally: SessionTally, now: Date): SessionSummary {
	return {
		...tally,
		durationMs: Math.max(0, now.getTime() - tally.startedAt),
		percent: tally.graded === 0 ? null : Math.round((100 * tally.correct) / tally.graded)
	};
}

/** "45 s", "3 min 05 s", "1 h 02 min": a session length for people, not for machines. */
export function formatDuration(ms: number): string {
	const s = Math.round(ms / 1000);
	if (s < 60) return `${s} s`;
	const m = Math.floor(s / 60);
	if (m < 60) return `${m} min ${String(s % 60).padStart(2, '0')} s`;
	return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min`;
}
