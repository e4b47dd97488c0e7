import { isDateline, leadingDatelineLength } from './calendar';

/**
 * A sentence of the article, or a heading line. `start`/`end` are offsets into the prepared
 * text, so `text.slice(start, end) === sentence.text` always holds.
 */
export interface Sentence {
	index: number;
	start: number;
	end: number;
	text: string;
	/** A line with no final punctuation (a title, a sub-heading, a dateline): never asked about. */
	heading: boolean;
	/** The number of the line (paragraph) it sits in, for "the previous sentence" look-ups. */
	paragraph: number;
	/** A dateline opening a paragraph ("GENEVA, March 3 (Reuters) —"): a heading that is no title. */
	dateline?: boolean;
}

/** Words whose final dot never ends a sentence, because a name or number always follows. */
const TITLES = new Set(
	'dr mr mrs ms mx prof st no nos gen col lt sgt capt cpt maj rev hon atty sen rep gov pres fr sr jr mt ft messrs mme mlle cmdr adm supt insp det'.split(' ')
);
/** Abbreviations that rarely end a sentence; a capitalised common word after them still does. */
const ABBREVIATIONS = new Set(
	'approx est vs etc e.g i.e cf al fig figs vol ca c approx jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp dept univ ave rd blvd p.m a.m'.split(
		' '
	)
);
/** Words that start sentences, so after an ambiguous abbreviation they mark a new one. */
const STARTERS = new Set(
	'the a an it he she they we i this that these those there in on at but and so yet however meanwhile after before when while as if our his her their its'.split(
		' '
	)
);

const FINAL = /[.!?…]["”’'»)\]]*$/;
const CLOSERS = `"”’'»)]`;

/** Whether a line is a heading: no final punctuation, a dateline, or no letters at all. */
export function isHeadingLine(line: string): boolean {
	const t = line.trim();
	return !FINAL.test(t) || isDateline(t) || !/\p{L}/u.test(t);
}

/** Whether the dot at `dot` (a "." in `line`) ends a sentence, given what comes next. */
function dotEndsSentence(line: string, dot: number, nextWord: string): boolean {
	const before = /([\p{L}.]+)$/u.exec(line.slice(0, dot))?.[1] ?? '';
	const word = before.toLowerCase().replace(/^\.+/, '');
	if (TITLES.has(word)) return false;
	const starter = STARTERS.has(nextWord.toLowerCase());
	if (/^\p{Lu}$/u.test(before)) return starter; // an initial: "J. Smith"
	if (/^(?:\p{L}\.)+\p{L}$/u.test(before)) return starter; // "U.S", "a.m", "e.g"
	if (ABBREVIATIONS.has(word)) return starter;
	return true;
}

/** Splits one non-heading line into sentences (offsets relative to the line). */
function splitLine(line: string): { start: number; end: number }[] {
	const spans: { start: number; end: number }[] = [];
	let start = 0;
	const boundary = /([.!?…]+)([\s\S]?)/g;
	for (let m = boundary.exec(line); m; m = boundary.exec(line)) {
		let end = m.index + m[1].length;
		while (end < line.length && CLOSERS.includes(line[end])) end++;
		boundary.lastIndex = end;
		if (end >= line.length) break;
		if (line[end] !== ' ') continue;
		const next = /^ +(["“‘'«([]?)([\p{L}\p{N}]+)/u.exec(line.slice(end));
		if (!next) continue;
		const nextWord = next[2];
		if (!/^[\p{Lu}\p{N}]/u.test(nextWord) && next[1] === '') continue;
		if (m[1] === '.' && !dotEndsSentence(line, m.index, nextWord)) continue;
		spans.push({ start, end });
		start = end + 1;
		while (line[start] === ' ') start++;
	}
	if (start < line.length) spans.push({ start, end: line.length });
	return spans.filter((s) => /\p{L}/u.test(line.slice(s.start, s.end)));
}

/** Splits the prepared text into sentences and heading lines, in order, with exact offsets. */
export function splitSentences(text: string): Sentence[] {
	const out: Sentence[] = [];
	let offset = 0;
	let paragraph = 0;
	for (const raw of text.split('\n')) {
		const lineStart = offset;
		offset += raw.length + 1;
		const lead = raw.length - raw.trimStart().length;
		const line = raw.trim();
		if (line === '') continue;
		const base = lineStart + lead;
		if (isHeadingLine(line)) {
			out.push({ index: out.length, start: base, end: base + line.length, text: line, heading: true, paragraph });
		} else {
			// "MATI, Philippines — Floods …": the dateline is a heading of its own, so no sentence,
			// statement or blank carries it and its date gives no question.
			const cut = leadingDatelineLength(line);
			if (cut > 0) {
				const dateline = line.slice(0, cut).trimEnd();
				out.push({ index: out.length, start: base, end: base + dateline.length, text: dateline, heading: true, paragraph, dateline: true });
			}
			for (const s of splitLine(line.slice(cut)).map((r) => ({ start: r.start + cut, end: r.end + cut }))) {
				out.push({ index: out.length, start: base + s.start, end: base + s.end, text: line.slice(s.start, s.end), heading: false, paragraph });
			}
		}
		paragraph++;
	}
	return out;
}
