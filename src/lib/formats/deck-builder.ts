import { questionSchema, type Question } from '$lib/bank/schema';
import type { ImportedDeck, ImportedReview, Skipped } from './types';

type Draft = Record<string, unknown> & { type: Question['type'] };

/** FNV-1a, 32 bit, in base 36: a short stable id part for imported text. */
export function textHash(s: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(36);
}

const ID = /^[a-z0-9][a-z0-9._-]{0,109}$/;

/** A string in the id alphabet of the bank schema (unchanged when it is one), `q` when nothing of it is left. */
export function idPart(s: string): string {
	if (ID.test(s)) return s;
	const slug = s
		.toLowerCase()
		.replace(/[^a-z0-9._-]+/g, '-')
		.replace(/^[^a-z0-9]+/, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return slug || 'q';
}

/** Tags as the bank keeps them: trimmed, not empty, each once. */
export function cleanTags(tags: readonly string[]): string[] {
	return [...new Set(tags.map((t) => t.trim()).filter((t) => t.length > 0))];
}

/**
 * Collects the questions of an imported file. Every question is checked by the bank schema as
 * it is added, so a file can never put into a deck what a bank file could not; a question the
 * schema refuses is skipped with the schema's words. Ids are made unique within the deck.
 */
export class DeckBuilder {
	readonly questions: Question[] = [];
	readonly skipped: Skipped[] = [];
	readonly history: ImportedReview[] = [];
	media = 0;
	#ids = new Set<string>();

	/** Adds the question, or records why it was skipped; returns its id when added. */
	add(where: string, idBase: string, draft: Draft): string | null {
		const id = this.#unique(idPart(idBase));
		const parsed = questionSchema.safeParse({ ...draft, id });
		if (!parsed.success) {
			const issue = parsed.error.issues[0];
			const field = issue.path.join('.');
			this.skip(where, field ? `${field} ${issue.message}` : issue.message);
			return null;
		}
		this.#ids.add(id);
		this.questions.push(parsed.data);
		return id;
	}

	skip(where: string, reason: string): void {
		this.skipped.push({ where, reason });
	}

	deck(title: string): ImportedDeck {
		const history = [...this.history].sort((a, b) => a.reviewedAt - b.reviewedAt);
		return { title, questions: this.questions, skipped: this.skipped, history, mediaSkipped: this.media };
	}

	#unique(base: string): string {
		if (!this.#ids.has(base)) return base;
		let n = 2;
		while (this.#ids.has(`${base}-${n}`)) n++;
		return `${base}-${n}`;
	}
}

/** The title of a deck made from a file: its name without the extension. */
export function titleFromFile(name: string): string {
	const base = name
		.replace(/^.*[\\/]/, '')
		.replace(/\.[^.]+$/, '')
		.trim();
	return base || 'Imported cards';
}
