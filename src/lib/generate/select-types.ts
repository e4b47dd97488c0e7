import type { Candidate } from './questions';

// How many places of a bank each question type may take.

/** No type takes more than this share of the bank's places. */
const TYPE_SHARE = 0.4;

/** Whether `count` questions of one type in a bank of `size` are more than its share. */
export const overShare = (count: number, size: number): boolean => count > Math.ceil(size * TYPE_SHARE);

/** Whether a type that holds `count` of the `size` kept questions may take one more place (always up to two). */
export const typeHasRoom = (count: number, size: number): boolean => count + 1 <= Math.max(2, Math.ceil((size + 1) * TYPE_SHARE));

/**
 * The last word on types: while one type holds more than two in five questions, its last-chosen
 * (lowest-ranked) question goes. Filling leans away from common types, but the passes that give
 * a lost type a place or a fact its question can tip the share over.
 */
export function capTypes(kept: Candidate[]): Candidate[] {
	const out = [...kept];
	for (;;) {
		const counts = new Map<string, number>();
		for (const c of out) counts.set(c.question.type, (counts.get(c.question.type) ?? 0) + 1);
		const over = [...counts.entries()].find(([, n]) => overShare(n, out.length));
		if (!over) return out;
		out.splice(out.map((c) => c.question.type).lastIndexOf(over[0] as Candidate['question']['type']), 1);
	}
}
