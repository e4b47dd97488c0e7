import { wordCount } from './english';
import { finite } from './kinds/lead-phrases';
import { definitePhrases, mentions, type DefinitePhrase } from './references-definite-phrases';
import { bareOrdinal } from './references-leaning';
import { articleRoles, groupLeaders, nameLedGroups, settleRoles, type RoleHolders } from './references-roles';
import { fullerIntroduction, introductions, type Introduction } from './references-introductions';
import { nameBesideNoun, pinnedInLead } from './references-lead-names';
import { bareSubjectLeans } from './references-bare-subject';
import { splitSentences, type Sentence } from './sentences';
import { tokenize } from './tokens';

/**
 * "The design was patented in ____." copied from a sentence after "a storage design by two
 * engineers at Norwick": out of its paragraph, "the design" could be any design. A definite
 * "the …" whose noun an earlier sentence of the article brought in, and which nothing in the
 * prompt pins down, leans on that sentence. Where the article gives the noun exactly one name
 * ("the city" with only Duluth named a city) the name takes its place; otherwise the question goes.
 */

/**
 * The title and the first paragraph of an article (a byline skipped): what the article is about.
 * "The study" of an article whose lead reports one study, or "the dam" of one about a dam's
 * failure, is that one to any reader of the article, so a prompt may say it without a name.
 */
export function articleLead(article: string): string {
	const paragraphs = article
		.split(/\n\s*\n/)
		.map((p) => p.trim())
		.filter((p) => p !== '');
	const body = paragraphs.slice(1).find((p) => p.split(/\s+/).length >= 12) ?? '';
	return `${paragraphs[0] ?? ''}\n${body}`;
}

/**
 * The parts of a prompt a learner must know the referents in to answer: all of a question or a
 * statement; for a blank, the clause the blank stands in and the opening clause, its subject.
 * "Engineer ____, who designed the drill …, said the hole began to refreeze" asks for the
 * engineer: which hole is beside the point.
 */
function askedParts(prompt: string): [number, number][] {
	const blank = prompt.indexOf('____');
	if (blank < 0) return [[0, prompt.length]];
	const bounds = [0, ...[...prompt.matchAll(/[,;:—–]/g)].map((m) => m.index + 1), prompt.length];
	const clause = (at: number): [number, number] => {
		const i = bounds.findIndex((b) => b > at);
		return [bounds[i - 1], bounds[i]];
	};
	return [clause(0), clause(blank)];
}

/**
 * What prompts of one article are read against: its lead, the names it gives a noun, and where it
 * brings each noun in (looked up once per noun, so a long article is not read again per prompt).
 */
export interface DefiniteContext {
	article: string;
	lead: string;
	names: Map<string, Set<string>>;
	introductionsOf: (head: string) => Introduction[];
	/** The article's role nouns and their holders, read once ("the substitute" → Castell, Sand). */
	roles: RoleHolders;
	/** The groups the article names by a leader ("the team, led by … Okafor"). */
	leaders: Map<string, Set<string>>;
	/** The one name the article sets beside a noun ("the paper" → "the Fenmouth Gazette"), looked up once per noun. */
	nameBeside: (head: string) => string | null;
	/** How many words the article's sentence starting at an offset has (0 where none starts). */
	sentenceWords: (start: number) => number;
	/** Whether a sentence of the article's body comes before an offset: the article's first one leans on nothing. */
	follows: (start: number) => boolean;
}

/** `people`: the surnames of the people the article names, whose roles it reads; `sentences`: the article's, when the caller has split it already. */
export function definiteContext(
	article: string,
	names: Map<string, Set<string>>,
	people: Set<string> = new Set(),
	sentences: Sentence[] = splitSentences(article)
): DefiniteContext {
	const known = new Map<string, Introduction[]>();
	const introductionsOf = (head: string) => known.get(head) ?? known.set(head, introductions(article, head)).get(head) ?? [];
	const beside = new Map<string, string | null>();
	const nameBeside = (head: string) =>
		beside.has(head) ? (beside.get(head) ?? null) : (beside.set(head, nameBesideNoun(article, head, people)).get(head) ?? null);
	const words = new Map(sentences.map((s) => [s.start, wordCount(s.text)]));
	const opening = sentences.find((s) => !s.heading)?.start ?? 0;
	return {
		article,
		lead: articleLead(article),
		names,
		introductionsOf,
		roles: articleRoles(article, people),
		leaders: groupLeaders(article, people),
		nameBeside,
		sentenceWords: (start) => words.get(start) ?? 0,
		follows: (start) => start > opening
	};
}

/**
 * "The fund passed £300 in fourteen months.": a sentence this short has no room to say which fund,
 * so its bare "the …" goes on from the sentences before it even where none of them said "a fund"
 * (the fund was "a subscription for a lifeboat"). A longer sentence that brings a noun in with
 * "the" mostly says enough around it ("The scheme, called Check Your Numbers, screened …"). Only
 * a statement or blank that opens the prompt counts, a short sentence after the one it goes on
 * from having it shown; a question is short by its making, so its source sentence is counted
 * ("In what year did the board adopt the scheme?" of "The board adopted the scheme in 1888.").
 */
const SHORT_SENTENCE = 10;

function inShortSentence(prompt: string, at: number, sourceWords: number): boolean {
	const first = splitSentences(prompt)[0];
	if (first === undefined || at >= first.end) return false;
	if (first.text.endsWith('?')) return sourceWords > 0 && sourceWords <= SHORT_SENTENCE;
	const words = wordCount(first.text.slice(openingPhrase(first.text, at - first.start) ? at - first.start : 0));
	return words > 0 && words <= SHORT_SENTENCE;
}

