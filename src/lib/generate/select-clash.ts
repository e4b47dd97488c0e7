import type { Question } from '../bank/schema';
import { normalText } from './normal-text';
import type { Candidate } from './questions';
import { overlap } from './questions/overlap';
import { shownOf } from './quality/shown';

/**
 * When two candidates cannot both be in a bank: one fact, one prompt, one figure asked twice, or a
 * prompt that prints another's answer; and the tests built on that for selection and its passes.
 */

/**
 * The fact a candidate asks. What a name is (its role) is one fact wherever it is said; a quote
 * and its speaker's name in one sentence are one fact (who said it); otherwise a sentence's span.
 */
export function factOf(c: Candidate): string {
	let fact = factCache.get(c);
	if (fact === undefined) {
		fact = factKey(c);
		factCache.set(c, fact);
	}
	return fact;
}

// Selection compares every pair of candidates, so each one's fact is worked out once.
const factCache = new WeakMap<Candidate, string>();

function factKey(c: Candidate): string {
	if (c.facet === 'role') return `role|${c.fact.kind}|${c.fact.key}`;
	if (c.fact.kind === 'quote') return `${c.sentence.index}|person|${c.fact.speaker}`;
	if (c.fact.kind === 'person') return `${c.sentence.index}|person|${c.fact.key}`;
	return `${c.sentence.index}|${c.fact.answerStart}`;
}

/** A candidate's prompt and answers, normalised once: selection compares every pair of candidates. */
export interface Normalised {
	prompt: string;
	answers: string[];
}

const normalisedCache = new WeakMap<Candidate, Normalised>();

export function normalised(c: Candidate): Normalised {
	let n = normalisedCache.get(c);
	if (!n) {
		n = {
			prompt: ` ${normalText(c.question.prompt)} `,
			answers: answersOf(c.question)
				.map((a) => normalText(a))
				.filter((a) => a.length > 0)
		};
		normalisedCache.set(c, n);
	}
	return n;
}

/** Whether one candidate's prompt prints one of the other's answers as whole words. */
export const shows = (prompter: Candidate, answerer: Candidate) =>
	!headlined.has(answerer) && normalised(answerer).answers.some((a) => normalised(prompter).prompt.includes(` ${a} `));

/**
 * Candidates whose answer the headline names ("Who won the final?" under "Rao's century takes
 * Harbour City to first title"): every prompt of the article names it too, so printing it gives
 * nothing away, and the article's outcome stays asked.
 */
export const headlined = new WeakSet<Candidate>();

/** What a learner must give or recall for a question: its key, or a card's back. */
function answersOf(q: Question): string[] {
	switch (q.type) {
		case 'mcq':
			return [q.choices[q.answer] ?? ''];
		case 'cloze':
		case 'short_answer':
			return [q.answer];
		case 'numeric':
			return [String(q.answer)];
		case 'flashcard':
			return [q.back];
		default:
			return [];
	}
}

/**
 * Whether a prompt prints, by surname, the person another question on its sentence asks for:
 * "Underhill acted at the interval, … sending on forward ____" answers "Who acted at the
 * interval?" (Grace Underhill), though it never prints her full name.
 */
function bySurname(prompter: Candidate, answerer: Candidate): boolean {
	if (answerer.fact.kind !== 'person' || headlined.has(answerer)) return false;
	const name = normalText(answerer.fact.key).split(' ');
	const asked = normalised(answerer).answers.includes(name.join(' '));
	return asked && name.length > 1 && normalised(prompter).prompt.includes(` ${name.at(-1)} `);
}

/**
 * Whether two questions on one sentence have one answer: the same, or a name of two words or more
 * inside the other's answer ("Maria Oduya" of a card backed "Maria Oduya of the Wrenfield First
 * party", beside "____ of the Wrenfield First party was elected mayor"). A match's outcome is
 * asked twice on purpose: who won, and the result as a card ("Castellanos beat Kovačević 4-6, …").
 */
function sameAnswer(k: Candidate, c: Candidate): boolean {
	const outcome = k.fact.kind === 'outcome' && c.fact.kind === 'outcome';
	const inside = (a: string, b: string) => a === b || (!outcome && a.includes(' ') && ` ${b} `.includes(` ${a} `));
	return normalised(k).answers.some((a) => normalised(c).answers.some((b) => inside(a, b) || inside(b, a)));
}

/** Two numbers of the same value counting the same thing. */
function sameCount(a: Candidate['fact'], b: Candidate['fact']): boolean {
	return a.kind === 'quantity' && b.kind === 'quantity' && a.value === b.value && a.counts !== undefined && a.counts === b.counts;
}

const isRole = (c: Candidate) => c.facet === 'role' && c.fact.kind === 'person';

