import type { Token } from '../tokens';
import type { NameRun } from './names';

/**
 * "Okonjo, 29, sprinted to the corner flag", "Garvey was left to rue the red card": a sentence
 * that opens on a surname alone. The name finder reads a lone capital at a sentence's start as
 * the sentence's, not a name's, unless the tagger knows the word as one; but a word that is the
 * surname of exactly one person the article names in full, followed by a comma or a verb, is that
 * person. Without it the paragraph's "he said" goes to whoever was named before, in the wrong
 * sentence. "Marsh grass covers the flats" (a noun follows) is no one.
 */
export function openingSurname(tokens: Token[], surnames: (word: string) => string | undefined): NameRun | null {
	const [first, next] = tokens;
	if (!first || !next || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(first.text) || first.pre.trim() !== '') return null;
	const comma = first.post.trim() === ',';
	const verb = first.post.trim() === '' && next.tags.has('Verb');
	if (!comma && !verb) return null;
	if (!surnames(first.text)) return null;
	return { from: 0, to: 1, start: first.start, end: first.end, text: first.text };
}
