import { isCapitalised, type Token } from '../tokens';
import type { NamedThingFact, TaggedSentence } from './types';
import { HONORIFICS, isDemonym, PLACE_SUFFIXES } from './lexicon';
import { capitalisedRuns, withText } from './names';
import { appositiveAfter } from './people';
import { namedThingFact } from './named-thing-fact';
import { headsOnPerson } from './person-nouns';
import { extractTitledWorks } from './titled-works';

/** Lower-case words between a number and the capitalised end of its unit: "8 degrees Celsius". */
const UNIT_LEADS = new Set(['degree', 'degrees', 'per', 'square', 'cubic']);

/**
 * Whether the word at token `from` is part of a number's unit or stands right after a number
 * ("minus 8 degrees Celsius", "300 Kelvin"): it names no thing, and an appositive after it
 * describes the quantity ("…, a figure that assumes no atmosphere").
 */
function partOfQuantity(tokens: Token[], from: number): boolean {
	let i = from - 1;
	while (i >= 0 && UNIT_LEADS.has(tokens[i].text.toLowerCase()) && tokens[i].post.trim() === '') i--;
	const number = tokens[i];
	return !!number && number.post.trim() === '' && (number.tags.has('Value') || /\d/.test(number.text));
}

/**
 * A capitalised name followed by an appositive that says what it is: "Europa, a moon of
 * Jupiter", "Þjórsá, the longest river in Iceland". A name after a preposition is skipped, since
 * there the appositive usually describes the whole phrase ("from X, a journey of …").
 */
function describedNames(s: TaggedSentence, taken: (start: number, end: number) => boolean): NamedThingFact[] {
	const out: NamedThingFact[] = [];
	for (const run of withText(capitalisedRuns(s.tokens, true), s.text)) {
		// "Coombe & Fenwright, a partnership …": a firm's name is the organisation kind's, asked and offered among firms.
		if (taken(s.start + run.start, s.start + run.end) || partOfQuantity(s.tokens, run.from) || run.text.includes(' & ')) continue;
		const prev = s.tokens[run.from - 1]?.text.toLowerCase();
		if (prev && PREPOSITIONS.has(prev === 'the' ? (s.tokens[run.from - 2]?.text.toLowerCase() ?? '') : prev)) continue;
		const what = appositiveAfter(s.text, run.end, false);
		if (!what || !/^(?:the|a|an) /.test(what) || /\d/.test(what) || what.split(/\s+/).length > 8 || listMember(s, what, run.end, run.start)) continue;
		// "the Collector of Customs, a widower named Ambrose Halloran": the phrase gives who holds
		// the title, its own name, so it describes that holder and not the title.
		if (/\b(?:named|called|known as) \p{Lu}/u.test(what)) continue;
		// "after Agnes, a man who believes …", "Dr Hyun-woo Park, the associate professor": a single
		// word set beside a noun for a person is someone's name (or the tail of one), the person kind's
		// to read; and the phrase often describes someone else ("He … after Agnes, a man who …").
		if (run.to - run.from === 1 && headsOnPerson(what)) continue;
		out.push(namedThingFact(s, run.text, run.start, what));
	}
	return out;
}

/**
 * Whether the phrase after a name is the next member of a list, not what the name is: "the
 * reports of the Courier, the record of the inquest, and a bundle of letters" (an "and" or "or"
 * right after a name that itself follows a comma or a colon ends the list), or "the Coll de Fontsec, the Port de Vilallonga
 * and the short, steep Collada Roja" (the phrase itself joins two members). ", and found it sound"
 * opens a clause, which leaves the phrase an appositive.
 */
function listMember(s: TaggedSentence, what: string, from: number, at: number): boolean {
	if (/ (?:and|or) (?:the|a|an)\b/.test(what)) return true;
	// "to study Europa, a moon of Jupiter, and Enceladus": a name that opens no series keeps its
	// appositive, unless that is a name too ("the Kestrel Pro, the Larch Mini, and …").
	if (!/[,:;] (?:the |a |an )?$/.test(s.text.slice(0, at)) && !/^(?:the|a|an) \p{Lu}/u.test(what)) return false;
	const end = s.text.indexOf(what, from) + what.length;
	const m = /^,? (?:and|or) /.exec(s.text.slice(end));
	if (!m) return false;
	const next = s.tokens.find((t) => t.start >= end + m[0].length);
	return next !== undefined && !(next.tags.has('Verb') && !next.tags.has('Noun'));
}

/**
 * Whether the words between two offsets form a plural noun phrase: nouns and adjectives only,
 * the last one plural (compromise's "drones"-as-a-verb after a noun counts as plural).
 */
function nounPhrase(s: TaggedSentence, from: number, to: number): boolean {
	const words = s.tokens.filter((t) => t.start >= from && t.end <= to);
	if (words.length === 0) return false;
	const last = words[words.length - 1];
	const ok = words.slice(0, -1).every((w) => (w.tags.has('Noun') || w.tags.has('Adjective')) && !w.tags.has('Verb') && !w.tags.has('Pronoun'));
	const pluralNoun = last.tags.has('Plural') || (last.tags.has('PresentTense') && words.length > 1 && words[words.length - 2].tags.has('Noun'));
	return ok && pluralNoun;
}

