import { BLANK, type Question } from '../bank/schema';
import { normalText } from './normal-text';
import { escapeRegExp } from './english';
import { findNumber, parseNumber } from '../quiz/parse-number';
import { badBlank } from './checks-blanks';
import { noClaim } from './checks-statements';
import { badCard, pointerInKey } from './questions/card-backs-checks';
import { derivableBlank } from './derivable';
import { grammarProblem } from './grammar';
import { numbersIn } from './numbers';
import { unresolvedReference } from './references';
import { everydayTerm, genericFront } from './checks-everyday';
import { openQuestion } from './open-question';

/**
 * The automatic checks every generated question must pass. Each returns a reason a teacher
 * would understand, or nothing. `checkQuestion` runs them all; [] means the question is fine.
 */

/** Long enough for a sentence shown with the one before it, which it leans on (see questions/standalone.ts). */
export const PROMPT_MAX = 320;
const PROMPT_MIN = 12;

export { numbersIn } from './numbers';

/** Whole-word containment after normalisation. */
function containsWords(haystack: string, needle: string): boolean {
	const h = ` ${normalText(haystack)} `;
	const n = normalText(needle);
	return n.length > 0 && h.includes(` ${n} `);
}

/** What sort of thing a choice is: a number, a name, or a phrase. */
function choiceKind(s: string): 'number' | 'text' {
	const t = s.trim();
	if (/^[$€£¥]?\s?\d/.test(t)) return 'number';
	const words = findNumber(t);
	if (words && words.before.length === 0 && words.after.length === 0) return 'number';
	return 'text';
}

/** The answer as text, and other forms that count as it, for the "in its quote" check. */
function answerForms(q: Question): string[] {
	switch (q.type) {
		case 'mcq': {
			const a = q.choices[q.answer] ?? '';
			const parts = a.split(/\s+/);
			return parts.length > 1 && /^\p{Lu}/u.test(a) ? [a, parts[parts.length - 1]] : [a];
		}
		case 'cloze':
		case 'short_answer':
			return [q.answer, ...(q.accept ?? [])];
		case 'numeric':
			return [String(q.answer)];
		default:
			return [];
	}
}

/** Whether most words of a card's back are words of its quote ("Because …" and "It rose …" may add a few). */
function backInQuote(quote: string, back: string): boolean {
	const words = normalText(back)
		.split(' ')
		.filter((w) => w.length > 3);
	const said = ` ${normalText(quote)} `;
	return words.length > 0 && words.filter((w) => said.includes(` ${w} `)).length / words.length >= 0.7;
}

/**
 * A statement whose "its" or "the check" was replaced by what a sentence before names ("Veridia’s
 * value"): it ends as its quote ends, and every word of it is a word of the quote.
 */
function resolvedFromQuote(quote: string, statement: string): boolean {
	const words = new Set(quote.split(' '));
	const tail = statement.split(' ').slice(-2).join(' ');
	// "the rocket" for "it", "Veridia’s" for "its": an article and a possessive come with the name.
	const known = (w: string) => words.has(w) || /^(?:the|a|an)$/.test(w) || (w.endsWith('s') && words.has(w.slice(0, -1)));
	return quote.endsWith(tail) && statement.split(' ').every(known);
}

/**
 * The statement with each full name whose surname its quote says alone ("Haddad has woven …")
 * cut back to that surname, so it can be read against the quote's words. A surname the quote
 * gives another name in full ("Sami Haddad") stays whole: that may be another person.
 */
function surnamesOf(quote: string, statement: string): string {
	return statement.replace(/\b(?:\p{Lu}[\p{L}’'-]+ )+(\p{Lu}[\p{L}’'-]+)\b/gu, (name, surname: string) => {
		const alone =
			new RegExp(`\\b${escapeRegExp(surname)}\\b`, 'u').test(quote) && !new RegExp(`\\p{Lu}[\\p{L}’'.-]* ${escapeRegExp(surname)}\\b`, 'u').test(quote);
		return !quote.includes(name) && alone ? surname : name;
	});
}

/**
 * Whether a true statement is what its quote says: the quote's words, or them with a name a
 * sentence of the quote gives put in, or with a person the quote calls by surname named in full.
 */
export function statementInQuote(quote: string, statement: string): boolean {
	const stripped = (s: string) => normalText(s).replace(/\s+/g, ' ');
	const said = stripped(quote);
	return [statement, surnamesOf(quote, statement)].some((s) => said.includes(stripped(s)) || resolvedFromQuote(said, stripped(s)));
}

/** "Kristian Holm" for "Holm, the Norwegian forward …": a person's full name whose surname the quote gives (see cards.ts surnameRole). */
function surnameInQuote(quote: string, front: string): boolean {
	const words = front.split(/\s+/);
	return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w)) && containsWords(quote, words.at(-1) ?? front);
}

function answerNotInQuote(q: Question): string | null {
	if (!q.source || (q.type === 'true_false' && !q.answer)) return null;
	const quote = q.source.quote;
	if (q.type === 'true_false') return statementInQuote(quote, q.prompt) ? null : 'the true statement is not what its quote says';
	// A card's front is a name or term of its quote, or a question whose back the quote says.
	if (q.type === 'flashcard')
		return containsWords(quote, q.prompt) || surnameInQuote(quote, q.prompt) || (q.prompt.endsWith('?') && backInQuote(quote, q.back))
			? null
			: 'the card is not about a name in its quote';
	const forms = answerForms(q);
	for (const form of forms) {
		if (containsWords(quote, form)) return null;
		const value = parseNumber(form);
		if (value !== null && /\d|^[a-z]/i.test(form) && numbersIn(quote).some((n) => n.value === value)) return null;
		// "★★★☆☆": a review's stars printed as glyphs give their number by count.
		if (value !== null && /^★+☆*$/u.test(quote.trim()) && quote.split('★').length - 1 === value) return null;
	}
	return 'the answer is not in its quote';
}

