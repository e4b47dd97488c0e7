import { normalText } from '../normal-text';
import type { Candidate } from './candidate';

/**
 * At most one question per fact in a bank. Two questions overlap when what one shows the learner
 * (its prompt, and a card's back) prints the other's key in the article's own words around it
 * ("… with 80 beds …" beside "… with 120 beds …" as a false statement), or when both have the
 * same key and mostly the same words. Of two that overlap, the one chosen first stays.
 */

/** Words either side of a key that make its context the article's, not a chance match. */
const CONTEXT_WORDS = 3;
/** Share of words two prompts have in common for them to read as one question. */
const SAME_WORDS = 0.6;

const spaced = (s: string) => ` ${normalText(s)} `;

/** What the learner sees of a question: its prompt, and a card's back once turned. */
function shown(c: Candidate): string {
	const q = c.question;
	return spaced(q.type === 'flashcard' ? `${q.prompt} ${q.back}` : q.prompt);
}

/** The key with a few of the article's words either side of it, as its sentence says them. */
function keyInContext(c: Candidate): string {
	const { sentence, fact } = c;
	const from = Math.max(0, fact.answerStart - sentence.start);
	const to = Math.min(sentence.text.length, fact.answerEnd - sentence.start);
	const before = sentence.text.slice(0, from).split(/\s+/).filter(Boolean).slice(-CONTEXT_WORDS);
	const after = sentence.text.slice(to).split(/\s+/).filter(Boolean).slice(0, CONTEXT_WORDS);
	return normalText([...before, sentence.text.slice(from, to), ...after].join(' '));
}

/** The key a learner gives or recalls, or null for a statement (whose key is true or false). */
function keyOf(c: Candidate): string | null {
	const q = c.question;
	if (q.type === 'mcq') return normalText(q.choices[q.answer] ?? '');
	if (q.type === 'flashcard') return normalText(q.back);
	if (q.type === 'true_false') return null;
	return normalText(String(q.answer));
}

function wordShare(a: string, b: string): number {
	const wa = new Set(a.split(' ').filter(Boolean));
	const wb = new Set(b.split(' ').filter(Boolean));
	const common = [...wa].filter((w) => wb.has(w)).length;
	return common / Math.max(1, Math.min(wa.size, wb.size));
}

/** Whether `a` shows the learner the answer to `b`. */
export function givesAway(a: Candidate, b: Candidate): boolean {
	const context = keyInContext(b);
	return context.split(' ').length > 1 && shown(a).includes(` ${context} `);
}

/** Whether two questions ask one thing: one gives the other away, or same key and mostly the same words. */
export function overlap(a: Candidate, b: Candidate): boolean {
	if (givesAway(a, b) || givesAway(b, a)) return true;
	const key = keyOf(a);
	return key !== null && key === keyOf(b) && wordShare(shown(a), shown(b)) >= SAME_WORDS;
}

/** Whether a question shows the sentence before its own (see standalone.ts): its source starts before its sentence. */
const withContext = (c: Candidate) => (c.question.source?.start ?? c.sentence.start) < c.sentence.start;

/**
 * The candidates that overlap one kept before them, in the order given (best first), except that
 * a true/false statement yields to a question that asks for the fact: it is the weaker form of it;
 * and a question that shows the sentence before its own yields to one that asks what that
 * sentence says: the context was shown only to resolve a reference, not to give a fact away.
 */
export function overlapping(chosen: Candidate[]): Set<Candidate> {
	const kept: Candidate[] = [];
	const out = new Set<Candidate>();
	const yields = (c: Candidate) => (c.form === 'statement' ? 2 : withContext(c) ? 1 : 0);
	for (const c of [...chosen].sort((a, b) => yields(a) - yields(b))) {
		if (kept.some((k) => overlap(k, c))) out.add(c);
		else kept.push(c);
	}
	return out;
}
