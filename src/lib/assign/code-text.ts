// Finding codes in pasted text and making links of them, apart from link.ts (which decodes
// codes with zod) so that pages can tell a code's kind, or show its link, without the decoder.

export type Kind = 'assignment' | 'result';

/** The code inside what a person pasted or scanned: a whole link or the bare code. */
export function codeOf(text: string): string {
	const trimmed = text.trim();
	const hash = trimmed.indexOf('#');
	return hash >= 0 ? trimmed.slice(hash + 1) : trimmed;
}

/** Every code in a pasted text: links and codes separated by spaces or new lines. */
export function codesIn(text: string): string[] {
	return text
		.split(/\s+/)
		.map(codeOf)
		.filter((c) => c.length > 0);
}

/** What kind of code this looks like, or null for text that is neither. */
export function kindOf(code: string): Kind | null {
	if (/^a\d+\./.test(code)) return 'assignment';
	if (/^r\d+\./.test(code)) return 'result';
	return null;
}

/** The link that opens a code in the app: /a for an assignment, /r for a result. */
export function linkFor(origin: string, code: string): string {
	const kind = kindOf(code);
	return `${origin.replace(/\/$/, '')}/${kind === 'result' ? 'r' : 'a'}#${code}`;
}
