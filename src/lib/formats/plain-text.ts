import { decodeHTML } from 'entities';

// Fields from Anki and Moodle are HTML; Factdeck keeps plain text only. This walks the markup
// tag by tag: block tags become line breaks, media tags are counted, everything else is
// dropped, and the entities are decoded last so that `&lt;b&gt;` stays the text "<b>".

const BLOCK = new Set(['div', 'p', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'blockquote', 'hr']);
const MEDIA = new Set(['img', 'audio', 'video', 'object', 'embed']);
/** Tags whose content is not text for a person: scripts, styles. */
const HIDDEN = new Set(['script', 'style', 'head', 'title']);

const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:[^>"']|"[^"]*"|'[^']*')*>|<!?[^>]*>/g;
const SOUND = /\[sound:[^\]]*\]/g;

export interface PlainText {
	text: string;
	/** Pictures, sounds and videos the field referred to. */
	media: number;
}

/** An HTML field as plain text: lines kept, spaces collapsed, entities decoded, media counted. */
export function htmlToText(html: string): PlainText {
	let media = 0;
	let hidden = 0;
	let out = '';
	let last = 0;
	const withoutSounds = html.replace(SOUND, () => {
		media++;
		return ' ';
	});
	for (const match of withoutSounds.matchAll(TAG)) {
		if (hidden === 0) out += withoutSounds.slice(last, match.index);
		last = match.index + match[0].length;
		const name = match[2]?.toLowerCase();
		if (!name) continue;
		const closing = match[1] === '/';
		if (HIDDEN.has(name)) hidden = Math.max(0, hidden + (closing ? -1 : 1));
		else if (MEDIA.has(name) && !closing) media++;
		else if (hidden > 0) continue;
		// A <br> is a line break each; the edges of blocks make one break, however many meet.
		else if (name === 'br') out += '\n';
		else if (BLOCK.has(name) && !out.endsWith('\n')) out += '\n';
	}
	if (hidden === 0) out += withoutSounds.slice(last);
	return { text: tidy(decodeHTML(out)), media };
}

/** Spaces and tabs collapsed, at most one empty line in a row, no space at line ends. */
export function tidy(text: string): string {
	return text
		.replace(/\r\n?/g, '\n')
		.replace(/[ \t\u00a0]+/g, ' ')
		.split('\n')
		.map((line) => line.trim())
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}
