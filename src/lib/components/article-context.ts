import type { TextPart } from './highlight';

/**
 * The paragraph of `text` around [start, end), split so that the source sentence can be
 * marked: what a teacher needs to judge a question against its place in the article.
 */
export function paragraphAround(text: string, start: number, end: number): TextPart[] {
	const from = text.lastIndexOf('\n\n', start);
	const to = text.indexOf('\n\n', end);
	const paraStart = from < 0 ? 0 : from + 2;
	const paraEnd = to < 0 ? text.length : to;
	return [
		{ text: text.slice(paraStart, start), mark: false },
		{ text: text.slice(start, end), mark: true },
		{ text: text.slice(end, paraEnd), mark: false }
	].filter((part) => part.text.length > 0);
}