const PREPOSITIONS = new Set(['in', 'on', 'at', 'from', 'to', 'of', 'near', 'over', 'into', 'by', 'with', 'for']);

/** "a long-range UAV" from "long-range UAV": the indefinite article a definition needs. */
export function withArticle(phrase: string): string {
	if (/^(?:the|a|an)\s/i.test(phrase)) return phrase.replace(/^the\s/i, 'a ');
	if (/s$/.test(phrase) && !/ss$/.test(phrase)) return phrase;
	return /^[aeiou]/i.test(phrase) ? `an ${phrase}` : `a ${phrase}`;
}

/** Whether the initials of `words` spell the acronym (a plural "s" on either side ignored). */
function spells(acronym: string, words: string): boolean {
	const initials = words
		.split(/[\s-]+/)
		.filter((w) => !/^(?:of|and|the|for|in|on)$/i.test(w))
		.map((w) => w[0]?.toUpperCase() ?? '')
		.join('');
	return initials === acronym.replace(/s$/, '');
}

/**
 * Named things and what the text says they are: a quoted name before a noun phrase
 * (the “Beaver” long-range UAV), "named X" / "known as X" after a noun phrase, an abbreviation
 * with its expansion in brackets, a capitalised name before a plural noun ("Shahed kamikaze
 * drones").
 */
export function extractNamedThings(s: TaggedSentence, taken: (start: number, end: number) => boolean): NamedThingFact[] {
	const out: NamedThingFact[] = [...describedNames(s, taken), ...extractTitledWorks(s, taken)];
	const t = s.text;
	for (const m of t.matchAll(
		/\bthe [“"]([\p{Lu}][^”"]{1,30})[”"] ((?:[\p{Ll}][\p{L}-]*\s){0,3}[\p{L}-]*[\p{Ll}A-Z])(?=[,.;]|\s(?:is|was|has|had|which|that|believed|will)\b)/gu
	)) {
		out.push(namedThingFact(s, m[1], (m.index ?? 0) + 5, withArticle(m[2])));
	}
	for (const m of t.matchAll(
		/\b((?:the|a|an) (?:[\p{L}\d-]+ ){0,4}[\p{L}-]+),? (?:named|called|known as) [“"]?([\p{Lu}][\p{L}\p{N}-]*(?: [\p{Lu}][\p{L}\p{N}-]*){0,3})/gu
	)) {
		// "a senior clerk called Mr. Veitch", "a locum named Dr Fairweather": a name that opens on an honorific is a person's, never a thing's.
		if (HONORIFICS.has(m[2].split(' ')[0].toLowerCase())) continue;
		const at = (m.index ?? 0) + m[0].length - m[2].length;
		const phrase = /(?:^|\s)((?:the|a|an) (?:(?!(?:the|a|an|of|in|on|at|near|to|for|with|by|from)\s)[\p{L}\d-]+ )*[\p{L}-]+)$/u.exec(m[1]);
		if (phrase) out.push(namedThingFact(s, m[2], at, withArticle(phrase[1])));
	}
	for (const m of t.matchAll(/\b((?:[\p{L}-]+ ){1,5}[\p{L}-]+) \(([A-Z]{2,6})s?\)/gu)) {
		const words = m[1].split(' ');
		for (let k = words.length - 1; k >= 0; k--) {
			const phrase = words.slice(k).join(' ');
			if (spells(m[2], phrase)) {
				const at = (m.index ?? 0) + m[0].indexOf(`(${m[2]}`) + 1;
				out.push(namedThingFact(s, m[2], at, phrase, true));
				break;
			}
		}
	}
	for (const m of t.matchAll(/\b([A-Z]{2,6}) \(([a-z][a-z -]{5,60})\)/g)) {
		if (spells(m[1], m[2])) out.push(namedThingFact(s, m[1], m.index ?? 0, m[2], true));
	}
	for (const m of t.matchAll(/(?<=[\p{Ll},] )([\p{Lu}][\p{Ll}]+) ([\p{Ll}][\p{Ll}-]+ [\p{Ll}]+s)\b/gu)) {
		const at = m.index ?? 0;
		const name = m[1];
		const from = s.tokens.findIndex((t) => t.start === at);
		if (isDemonym(name) || taken(s.start + at, s.start + at + name.length) || !isCapitalised(name) || (from >= 0 && partOfQuantity(s.tokens, from))) continue;
		if (!nounPhrase(s, at + name.length + 1, at + m[0].length) || PLACE_SUFFIXES.has(m[2].split(' ').pop()?.replace(/s$/, '') ?? '')) continue;
		out.push(namedThingFact(s, name, at, m[2]));
	}
	return out;
}
