import { fromIso, isDateline, readFullDate, toIso } from './calendar';

/**
 * Turns what a user pastes or a file holds into the plain text every offset refers to:
 * front matter removed (its `title` and `date`/`published` kept), HTML reduced to its text,
 * newlines made "\n", spaces inside lines tidied, runs of blank lines collapsed.
 */
export interface PreparedText {
	text: string;
	title?: string;
	published?: string;
}

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	ndash: '–',
	mdash: '—',
	lsquo: '‘',
	rsquo: '’',
	ldquo: '“',
	rdquo: '”',
	hellip: '…',
	laquo: '«',
	raquo: '»',
	euro: '€',
	pound: '£',
	yen: '¥',
	cent: '¢',
	copy: '©',
	reg: '®',
	deg: '°',
	middot: '·',
	eacute: 'é',
	egrave: 'è',
	aacute: 'á',
	agrave: 'à',
	oacute: 'ó',
	uacute: 'ú',
	iacute: 'í',
	ntilde: 'ñ',
	ccedil: 'ç',
	uuml: 'ü',
	ouml: 'ö',
	auml: 'ä',
	szlig: 'ß',
	times: '×',
	minus: '−'
};

const BLOCK_TAGS = /<\/?(?:p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|blockquote|title|figcaption|hr)\b[^>]*>/gi;

/** Whether the text is HTML rather than text that merely mentions a tag. */
function looksLikeHtml(s: string): boolean {
	return /<(?:html|body|p|div|br|h[1-6]|span|a|article|script|style)\b[^>]*>/i.test(s);
}

function decodeEntities(s: string): string {
	return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] === '#') {
			const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
			return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
		}
		return ENTITIES[name.toLowerCase()] ?? whole;
	});
}

function stripHtml(s: string): { text: string; title?: string } {
	const titleMatch = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(s) ?? /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(s);
	const title = titleMatch ? decodeEntities(titleMatch[1].replace(/<[^>]*>/g, '')).trim() : undefined;
	const text = s
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<(script|style|noscript|template|svg|head)\b[\s\S]*?<\/\1\s*>/gi, '')
		.replace(BLOCK_TAGS, '\n\n')
		.replace(/<[^>]*>/g, '');
	return { text: decodeEntities(text), title: title || undefined };
}

function unquote(v: string): string {
	return v
		.trim()
		.replace(/^(["'])(.*)\1$/, '$2')
		.trim();
}

/** Splits off YAML-style front matter (`---` lines) and reads its title and date. */
function splitFrontMatter(s: string): { body: string; title?: string; published?: string } {
	const m = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(s);
	if (!m) return { body: s };
	const fields = new Map<string, string>();
	for (const line of m[1].split('\n')) {
		const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
		if (kv) fields.set(kv[1].toLowerCase(), unquote(kv[2]));
	}
	const dateField = fields.get('published') ?? fields.get('date');
	const date = dateField ? (fromIso(dateField.slice(0, 10)) ?? readFullDate(dateField)) : null;
	return { body: s.slice(m[0].length), title: fields.get('title') || undefined, published: date ? toIso(date) : undefined };
}

/** Strips front matter and HTML, decodes entities and normalises newlines and spaces. */
export function prepareText(raw: string): PreparedText {
	let s = String(raw)
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n');
	const front = splitFrontMatter(s);
	s = front.body;
	let title = front.title;
	if (looksLikeHtml(s)) {
		const html = stripHtml(s);
		s = html.text;
		title ??= html.title;
	} else {
		s = decodeEntities(s);
	}
	s = s
		.replace(/[\u00a0\u2007\u202f\t\f\v]/g, ' ')
		.replace(/\u200b|\u200c|\u200d|\u2060/g, '')
		.replace(/[\u2028\u2029]/g, '\n')
		.split('\n')
		.map((line) => line.replace(/ {2,}/g, ' ').trim())
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
	return { text: s, title, published: front.published ?? datelineDate(s) };
}

/** "VARNHOLM, Feb. 12, 2025 — …": a news dateline's place and date, before its dash. */
const NEWS_DATELINE = /^\p{Lu}{3,}[\p{Lu}\p{M}'’. -]*,[^—–]{4,60}?(?= [—–-](?: |$))/u;

/** A dateline among the first lines ("Published: 14 March 2024", "March 14, 2024", "GENEVA, March 3, 2024 —"), as ISO. */
function datelineDate(text: string): string | undefined {
	for (const line of text.split('\n').slice(0, 6)) {
		const news = NEWS_DATELINE.exec(line)?.[0];
		if (!isDateline(line) && !news) continue;
		const d = readFullDate(news ?? line);
		if (d) return toIso(d);
	}
	return undefined;
}
