import type { Question } from '$lib/bank/schema';
import type { Rating } from '$lib/srs/types';

/** Something in an imported file that did not become a question, and why, in words. */
export interface Skipped {
	/** Where it sits in the file: `line 4`, `row 7`, `note 1690000000000`. */
	where: string;
	reason: string;
}

/** One answer from another app's review history, replayed through Factdeck's scheduler. */
export interface ImportedReview {
	questionId: string;
	rating: Rating;
	reviewedAt: number;
	durationMs: number;
}

/** What a file holds, ready to land as a new deck: nothing of it is stored yet. */
export interface ImportedDeck {
	title: string;
	/** Every question valid for the bank schema, with ids unique in the deck. */
	questions: Question[];
	skipped: Skipped[];
	/** Oldest first; empty for formats that carry no history. */
	history: ImportedReview[];
	/** Pictures and sounds the file held; Factdeck keeps text only. */
	mediaSkipped: number;
}

/** A file read as a deck, or why nothing in it can be read. Never thrown. */
export type ImportResult = { ok: true; deck: ImportedDeck } | { ok: false; message: string };

/** A picked file, as bytes: text formats decode it themselves. */
export interface ImportFile {
	name: string;
	bytes: Uint8Array;
}
