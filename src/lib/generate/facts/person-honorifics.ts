import type { Token } from '../tokens';
import { HONORIFICS } from './lexicon';
import type { NameRun } from './names';

/**
 * "a senior clerk called Mr. Veitch", "Mrs Pell", "Dr Okoro": a surname alone after an honorific
 * names a person as fully as the text ever does. The honorific is no name word (`isNameWord`), so
 * the run holds the surname only ("MS Fjordglimt", in capitals, is a ship); here it is widened to hold the honorific too, which keeps the
 * name two words long and says who is meant ("Veitch" alone could be anything).
 */
export function withHonorific(tokens: Token[], run: NameRun, sentence: string): NameRun | undefined {
	const before = tokens[run.from - 1];
	if (run.to - run.from !== 1 || !before || !/^\p{Lu}\p{Ll}+$/u.test(before.text) || !/^\.? $/.test(before.post)) return undefined;
	if (!HONORIFICS.has(before.text.toLowerCase()) || !before.tags.has('Honorific')) return undefined;
	// "Dr Hyun-woo Park": a surname run cut at a hyphen is the start of a longer name, not the whole of one.
	if (/^[\p{L}-]/u.test(sentence.slice(run.end))) return undefined;
	return { ...run, from: run.from - 1, start: before.start, text: sentence.slice(before.start, run.end) };
}

/** Whether a run opens on an honorific: "Mr. Veitch" as `withHonorific` widened it. */
export const opensOnHonorific = (tokens: Token[], run: NameRun) => HONORIFICS.has((tokens[run.from]?.text ?? '').toLowerCase());
