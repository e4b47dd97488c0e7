import { z } from 'zod';

/** A tag as the learner types it: one word (Anki's tags hold no spaces), at most 60 characters. */
export const tagSchema = z
	.string()
	.trim()
	.min(1, 'Type a tag first.')
	.max(60, 'A tag can be at most 60 characters long.')
	.regex(/^\S+$/, 'A tag is one word: use "_" or "-" in place of spaces.');

export type TagResult = { ok: true; tag: string } | { ok: false; message: string };

export function parseTag(input: string): TagResult {
	const result = tagSchema.safeParse(input);
	return result.success ? { ok: true, tag: result.data } : { ok: false, message: result.error.issues[0].message };
}
