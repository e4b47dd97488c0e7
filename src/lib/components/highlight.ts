export interface TextPart {
	text: string;
	mark: boolean;
}

/**
 * Splits `text` around the first case-insensitive occurrence of `needle`, so a component can
 * mark it while still rendering everything as plain text.
 */
export function highlight(text: string, needle: string): TextPart[] {
	const at = needle.trim() ? text.toLowerCase().indexOf(needle.trim().toLowerCase()) : -1;
	if (at < 0) return [{ text, mark: false }];
	const end = at + needle.trim().length;
	return [
		{ text: text.slice(0, at), mark: false },
		{ text: text.slice(at, end), mark: true },
		{ text: text.slice(end), mark: false }
	].filter((part) => part.text.length > 0);
}