/** The number a key opens with ("8.4 percent", "$1.05 billion" → 1.05), or null for a key that is no figure. */
function leadingFigure(answer: string): number | null {
	const m = /^[^\d\p{L}]{0,3}(\d[\d,]*(?:\.\d+)?)/u.exec(answer.trim());
	return m ? Number(m[1].replace(/,/g, '')) : null;
}

/**
 * Whether two questions on one sentence ask one figure in two forms: "By what percentage did
 * shares fall?" keyed 8.4 beside "Shares fell ____ to 312 pence" keyed "8.4 percent" (a change and
 * the quantity it moved by).
 */
function sameFigure(k: Candidate, c: Candidate): boolean {
	if (k.question.type !== 'numeric' && c.question.type !== 'numeric') return false;
	const figures = (x: Candidate) => answersOf(x.question).map(leadingFigure);
	const mine = figures(c);
	return figures(k).some((f) => f !== null && mine.includes(f));
}

/**
 * Whether one question asks a change and the other the amount it moved by: "How did Brightwater's
 * shares change?" (a card backed "They fell 4.2 per cent to $61.30") beside "By what percentage did
 * Brightwater's shares fall?" asks one fact twice, though the two come from two kinds.
 */
function changeAndAmount(k: Candidate, c: Candidate): boolean {
	const amountOf = (change: Candidate['fact'], q: Candidate['fact']) =>
		change.kind === 'change' &&
		q.kind === 'quantity' &&
		change.sentence === q.sentence &&
		!!change.by &&
		// The amount is the quantity's words, with "basis points" after them where the change has them.
		(change.by === q.answer || change.by.startsWith(`${q.answer} `));
	return amountOf(k.fact, c.fact) || amountOf(c.fact, k.fact);
}

/**
 * Whether two questions cannot both be kept: the same prompt, the same fact, or one prompt
 * that prints the other's answer anywhere in the bank ("Over 24 UAVs …" beside "Over ____ UAVs
 * …", a card "Volodymyr Zelensky" beside "Who said …?").
 */
export function clash(k: Candidate, c: Candidate): boolean {
	if (k.question.prompt === c.question.prompt || factOf(k) === factOf(c)) return true;
	// "the tram's three bogies" and "How many bogies does the Corvan T4 have?" ask one number twice.
	if (sameCount(k.fact, c.fact) || changeAndAmount(k, c)) return true;
	// "Who won the final?" and "____ won her first title …" from one sentence ask one thing twice.
	// What a person is ("Who is described as the governor?") is another fact than what they did.
	const twice = k.sentence.index === c.sentence.index && !isRole(k) && !isRole(c);
	if (twice && (sameAnswer(k, c) || sameFigure(k, c) || bySurname(k, c) || bySurname(c, k))) return true;
	return shows(k, c) || shows(c, k);
}

/** Whether a candidate may join the kept ones: no clash, a second type on a sentence, at most two per sentence and three per name. */
export function fits(kept: Candidate[], c: Candidate): boolean {
	let sameSentence = 0;
	let sameName = 0;
	for (const k of kept) {
		if (k === c || clash(k, c)) return false;
		// Two questions on one sentence are of two types: a second blank in the same text reads
		// as the same question again.
		if (k.sentence.index === c.sentence.index && k.question.type === c.question.type) return false;
		if (k.sentence.index === c.sentence.index) sameSentence++;
		if (k.fact.kind === c.fact.kind && k.fact.key === c.fact.key) sameName++;
	}
	return sameSentence < 2 && sameName < 3;
}

/** Whether a question may join the kept ones: it fits beside them and overlaps none (questions/overlap.ts). */
export const standsApart = (kept: Candidate[], c: Candidate): boolean => fits(kept, c) && !kept.some((k) => overlap(k, c));

/**
 * Whether a question would be a second of one fact, one type, one key or one prompt on a sentence
 * the kept ones already ask (a cloze and an mcq both keyed "Poland"; "How many changes does
 * Quillstack list?" as an mcq keyed "six" and as a numeric keyed 6; "Quillstack lists eight
 * changes" as a false statement beside either), or a third question on it: the test for questions
 * that bring a bank up to its floor without fitting beside the rest.
 */
export function sentenceTwin(kept: Candidate[], c: Candidate): boolean {
	const key = (k: Candidate) => shownOf(k.question).key.toLowerCase();
	const onSentence = kept.filter((k) => k.sentence.index === c.sentence.index);
	return (
		onSentence.length >= 2 ||
		onSentence.some((k) => factOf(k) === factOf(c) || k.question.type === c.question.type || key(k) === key(c) || k.question.prompt === c.question.prompt)
	);
}
