import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bank } from '../lib/bank/schema';
import { contentStems } from '../lib/generate/centrality';
import { judgementSchema } from './judged-command';

/**
 * The judges' "missing" lists: the central facts each of them found no question asking. Asking
 * the wrong sentences is the first thing they hold against a bank, and a question's own verdict
 * cannot show it, so dev-score counts how many of these facts today's bank asks about.
 */

/** Every missing-fact entry under a judgements folder, by article name (without `.txt`), over all runs. */
export function readMissing(root: string): Map<string, string[]> {
	const out = new Map<string, string[]>();
	for (const run of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
		const dir = join(root, run.name);
		for (const file of readdirSync(dir).filter((f) => f.endsWith('.judgement.json'))) {
			const article = file.replace(/\.judgement\.json$/, '');
			const { missing = [] } = judgementSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
			out.set(article, [...(out.get(article) ?? []), ...missing]);
		}
	}
	return out;
}

/** Fewer shared content words than this and an entry names no one sentence (a summary of the whole). */
const MIN_SHARED = 2;

type Span = { start: number; end: number; heading: boolean };

/** The body sentence that shares the most content words with the entry, or null when none shares enough. */
export function sentenceOf(entry: string, text: string, sentences: Span[]): Span | null {
	return placer(text, sentences)(entry);
}

/** Places entries among one article's sentences, each sentence's content words read once. */
function placer(text: string, sentences: Span[]): (entry: string) => Span | null {
	const body = sentences.filter((s) => !s.heading).map((s) => ({ s, own: contentStems(text.slice(s.start, s.end)) }));
	return (entry) => {
		const wanted = [...contentStems(entry)];
		let best: Span | null = null;
		let most = MIN_SHARED - 1;
		for (const { s, own } of body) {
			const shared = wanted.filter((w) => own.has(w)).length;
			if (shared > most) {
				most = shared;
				best = s;
			}
		}
		return best;
	};
}

/** Of the entries that name a sentence, how many sit in a sentence some question of the bank comes from. */
export function centralFactsAsked(entries: string[], text: string, sentences: Span[], bank: Bank): { asked: number; placed: number } {
	const starts = bank.questions.flatMap((q) => (q.source ? [q.source.start] : []));
	const place = placer(text, sentences);
	let asked = 0;
	let placed = 0;
	for (const entry of entries) {
		const s = place(entry);
		if (!s) continue;
		placed++;
		if (starts.some((at) => at >= s.start && at < s.end)) asked++;
	}
	return { asked, placed };
}
