import { parse, type GIFTQuestion, type NumericalChoice, type NumericalFormat, type TextChoice, type TextFormat } from 'gift-pegjs';
import { BLANK } from '$lib/bank/schema';
import { cleanTags, DeckBuilder, textHash, titleFromFile } from './deck-builder';
import { messageOf } from './errors';
import { htmlToText, tidy } from './plain-text';
import { decodeText, lines } from './text';
import type { ImportFile, ImportResult } from './types';

// Moodle's GIFT, read by gift-pegjs one question at a time (questions are separated by blank
// lines), so that one broken question is skipped with its line and the others still land.

type Draft = Parameters<DeckBuilder['add']>[2];
type Reading = { draft: Draft } | { skip: string } | { category: string } | { nothing: true };

const text = (t: TextFormat | null): string => {
	if (!t) return '';
	return t.format === 'html' || t.format === 'moodle' ? htmlToText(t.text).text : tidy(t.text);
};

/** GIFT marks an embedded answer's place with five underscores; Factdeck's blank has four. */
const stemOf = (q: { stem: TextFormat; hasEmbeddedAnswers: boolean }) => {
	const stem = text(q.stem);
	return q.hasEmbeddedAnswers ? stem.replace(/_{5}/, BLANK) : stem;
};

const isRight = (c: TextChoice | NumericalChoice) => c.isCorrect || c.weight === 100;

function numeric(f: NumericalFormat): { answer?: number; tolerance?: number } {
	if (f.type === 'high-low' && f.numberHigh !== undefined && f.numberLow !== undefined) {
		return { answer: (f.numberHigh + f.numberLow) / 2, tolerance: Math.abs(f.numberHigh - f.numberLow) / 2 };
	}
	return { answer: f.number, tolerance: f.type === 'range' ? f.range : undefined };
}

function reading(q: GIFTQuestion): Reading {
	if (q.type === 'Category') return { category: q.title };
	if (q.type === 'Description') return { nothing: true };
	if (q.type === 'Essay') return { skip: 'is an essay question: it has no answer that can be graded' };
	if (q.type === 'Matching') return { skip: 'is a matching question, which Factdeck does not have' };
	const prompt = stemOf(q);
	const explanation = text(q.globalFeedback) || undefined;
	const tags = q.tags ?? [];
	if (q.type === 'TF') return { draft: { type: 'true_false', prompt, answer: q.isTrue, explanation, tags } };
	if (q.type === 'MC') {
		const right = q.choices.filter(isRight);
		if (right.length !== 1) return { skip: `has ${right.length} fully right choices; a Factdeck multiple-choice question has exactly one` };
		const choices = q.choices.map((c) => text(c.text));
		return { draft: { type: 'mcq', prompt, choices, answer: q.choices.indexOf(right[0]), explanation, tags } };
	}
	if (q.type === 'Short') {
		const [answer, ...accept] = q.choices.filter(isRight).map((c) => text(c.text));
		if (answer === undefined) return { skip: 'has no right answer' };
		const type = q.hasEmbeddedAnswers ? 'cloze' : 'short_answer';
		return { draft: { type, prompt, answer, accept: accept.length ? accept : undefined, explanation, tags } };
	}
	const format = Array.isArray(q.choices) ? q.choices.find(isRight)?.text : q.choices;
	if (!format) return { skip: 'has no right answer' };
	return { draft: { type: 'numeric', prompt, ...numeric(format), explanation, tags } };
}

/** The file's questions as blocks separated by blank lines, each with the line it starts on. */
function blocks(source: string): { line: number; text: string }[] {
	const out: { line: number; text: string }[] = [];
	let current: string[] = [];
	let start = 0;
	lines(source).forEach((line, i) => {
		if (line.trim() === '') {
			if (current.length) out.push({ line: start + 1, text: current.join('\n') });
			current = [];
			return;
		}
		if (!current.length) start = i;
		current.push(line);
	});
	if (current.length) out.push({ line: start + 1, text: current.join('\n') });
	return out;
}

function parseBlock(block: string): GIFTQuestion[] | { error: string; line: number } {
	try {
		return parse(block);
	} catch (error) {
		const located = error as { message?: string; location?: { start?: { line?: number } } };
		return { error: located.message ?? String(error), line: located.location?.start?.line ?? 1 };
	}
}

/** Reads a Moodle GIFT file. Never throws. */
export function readGift(file: ImportFile): ImportResult {
	try {
		const builder = new DeckBuilder();
		let category: string | undefined;
		for (const block of blocks(decodeText(file.bytes))) {
			const parsed = parseBlock(block.text);
			if (!Array.isArray(parsed)) {
				builder.skip(`line ${block.line + parsed.line - 1}`, `is not valid GIFT: ${parsed.error}`);
				continue;
			}
			for (const q of parsed) {
				const where = `line ${block.line}`;
				const read = reading(q);
				if ('category' in read) category = read.category.split('/').filter(Boolean).pop();
				else if ('skip' in read) builder.skip(where, read.skip);
				else if ('draft' in read) {
					const title = 'title' in q && q.title ? q.title : '';
					const tags = cleanTags([...(read.draft.tags as string[]), ...(category ? [category] : [])]);
					const prompt = String(read.draft.prompt ?? '');
					builder.add(where, title || `${prompt.slice(0, 40)}-${textHash(prompt)}`, { ...read.draft, tags });
				}
			}
		}
		return { ok: true, deck: builder.deck(titleFromFile(file.name)) };
	} catch (error) {
		return { ok: false, message: messageOf(error, file.name) };
	}
}