function answerInPrompt(q: Question): string | null {
	const prompt = q.type === 'cloze' || q.type === 'mcq' ? q.prompt.replace(BLANK, ' ') : q.prompt;
	const forms = q.type === 'numeric' ? [String(q.answer)] : answerForms(q).slice(0, 1);
	for (const form of forms) {
		if (!form) continue;
		const value = parseNumber(form);
		if (value !== null && choiceKind(form) === 'number') {
			// Any equal number gives it away: "within 24 hours, ____ drones" invites "24".
			if (numbersIn(prompt).some((n) => n.value === value)) return 'the prompt gives away the answer';
			continue;
		}
		if (containsWords(prompt, form)) return 'the prompt gives away the answer';
	}
	return null;
}

/** Fewer wrong choices than this, and a guess is too often right: such a fact is asked typed instead. */
export const MIN_CHOICES = 4;

/**
 * "Sen" beside "Senate", "Kyiv" beside "Kyiv region", "U.S." beside "United States": one text
 * choice that is a shortening, a part or the initials of another is a second form of one thing.
 */
export function formOfOther(a: string, b: string): boolean {
	const wa = normalText(a).split(' ').filter(Boolean);
	const wb = normalText(b).split(' ').filter(Boolean);
	if (wa.length === 0 || wb.length === 0) return false;
	const [short, long] = wa.join(' ').length <= wb.join(' ').length ? [wa, wb] : [wb, wa];
	if (short.every((w) => long.includes(w))) return true;
	// "Sen" for "Senate": a one-word choice that opens a word of the other.
	if (short.length === 1 && short[0].length >= 2 && long.some((w) => w !== short[0] && w.startsWith(short[0]))) return true;
	const initials = long.map((w) => w[0]).join('');
	return long.length >= 2 && short.join('') === initials;
}

/** Whether a text choice is a name (capitalised) rather than a common noun. */
const isName = (s: string) => /^\P{L}*\p{Lu}/u.test(s.trim());

function badChoices(q: Question): string | null {
	if (q.type !== 'mcq') return null;
	const keys = q.choices.map((c) => normalText(c));
	if (new Set(keys).size !== keys.length) return 'two choices are the same';
	if (q.choices.length < MIN_CHOICES) return `an mcq needs ${MIN_CHOICES - 1} wrong choices`;
	const kinds = new Set(q.choices.map(choiceKind));
	if (kinds.size > 1) return 'a choice is of a different kind from the answer';
	if (kinds.has('number')) return null;
	// "parrotfish" among "Harbour Park" and "Lagos": a common noun is no choice among names.
	if (new Set(q.choices.map(isName)).size > 1) return 'a choice is of a different kind from the answer';
	for (let i = 0; i < q.choices.length; i++)
		for (let j = i + 1; j < q.choices.length; j++) if (formOfOther(q.choices[i], q.choices[j])) return 'one choice is another form of another choice';
	return null;
}

function promptLength(q: Question): string | null {
	if (q.prompt.length > PROMPT_MAX) return `the prompt is longer than ${PROMPT_MAX} characters`;
	if (q.type !== 'flashcard' && q.prompt.length < PROMPT_MIN) return 'the prompt is too short';
	return null;
}

function blanks(q: Question): string | null {
	const n = q.prompt.split(BLANK).length - 1;
	if (q.type === 'cloze' && n !== 1) return `a cloze needs exactly one blank (found ${n})`;
	if (q.type !== 'cloze' && q.type !== 'mcq' && q.type !== 'numeric' && n > 0) return 'the prompt has a blank but is not a fill-in question';
	return null;
}

const DANGLING = /^(?:(?:he|she|they|it|this|that|we|i)\s+(?:said|added|says|told|posted|wrote)\b|[^a-z]*$)/i;

function dangling(q: Question): string | null {
	const rest = q.prompt
		.replace(BLANK, ' ')
		.replace(/[“”"‘’.,:;!?()—–-]/g, ' ')
		.trim();
	const words = rest.split(/\s+/).filter(Boolean);
	if (q.type !== 'flashcard' && words.length < 4) return 'the prompt is too thin to answer (dangling or pronoun-only)';
	if (DANGLING.test(rest) && words.length < 8) return 'the prompt is too thin to answer (dangling or pronoun-only)';
	return null;
}

/** A prompt must name what it asks about: no "he", "this drone", "the firm" or "the two" left pointing outside it. */
function unresolved(q: Question): string | null {
	const reference = unresolvedReference(q.prompt);
	return reference ? `the prompt leaves ${reference}` : null;
}

function derivable(q: Question): string | null {
	const how = derivableBlank(q);
	return how ? `the blank can be worked out from the prompt (${how})` : null;
}

function ungrammatical(q: Question): string | null {
	const problem = grammarProblem(q);
	return problem ? `the prompt is ungrammatical (${problem})` : null;
}

/** Runs every check on a question; returns the reasons it fails, [] when it is fine. */
export function checkQuestion(q: Question): string[] {
	return [
		answerNotInQuote(q),
		answerInPrompt(q),
		badChoices(q),
		promptLength(q),
		blanks(q),
		dangling(q),
		unresolved(q),
		derivable(q),
		badBlank(q),
		badCard(q),
		pointerInKey(q),
		ungrammatical(q),
		genericFront(q),
		everydayTerm(q),
		openQuestion(q),
		noClaim(q)
	].filter((r): r is string => r !== null);
}
