import type { Question } from '../bank/schema';
import { shortHash } from './bytes';
import { canonicalJson } from './canonical';

// Apart from wire.ts (zod) so that reading the decks a teacher picks from does not load it.

/** A built-in bank as this app holds it: its live questions in bank order, and their hash. */
export interface BuiltInBank {
	id: string;
	title: string;
	hash: string;
	questions: Question[];
}

/** The hash that pins a bank's content: a link's positions mean these questions, in this order. */
export function bankHash(questions: readonly Question[]): Promise<string> {
	return shortHash(canonicalJson(questions));
}