/**
 * "Horse-drawn at first, the machine was converted to steam in 1864.": a phrase before the subject
 * says how or when, never which, so the sentence is counted from the subject on. A phrase with a
 * verb of its own is a clause ("Shading raised survival, the team reported"), and one with a name
 * or a figure may say which ("Including $420 million of Pellham debt, the transaction …").
 */
function openingPhrase(sentence: string, at: number): boolean {
	const before = sentence.slice(0, at);
	if (!/^[^,]+, $/.test(before) || /\d/.test(before)) return false;
	// Tagged in its sentence: out of it, "drawn" of "Horse-drawn at first" reads as a verb in the past.
	const tokens = tokenize(sentence).filter((t) => t.end <= at);
	return !tokens.slice(1).some((t) => /^\p{Lu}/u.test(t.text)) && !tokens.some((t) => finite(t) && !t.tags.has('Participle'));
}

/**
 * A prompt (whose own text starts at `start` in the article) with every "the …" that leans on an
 * earlier sentence settled: the one name the article gives the noun in its place ("much of the
 * city's heat" → "much of Duluth’s heat"; a true statement then quotes the sentence that gives
 * the name, see references-statement.ts); null when a phrase leans back and the article gives it no name or several. A
 * noun the lead brings in is what the article is about ("the study" of a report on one study): it
 * stays, or takes the one name the article sets beside it ("the paper" → "the Fenmouth Gazette",
 * see references-lead-names.ts). A noun the prompt itself brought in earlier is its own.
 */
export function settleDefinites(prompt: string, context: DefiniteContext, start: number): string | null {
	// "Circulation rose to ____ copies a week.": whose circulation, the sentence before said (see references-bare-subject.ts).
	const first = splitSentences(prompt)[0]?.text ?? '';
	if (bareSubjectLeans(first, wordCount(first), SHORT_SENTENCE, context.follows(start), context.lead)) return null;
	// The sentence before is within a few hundred characters: a long article is not copied for every prompt.
	const roled = settleRoles(restoreOrdinals(prompt, context.article.slice(Math.max(0, start - 800), start)), context.roles);
	if (roled === null) return null;
	// "the team" of an article that says who leads it: "Okafor’s team".
	let out = nameLedGroups(roled, context.leaders);
	const asked = askedParts(out);
	for (const phrase of definitePhrases(out).reverse()) {
		if (!asked.some(([from, to]) => phrase.at >= from && phrase.at < to)) continue;
		if (mentions(out.slice(0, phrase.at), phrase.head)) continue;
		// "the paper" of a lead about one paper is that paper, but a prompt out of the article says which only by its name.
		if (mentions(context.lead, phrase.head)) {
			// "the bell at Gullhead Point’s tone" reads badly: a possessive takes only a name.
			const name = context.nameBeside(phrase.head) ?? (phrase.possessive ? null : pinnedInLead(context.lead, phrase.head));
			// Where the prompt's own paragraph says the name, the name may be what it asks ("What does the article call the active ingredient?").
			if (name && !`${out}${context.article.slice(start).split('\n')[0]}`.includes(name.replace(/^the /, ''))) out = putName(out, phrase, name);
			continue;
		}
		const earlier = context.introductionsOf(phrase.head).filter((f) => f.at < start);
		const short = context.follows(start) && inShortSentence(out, phrase.at, context.sentenceWords(start));
		if (earlier.length === 0 && !short) continue;
		const named = context.names.get(phrase.head);
		const fuller = fullerIntroduction(earlier, phrase.head, phrase.text.split(' ').slice(1, -1).join(' ').toLowerCase());
		const name = named?.size === 1 ? [...named][0] : fuller;
		if (!name) return null;
		out = putName(out, phrase, name);
	}
	return out;
}

/** The prompt with a name in a phrase's place, capitalised where it opens the prompt and possessive where the phrase was. */
function putName(prompt: string, phrase: DefinitePhrase, name: string): string {
	const only = phrase.at === 0 ? name.replace(/^the /, 'The ') : name;
	const possessive = phrase.possessive ? (only.endsWith('s') ? '’' : '’s') : '';
	return `${prompt.slice(0, phrase.at)}${only}${possessive}${prompt.slice(phrase.at + phrase.text.length)}`;
}

/** "two match points", "three deposit laws": a count and the plural it counts. */
const COUNTED = /\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+) ((?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]+s)\b/gu;

/**
 * "Okafor saved the first with an ace and the second …" after "Novotná had two match points":
 * each ordinal with no noun given the noun the sentence before counted ("the first match point");
 * unchanged when that sentence counts nothing or several things (the checks then drop it).
 */
export function restoreOrdinals(prompt: string, before: string): string {
	if (!bareOrdinal(prompt)) return prompt;
	const previous =
		before
			.trim()
			.split(/(?<=[.!?])\s+/)
			.at(-1) ?? '';
	const counted = [...new Set([...previous.matchAll(COUNTED)].map((m) => m[1]))];
	if (counted.length !== 1) return prompt;
	const noun = counted[0].replace(/ies$/, 'y').replace(/s$/, '');
	let out = prompt;
	for (let found = bareOrdinal(out); found; found = bareOrdinal(out)) {
		const end = found.at + found.text.length;
		out = `${out.slice(0, end)} ${noun}${out.slice(end)}`;
	}
	return out;
}
