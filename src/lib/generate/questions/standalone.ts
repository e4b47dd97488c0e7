import { BLANK, type Question } from '../../bank/schema';
import { statementInQuote } from '../checks';
import { LEANING_LEAD, unresolvedPronoun } from '../english';
import { CARRIES_ON, demonstrativeLeans, SHARE_OF_UNNAMED, unresolvedReference } from '../references';
import { contextGap, stripOpeningTime } from '../references-context';
import { objectWithoutAntecedent } from '../references-agreement';
import { nameClauseSubject } from '../references-clause-subject';
import { ambiguousPronoun, type PeopleGenders } from '../references-gender';
import { applyReplacements, resolveBareDefinite, resolveLeadPronoun } from '../references-resolve';
import { stripAlso } from '../references-leaning';
import { workReference } from '../references-work';
import { relativeCount } from '../references-relative-count';
import { stripRecentTime, stripWeekdays } from '../references-time';
import type { Sentence } from '../sentences';
import { tokenize } from '../tokens';
import type { Candidate } from './candidate';
import { trimLead } from './phrasing';
import { openedPronoun, resolveLead, type Subject } from './subject';

/**
 * Every question must stand on its own: a prompt out of its paragraph must not say "he", "this
 * drone" or "the company" with nothing to tell who or which. A sentence that leans on the one
 * before is resolved by showing that sentence first, when it stands on its own; otherwise the
 * question is dropped.
 */

