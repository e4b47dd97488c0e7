/**
 * Anki's leech rule: a card becomes a leech when its lapses (times it was forgotten after it
 * had been learnt) reach the threshold, and is flagged again every half threshold after that,
 * so a card suspended, brought back and still forgotten is caught again.
 * True only for the answer that made the lapse count reach such a number.
 */
export function isLeechLapse(lapsesBefore: number, lapsesAfter: number, threshold: number): boolean {
	if (lapsesAfter <= lapsesBefore || lapsesAfter < threshold) return false;
	const every = Math.max(1, Math.ceil(threshold / 2));
	return (lapsesAfter - threshold) % every === 0;
}

export const LEECH_TAG = 'leech';
