import type { Problem } from './errors';

/**
 * A problem of a bank as a person would say it ("Question 3 has an empty first choice"), for
 * learners who import a file. The precise location (`formatProblem`) stays for bank authors.
 */

/**
 * Text from the file (an id, a value found) between first-strong and pop-directional isolates:
 * a direction override in it cannot reorder the words of the sentence around it.
 */
const isolate = (text: string): string => `\u2068${text}\u2069`;

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** "first", "second", … "10th", "11th": a position counted from 1. */
export function ordinal(index: number): string {
	if (index < ORDINALS.length) return ORDINALS[index];
	const n = index + 1;
	const teen = n % 100 >= 11 && n % 100 <= 13;
	const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
	return `${n}${suffix}`;
}

/** What each field of a question or of the bank is called in words. */
const FIELD_WORDS: Record<string, string> = {
	id: 'id',
	type: 'type',
	prompt: 'question text',
	choices: 'choices',
	answer: 'answer',
	accept: 'accepted answers',
	tolerance: 'tolerance',
	unit: 'unit',
	back: 'back',
	tags: 'tags',
	explanation: 'explanation',
	source: 'source',
	quote: 'quoted sentence',
	start: 'start',
	end: 'end',
	title: 'title',
	language: 'language',
	schemaVersion: 'format version',
	questions: 'list of questions',
	file: 'file name',
	sha256: 'checksum'
};

/** The singular of a list field, for one of its items ("the second choice"). */
const ITEM_WORDS: Record<string, string> = { choices: 'choice', accept: 'accepted answer', tags: 'tag', questions: 'question' };

/** Parses `questions[2].choices[0]` into its segments: names and positions. */
function segments(path: string): (string | number)[] {
	return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? m[1] : Number(m[2])));
}

/** "the first choice", "the source's quoted sentence", "the answer". */
function fieldWords(parts: (string | number)[]): string {
	const words: string[] = [];
	for (let i = 0; i < parts.length; i++) {
		const part = parts[i];
		const next = parts[i + 1];
		if (typeof part === 'number') continue;
		if (typeof next === 'number') words.push(`${ordinal(next)} ${ITEM_WORDS[part] ?? FIELD_WORDS[part] ?? part}`);
		else words.push(FIELD_WORDS[part] ?? part);
	}
	return words.length === 0 ? '' : `the ${words.join(': ')}`;
}

/**
 * Turns a schema message into the end of a sentence about a field: "must not be empty" reads
 * "is empty", "expected a string but got 5" reads "should be a string, not 5". A message that
 * does not start with a verb ("duplicate choice …") follows a colon instead.
 */
function predicate(message: string): string {
	if (message === 'must not be empty') return ' is empty';
	if (message === 'is required') return ' is missing';
	const expected = /^expected (.+?)(?: but got (.+))?$/.exec(message);
	if (expected) return expected[2] === undefined ? ` should be ${isolate(expected[1])}` : ` should be ${isolate(expected[1])}, not ${isolate(expected[2])}`;
	const found = /^((?:is|must|needs|allows|has)\b.*?) but got (.+)$/.exec(message);
	if (found) return ` ${found[1]}, not ${isolate(found[2])}`;
	return /^(is|must|needs|should|allows|has)\b/.test(message) ? ` ${isolate(message)}` : `: ${isolate(message)}`;
}

/** One problem of a bank, in words: who (the question, by number and id), what, and what is wrong. */
export function describeProblem(problem: Problem): string {
	const parts = segments(problem.path);
	if (parts[0] === 'questions' && typeof parts[1] === 'number') {
		const who = `Question ${parts[1] + 1}${problem.questionId ? ` (“${isolate(problem.questionId)}”)` : ''}`;
		const what = fieldWords(parts.slice(2));
		return what ? `${who}: ${what}${predicate(problem.message)}.` : `${who}${predicate(problem.message)}.`;
	}
	if (problem.field === 'JSON') return `The file is not valid JSON: ${isolate(problem.message)}.`;
	const what = fieldWords(parts);
	return what ? `The deck's ${what.slice(4)}${predicate(problem.message)}.` : `The file${predicate(problem.message)}.`;
}
