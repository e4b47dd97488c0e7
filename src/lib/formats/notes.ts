import { clozeCards, hasCloze } from './cloze';
import type { DeckBuilder } from './deck-builder';

/** A note of another app, as plain text: the first field is the front, the rest the back. */
export interface Note {
	where: string;
	idBase: string;
	front: string;
	back: string;
	tags: string[];
}

/**
 * Adds the questions one note makes: a flashcard, or, when the front holds cloze deletions,
 * one cloze question per deletion number (the back then becomes its explanation). Returns the
 * ids added, keyed by the card number Anki gives them (0 for a flashcard, n-1 for cloze cn).
 */
export function addNote(builder: DeckBuilder, note: Note): Map<number, string> {
	const ids = new Map<number, string>();
	if (!hasCloze(note.front)) {
		if (!note.back) {
			builder.skip(note.where, 'has a front but no back');
			return ids;
		}
		const id = builder.add(note.where, note.idBase, { type: 'flashcard', prompt: note.front, back: note.back, tags: note.tags });
		if (id) ids.set(0, id);
		return ids;
	}
	for (const card of clozeCards(note.front)) {
		const where = `${note.where}, c${card.number}`;
		if ('problem' in card) {
			builder.skip(where, card.problem);
			continue;
		}
		const explanation = note.back || undefined;
		const id = builder.add(where, `${note.idBase}-c${card.number}`, {
			type: 'cloze',
			prompt: card.prompt,
			answer: card.answer,
			tags: note.tags,
			explanation
		});
		if (id) ids.set(card.number - 1, id);
	}
	return ids;
}