/** Someone's words, which may say "we" and "this" of their own: only the words around them are read. */
const outsideQuotes = (text: string) => text.replace(/[“"][^”"]*[”"]/g, ' ');

/**
 * "The ban will take effect …" after a sentence about a ban: a definite subject whose noun one of
 * the two sentences before named, with no name or "led by" after it to say which.
 */
function definiteBackReference(text: string, earlier: Sentence[]): string | null {
	const m = /^The ((?:\p{Ll}[\p{L}-]* )?\p{Ll}[\p{L}-]*)(?!,? (?:\p{Lu}|led by|run by|known as|called|of\b))/u.exec(trimLead(text).text);
	if (!m) return null;
	const head = m[1].split(' ').pop() ?? '';
	return earlier.slice(-2).some((p) => new RegExp(`\\b${head}\\b`, 'i').test(p.text)) ? head : null;
}

/** "There is a moment …", "There were 40 boats": an existential "there" points back to no place. */
const EXISTENTIAL = /^["“‘]?There(?:['’]s| (?:is|are|was|were|has|have|had|will|would|may|might|could|seems?|appears?|remains?|exists?|used)\b)/;

/** Whether a text leans on what came before it in any way other than a definite back-reference. */
function leansOtherwise(text: string): boolean {
	const own = outsideQuotes(text);
	const lead = trimLead(text).text;
	return (
		unresolvedPronoun(own) ||
		objectWithoutAntecedent(own) !== null ||
		demonstrativeLeans(own) ||
		(LEANING_LEAD.test(lead) && !EXISTENTIAL.test(lead)) ||
		CARRIES_ON.test(lead) ||
		openedPronoun(lead) !== null ||
		SHARE_OF_UNNAMED.test(lead) ||
		contextGap(own) !== null ||
		relativeCount(trimLead(own).text) !== null
	);
}

/** Whether a text leans on what came before it: a pronoun, "this …", or a definite back-reference. */
export function leansBack(text: string, earlier: Sentence[] = []): boolean {
	return leansOtherwise(text) || definiteBackReference(text, earlier) !== null;
}

/**
 * Whether the sentence before can be shown to resolve a prompt: it states something (a heading
 * such as "Rating: three stars out of five." has no verb and resolves nothing), and when all the
 * prompt leans on is "The double-tone siren", it names a siren itself: a sentence about something
 * else, shown first, only misleads.
 */
function resolvesFrom(previous: Sentence, text: string, earlier: Sentence[]): boolean {
	if (!tokenize(previous.text).some((t) => t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Noun'))) return false;
	const head = leansOtherwise(text) ? null : definiteBackReference(text, earlier);
	return head === null || new RegExp(`\\b${head}`, 'i').test(previous.text);
}

/** What the article tells about the people a pronoun may mean: its main subject, whether others are named just before, and everyone's gender. */
export interface About {
	subject: Subject | null;
	othersBefore: boolean;
	people?: PeopleGenders;
}

/**
 * "The governor, ____, refused.": a blank with fewer than four words around it asks about a
 * sentence whose point (refused what?) the one before holds, so that one is shown first. A thin
 * prompt with no verb ("The pianist ____.") is a cut gone wrong, which no sentence before mends.
 */
function thinBlank(prompt: string): boolean {
	if (!prompt.includes(BLANK)) return false;
	const rest = prompt.replace(BLANK, ' ');
	return rest.split(/[\s“”"‘’.,:;!?()—–-]+/).filter(Boolean).length < 4 && tokenize(rest).some((t) => t.tags.has('Verb'));
}

/**
 * "… compared with 35 percent in the other villages": a reference the checks find unresolved
 * (see references.ts) that none of the tests above reads. The sentence before may resolve it, so
 * it is tried as for a pronoun, rather than the question failing its check. A time counted from
 * the day of publication ("next Saturday") no sentence before resolves. The two sentences together
 * stay within about 45 words (two sentences of average length): past that the prompt reads as a
 * paragraph, and on the dev and fixture articles such long pairs mostly asked a side detail.
 */
const GAP_CONTEXT_MAX = 270;

function referenceGap(prompt: string): boolean {
	const gap = unresolvedReference(prompt);
	return gap !== null && !gap.includes('counts from the day');
}

/** Two sentences of one paragraph as one source: the gap between them as in the article. */
export function joined(a: Sentence, b: Sentence): Sentence {
	return { ...b, start: a.start, text: `${a.text}${' '.repeat(b.start - a.end)}${b.text}` };
}

/**
 * A sentence-form candidate (a blank or a statement) made to stand on its own: unchanged when its
 * sentence leans on nothing; with the previous sentence of the paragraph shown first when that
 * sentence stands alone and the two together resolve every pronoun; null otherwise.
 */
export function standAlone(given: Candidate, earlier: Sentence[], text: string, about?: About): Candidate | null {
	// "About nine minutes later, the stage released …": the claim stands without the time counted from a sentence not shown.
	const prompt0 = stripOpeningTime(given.question.prompt, given.question.source?.quote);
	const c =
		prompt0 === given.question.prompt ? given : { ...withPrompt(given, prompt0), sentence: { ...given.sentence, text: stripOpeningTime(given.sentence.text) } };
	const made = standAloneSentence(c, earlier, text, about);
	if (!made) return null;
	// "The study also showed …": the claim stands without the sentence "also" adds it to.
	const prompt = stripAlso(made.question.prompt);
	// A statement keeps the article's words: a false one may be false in its very weekday, and
	// loses a recent week only where the article's sentence says that week too.
	const quote = made.question.source?.quote;
	return withPrompt(made, made.question.type === 'true_false' ? stripRecentTime(prompt, quote) : stripRecentTime(stripWeekdays(prompt, quote)));
}

/** The candidate with another prompt, unchanged when the prompt is the same. */
const withPrompt = (c: Candidate, prompt: string): Candidate => (prompt === c.question.prompt ? c : { ...c, question: { ...c.question, prompt } });

function standAloneSentence(c: Candidate, earlier: Sentence[], text: string, about?: About): Candidate | null {
	const inPlace = resolveInPlace(c, earlier, text, about?.people);
	if (inPlace !== undefined) return inPlace;
	const clause = nameAfterClause(c, earlier, text, about);
	if (clause !== undefined) return clause;
	const leans = leansBack(c.sentence.text, earlier) || thinBlank(c.question.prompt);
	if (!leans && !referenceGap(c.question.prompt)) return c;
	// "She was elected …" in an obituary of Salvesen: the subject's name in place of the pronoun.
	const resolved = resolveLead(c.sentence.text, about?.subject ?? null, about?.othersBefore ?? true);
	const prompt = resolveLead(c.question.prompt, about?.subject ?? null, about?.othersBefore ?? true);
	if (resolved && prompt && !leansBack(resolved, earlier)) return { ...c, question: { ...c.question, prompt } };
	// A true/false statement makes one claim: two sentences copied together make two, and a
	// learner cannot tell which one a "false" is about.
	if (c.form === 'statement') return null;
	const previous = earlier.at(-1);
	// The sentence just before, with no heading between: in a paragraph or the one before it.
	// A question before it ("What about people who cannot travel?") is a heading in all but layout: it states nothing.
	if (
		!previous ||
		previous.heading ||
		/\?["”’]?$/.test(previous.text.trim()) ||
		previous.index !== c.sentence.index - 1 ||
		leansBack(previous.text, earlier.slice(0, -1)) ||
		!resolvesFrom(previous, c.sentence.text, earlier)
	)
		return null;
	const both = outsideQuotes(`${previous.text} ${c.sentence.text}`);
	// The sentence shown first must name the one "him" means, not merely stand before it, and
	// only one: after "Rivas beat Okoro in three sets.", "She remains No. 4" could be either.
	const lead = /^(?:He|She|His|Her)\b/.exec(trimLead(c.sentence.text).text)?.[0];
	if (unresolvedPronoun(both) || objectWithoutAntecedent(both) || (lead && about?.people && ambiguousPronoun(lead, previous.text, about.people))) return null;
	// The source is the article's own text across both sentences, paragraph break and all.
	const source = { quote: text.slice(previous.start, c.sentence.end), start: previous.start, end: c.sentence.end };
	const question: Question = { ...c.question, prompt: `${previous.text} ${c.question.prompt}`, source };
	// A reference only the checks read ("the two units", "that event") is often a side detail's: shown
	// with a long sentence before it, it makes a paragraph to read for one figure (see GAP_CONTEXT_MAX).
	if (!leans && question.prompt.length > GAP_CONTEXT_MAX) return null;
	return { ...c, question };
}

/**
 * "When Pargeter & Lowe closed in 1968, he bought …" in his obituary: the subject named for the
 * pronoun after an opening clause that names no one else (see references-clause-subject.ts), in
 * the sentence and the prompt alike. A true statement's quote runs back to the sentence before
 * that names the subject, so the name is the article's own; null when none of the two does;
 * undefined when the rule does not apply, and the tests below judge.
 */
function nameAfterClause(c: Candidate, earlier: Sentence[], text: string, about?: About): Candidate | null | undefined {
	if (!about?.subject || !about.people || about.othersBefore) return undefined;
	const sentence = nameClauseSubject(c.sentence.text, about.subject, about.people);
	const prompt = nameClauseSubject(c.question.prompt, about.subject, about.people);
	if (sentence === null || prompt === null || leansBack(sentence, earlier)) return undefined;
	const named = withPrompt(c, prompt);
	const source = c.question.source;
	if (c.question.type !== 'true_false' || !c.question.answer || !source) return named;
	const from = [...earlier].reverse().find((s) => s.end <= source.start && statementInQuote(text.slice(s.start, source.end), prompt));
	return from ? { ...named, question: { ...named.question, source: { quote: text.slice(from.start, source.end), start: from.start, end: source.end } } } : null;
}

/**
 * A candidate whose references the article resolves, with the names put in their place ("its
 * value" → "Veridia’s value", "the check" → "the heavy maintenance check"); null when a reference
 * could mean two things; undefined when nothing was resolved, so the caller judges as before.
 */
function resolveInPlace(c: Candidate, earlier: Sentence[], text: string, people?: PeopleGenders): Candidate | null | undefined {
	const before = earlier.at(-1);
	const previous = before && before.index === c.sentence.index - 1 && !before.heading ? before : undefined;
	const definite = resolveBareDefinite(c.sentence.text, text.slice(0, c.sentence.start));
	if (!definite.ok) return null;
	const lead = resolveLeadPronoun(c.sentence.text, previous, people);
	const work = workReference(c.sentence.text, text);
	const replacements = [...definite.replacements, ...(lead.ok ? lead.replacements : []), ...(work ? [work] : [])];
	if (replacements.length === 0) return undefined;
	const sentence = applyReplacements(c.sentence.text, replacements);
	// A resolved "the check" names its check: the head a sentence before used is no longer a back-reference.
	if (leansBack(sentence, definite.replacements.length > 0 ? [] : earlier)) return undefined;
	const prompt = applyReplacements(c.question.prompt, replacements);
	if (c.question.type !== 'true_false') return { ...c, question: { ...c.question, prompt } };
	// A statement's quote runs from the sentence the name came from, so the name is the article's own.
	const from = Math.min(...replacements.map((r) => r.antecedent));
	const first = earlier.find((s) => s.start <= from && from < s.end);
	if (!first) return null;
	const source = { quote: text.slice(first.start, c.sentence.end), start: first.start, end: c.sentence.end };
	return { ...c, question: { ...c.question, prompt, source } };
}

/** Whether a real question (not a copied sentence) names everything it asks about. */
export function questionStandsAlone(prompt: string): boolean {
	const own = outsideQuotes(prompt);
	return !unresolvedPronoun(own) && !demonstrativeLeans(own);
}

/**
 * A real question or a card made to stand on its own: its weekdays struck ("Why did the museum
 * announce on Monday …?" → "Why did the museum announce …?"); null when it still names nothing.
 */
export function standAloneQuestion(c: Candidate): Candidate | null {
	if (!questionStandsAlone(c.question.prompt) && c.fact.kind !== 'quote') return null;
	return withPrompt(c, stripRecentTime(stripWeekdays(stripAlso(c.question.prompt))));
}
