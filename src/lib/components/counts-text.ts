import type { BackupCounts } from '$lib/formats/backup-schema';

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** "3 decks, 120 cards, 452 answers, 2 assignments" — what a backup holds, in words. */
export function countsText(c: BackupCounts): string {
	const parts = [plural(c.banks, 'deck'), plural(c.cards, 'card'), plural(c.reviews, 'answer')];
	if (c.assignments) parts.push(plural(c.assignments, 'assignment'));
	if (c.results) parts.push(plural(c.results, 'student result'));
	if (c.received) parts.push(plural(c.received, 'received assignment'));
	return parts.join(', ');
}

export function dateText(at: number | string): string {
	return new Date(at).toLocaleDateString('en', { year: 'numeric', month: 'long', day: 'numeric' });
}
