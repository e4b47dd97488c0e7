import type { Question } from '../bank/schema';
import { findNumber } from '../quiz/parse-number';
import { normalText } from './normal-text';
import type { Candidate } from './questions';

/**
 * Whether one question prints another's key where the learner reads it: a true statement
 * "Paying customers, about 31,000 organisations, …" beside the blank "about ____ organisations"
 * keyed 31,000 answers the blank. What is read is the prompt (a statement, a cloze's visible
 * text, an mcq's stem, a card's front) and a card's back once it is turned. Only the key as
 * printed counts, not the fact told another way: a second question on one fact is fine.
 */

/** The key a learner gives or recalls; a statement has none (true or false gives nothing away). */
function keyOf(q: Question): string | null {
	switch (q.type) {
		case 'mcq':
			return q.choices[q.answer] ?? null;
		case 'true_false':
			return null;
		case 'numeric':
			return String(q.answer);
		case 'flashcard':
			return q.back;
		default:
			return q.answer;
	}
}

/** "31 000" as one number: a space between digit groups is a thousands separator, as a comma is. */
const joinGroups = (text: string) => text.replace(/\b(\d{1,3})[ \u00a0\u202f](?=\d{3}\b)/g, '$1');

/** A number as a text prints it: its value and the words either side ("about 31,000 organisations"). */
interface Printed {
	value: number;
	before: string;
	after: string;
}

/** Every number a text prints, in order; remembered, as every pair of a bank's questions is compared. */
const printedCache = new Map<string, Printed[]>();

function numbersIn(text: string): Printed[] {
	const known = printedCache.get(text);
	if (known) return known;
	if (printedCache.size >= 5_000) printedCache.clear();
	const out: Printed[] = [];
	printedCache.set(text, out);
	let rest = joinGroups(text);
	for (let guard = 0; guard < 50; guard++) {
		const m = findNumber(rest);
		if (!m) break;
		out.push({ value: m.value, before: m.before.at(-1) ?? '', after: m.after[0] ?? '' });
		rest = m.after.join(' ');
	}
	return out;
}

/** A number from one to 99 is printed everywhere ("three", "12"); it stands for the key only between the same words. */
const common = (value: number) => Number.isInteger(value) && Math.abs(value) < 100;

/**
 * A key that is one number ("31,000", "Sixty-one", "$1.9 million", "12 per cent"), as the article
 * prints it: its value and the words either side there. A time or a date ("1 minute 55 seconds",
 * "March 1847") is no single number: it is matched as words.
 */
function numberKey(c: Candidate, key: string): Printed | null {
	const m = findNumber(joinGroups(key));
	if (!m || m.before.length > 0 || findNumber(m.after.join(' '))) return null;
	const { sentence, fact } = c;
	const inArticle = numbersIn(sentence.text.slice(Math.max(0, fact.answerStart - sentence.start))).find((n) => n.value === m.value);
	const before =
		normalText(sentence.text.slice(0, Math.max(0, fact.answerStart - sentence.start)))
			.split(' ')
			.at(-1) ?? '';
	return { value: m.value, before, after: m.after[0] ?? inArticle?.after ?? '' };
}

/**
 * The key with the article's word before it and the word after it, as its sentence prints them
 * ("in carraway county the"), or null when the sentence does not print the key as it stands.
 */
function keyInPlace(c: Candidate, key: string): { before: string; key: string; after: string } | null {
	const words = normalText(key);
	const sentence = ` ${normalText(joinGroups(c.sentence.text))} `;
	const at = sentence.indexOf(` ${words} `);
	if (words === '' || at < 0) return null;
	const before = sentence.slice(0, at).trim().split(' ').at(-1) ?? '';
	const after = sentence.slice(at + words.length + 2).split(' ')[0] ?? '';
	return { before, key: words, after };
}

/**
 * Whether `reader`'s prompt prints `asked`'s key (a statement, a cloze's visible text, an mcq's
 * stem, a card's front; a card's back is read only after it is answered, as a source is): a
 * number as a number ("31 000", "31,000" and 31000 are one; a small one only before the same
 * word, as "three rewetted sites" is not "within three years"), anything else as whole words
 * beside a word the article puts next to it ("In Carraway County, the death rate …" answers
 * "Where is the death rate …?"; a card on "Callum Breck" does not say what he said). `title` is
 * the headline: every question of the article prints what it names, so that gives nothing away.
 */
export function showsKey(reader: Candidate, asked: Candidate, title: string): boolean {
	if (reader === asked) return false;
	const key = keyOf(asked.question);
	if (key === null) return false;
	const text = reader.question.prompt;
	const number = numberKey(asked, key);
	if (number) return numbersIn(text).some((n) => n.value === number.value && (!common(n.value) || (n.after === number.after && n.before === number.before)));
	const place = keyInPlace(asked, key);
	if (!place || ` ${normalText(title)} `.includes(` ${place.key} `)) return false;
	const read = ` ${normalText(joinGroups(text))} `;
	return [`${place.before} ${place.key}`, `${place.key} ${place.after}`].some((s) => s.trim() !== place.key && read.includes(` ${s.trim()} `));
}

/** Whether either of two questions prints the other's key. */
export const keyShownBetween = (a: Candidate, b: Candidate, title: string) => showsKey(a, b, title) || showsKey(b, a, title);
