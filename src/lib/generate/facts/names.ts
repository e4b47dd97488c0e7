import type { Token } from '../tokens';
import { isCapitalised } from '../tokens';
import { isCommonWord } from '../frequency';
import { HONORIFICS, NOT_NAMES, ROLE_NOUNS } from './lexicon';

/** A run of capitalised words: a candidate name. Token indices are inclusive-exclusive. */
export interface NameRun {
	from: number;
	to: number;
	start: number;
	end: number;
	text: string;
}

/** Joiners allowed inside a name when a capitalised word follows ("University of Iceland", "Harrow & Finch"). */
const JOINERS = new Set(['of', 'and', '&', 'de', 'da', 'do', 'dos', 'das', 'del', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'bin', 'al', 'for']);

/** The word without a possessive ending: "Russia’s" -> "Russia". */
export function stripPossessive(word: string): string {
	return word.replace(/['’]s$/, '');
}

function clean(t: Token): string {
	return t.text.toLowerCase().replace(/\.$/, '');
}

/** Whether a token can sit in a name: capitalised, not a function word, month or title. */
export function isNameWord(t: Token, atSentenceStart: boolean): boolean {
	const w = clean(t);
	if (!isCapitalised(t.text) || /\d/.test(t.text)) return false;
	if (NOT_NAMES.has(w) || HONORIFICS.has(w) || HONORIFICS.has(`${w}.`)) return false;
	if (ROLE_NOUNS.has(w)) return false;
	if (atSentenceStart && !t.tags.has('ProperNoun') && !t.tags.has('Person') && !t.tags.has('Place') && !t.tags.has('Organization')) return false;
	return true;
}

/**
 * "Later Ingrid Vos left", "Afterwards Marta Ilves resigned", "Otherwise Tesk …": a sentence's
 * first word is capitalised by its place alone, and one the tagger reads as an adverb, a
 * connective or a preposition opens the sentence rather than a name. A comparative ("Later",
 * "Earlier") opens no person's name ("Later Ingrid Vos"), though it may open a place's ("Greater Manchester").
 */
function opensSentenceOnly(t: Token, person: boolean): boolean {
	if (t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('Place') || t.tags.has('Organization')) return false;
	const tags = ['Adverb', 'Conjunction', 'Expression', 'Preposition', 'Determiner', 'Pronoun', ...(person ? ['Comparative'] : [])];
	return tags.some((tag) => t.tags.has(tag));
}

function breaksAfter(t: Token): boolean {
	// "John F. Kennedy": the dot of a middle initial ends no name.
	if (/^\p{Lu}\.?$/u.test(t.text) && /^\.?\s+$/.test(t.post) && (t.post.includes('.') || t.text.endsWith('.'))) return false;
	return (t.post.trim() !== '' && t.post !== '-') || /['’]s$/.test(t.text);
}

/**
 * The capitalised runs of a sentence. A run ends at punctuation, at a possessive, or at a
 * lower-case word (joiners such as "of" and "de" stay inside when a capitalised word follows).
 * `allowJoiners` is false for people, whose names do not hold "of" or "and".
 */
/**
 * "Hyun-woo Park", "Ji-hoon Kim": a given name of two syllables, the second written small, before
 * a surname that is no place.
 */
function smallSecondPart(tokens: Token[], at: number): boolean {
	const [first, second, surname] = [tokens[at], tokens[at + 1], tokens[at + 2]];
	if (!first || !second || !surname || first.post !== '-' || second.post !== ' ' || !/^\p{Lu}\p{Ll}+$/u.test(first.text)) return false;
	// "Post-war", "Well-known": an English word before the hyphen opens a compound, not a name, unless the tagger knows it as one.
	if (isCommonWord(first.text) && !first.tags.has('ProperNoun') && !first.tags.has('Person')) return false;
	return /^\p{Ll}{2,5}$/u.test(second.text) && isNameWord(surname, false) && !surname.tags.has('Place') && !surname.tags.has('Organization');
}

export function capitalisedRuns(tokens: Token[], allowJoiners: boolean): NameRun[] {
	const runs: NameRun[] = [];
	let i = 0;
	while (i < tokens.length) {
		const startsName =
			i === 0 &&
			isNameWord(tokens[i], false) &&
			!opensSentenceOnly(tokens[i], !allowJoiners || !!tokens[1]?.tags.has('FirstName')) &&
			!breaksAfter(tokens[i]) &&
			!!tokens[1] &&
			(isNameWord(tokens[1], false) || smallSecondPart(tokens, 0));
		if ((!isNameWord(tokens[i], i === 0) && !startsName) || (tokens[i].pre.trim() !== '' && !/^["“‘(]$/.test(tokens[i].pre.trim()))) {
			i++;
			continue;
		}
		let j = i;
		while (j + 1 < tokens.length && !breaksAfter(tokens[j])) {
			const next = tokens[j + 1];
			if (next.pre.trim() !== '') break;
			if (smallSecondPart(tokens, j)) {
				j += 2;
				continue;
			}
			if (tokens[j].post === '-' && !isNameWord(next, false)) break;
			if (isNameWord(next, false)) {
				j++;
				continue;
			}
			const joiner = clean(next);
			const lower = next.text === next.text.toLowerCase();
			const after = tokens[j + 2];
			if (allowJoiners && lower && JOINERS.has(joiner) && !breaksAfter(next) && after && isNameWord(after, false) && after.pre.trim() === '') {
				j += 2;
				continue;
			}
			if (
				!allowJoiners &&
				lower &&
				['de', 'da', 'do', 'dos', 'das', 'van', 'von', 'der', 'bin', 'del'].includes(joiner) &&
				after &&
				isNameWord(after, false) &&
				!breaksAfter(next)
			) {
				j += 2;
				continue;
			}
			break;
		}
		const first = tokens[i];
		const last = tokens[j];
		const lastText = /['’]s$/.test(last.text) ? stripPossessive(last.text) : last.text;
		const end = last.start + lastText.length;
		runs.push({ from: i, to: j + 1, start: first.start, end, text: '' });
		i = j + 1;
	}
	return runs;
}

/** Fills in each run's text from the sentence. */
export function withText(runs: NameRun[], sentence: string): NameRun[] {
	return runs.map((r) => ({ ...r, text: sentence.slice(r.start, r.end) }));
}

/**
 * "Harrow & Finch", "Pollard & Sons": capitalised words joined by an ampersand are a firm's name,
 * never a person's, so a surname inside one ("Finch" of "Harrow & Finch") names no one.
 */
export const besideAmpersand = (tokens: Token[], run: Pick<NameRun, 'from' | 'to'>) => tokens[run.from - 1]?.text === '&' || tokens[run.to]?.text === '&';
