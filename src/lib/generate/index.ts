import { bankSchema, type Bank, type Question } from '../bank/schema';
import { normaliseAnswer } from '../quiz/normalise';
import { fromIso } from './calendar';
import { checkQuestion } from './checks';
import { GenerateError, REASONS } from './errors';
import { extractFacts, type Fact, type FactRecord } from './facts';
import { slugify } from './hash';
import { looksEnglish } from './language';
import { prepareText } from './prepare-text';
import { buildCandidates, type Candidate } from './questions';
import { overlapping } from './questions/overlap';
import { sentenceCentrality } from './centrality';
import { surnameMentions } from './side-details';
import { wordCount } from './english';
import { order } from './rank';
import { select, sentenceTwin } from './select';
import { weakBlank } from './worth';
import { coverFacts } from './coverage-pass';
import { everyType } from './every-type';
import { keepKeysApart } from './keys-apart';
import { askedSentences } from './long-text';
import { splitSentences, type Sentence } from './sentences';
import { clearTokenCache } from './tokens';

export { checkQuestion } from './checks';
export { GenerateError } from './errors';
export { prepareText } from './prepare-text';
export type { Fact, FactKind } from './facts';
export { FACT_KINDS } from './kinds';
export { uncoveredFacts } from './coverage';

export interface GenerateOptions {
	/** Bank title; default: the article's first heading line, else its first words. */
	title?: string;
	/** Bank id; default: slug of the title. */
	id?: string;
	/** Keep at most this many questions (best-ranked first); default 60. */
	max?: number;
	/** Goes to bank.source.file when given. */
	sourceFile?: string;
	/** ISO date (YYYY-MM-DD) the article was published, to resolve relative dates. */
	published?: string;
	onProgress?: (stage: 'sentences' | 'facts' | 'questions' | 'ranking', fraction: number) => void;
}

export interface RejectedQuestion {
	question: Question;
	reasons: string[];
}

export type GenerateOutcome =
	| { ok: true; text: string; bank: Bank; facts: Fact[]; rejected: RejectedQuestion[]; sentences: { start: number; end: number; heading: boolean }[] }
	| { ok: false; reason: string };

const DEFAULT_MAX = 60;
/** The yield every article must reach (the target is 2 per 100 words; a little over it leaves room). */
const FLOOR_PER_100_WORDS = 2.2;

/** The public shape of a fact: the internal fields the builders use are left out. */
function publicFact(f: FactRecord): Fact {
	return { kind: f.kind, text: f.text, sentence: f.sentence, start: f.start, end: f.end, answer: f.answer };
}

/** The publication date: the option, else what `prepareText` found (front matter or dateline). */
function publishedDate(option: string | undefined, found: string | undefined) {
	return (option ? fromIso(option) : null) ?? (found ? fromIso(found) : null);
}

function defaultTitle(text: string, sentences: Sentence[], front: string | undefined): string {
	if (front) return front;
	const first = sentences.find((s) => !s.dateline);
	if (first?.heading && /\p{L}{2}/u.test(first.text)) return first.text.slice(0, 120);
	const words = text
		.slice(first?.start ?? 0)
		.split(/\s+/)
		.slice(0, 8)
		.join(' ');
	return words.length > 0 ? `${words}…` : 'Untitled article';
}

/** Names the article is about: in the title, or mentioned four times or more. */
function topicKeys(facts: FactRecord[], title: string): Set<string> {
	const counts = new Map<string, number>();
	for (const f of facts) counts.set(f.key, (counts.get(f.key) ?? 0) + 1);
	const lowerTitle = title.toLowerCase();
	return new Set(facts.filter((f) => (counts.get(f.key) ?? 0) >= 4 || lowerTitle.includes(f.text.toLowerCase())).map((f) => f.key));
}

/** Makes ids unique deterministically: the second "x" becomes "x-2", the third "x-3". */
function uniqueIds(questions: Question[]): Question[] {
	const used = new Set<string>();
	return questions.map((q) => {
		let id = q.id;
		for (let n = 2; used.has(id); n++) id = `${q.id}-${n}`;
		used.add(id);
		return id === q.id ? q : { ...q, id };
	});
}

/** Rounds of selection that set overlapping questions aside. */
const APART_ROUNDS = 6;

/**
 * The selection with at most one question per fact: a question that overlaps one chosen before
 * it (see questions/overlap.ts) leaves the pool and the selection runs again, so the floor and
 * every type are filled from questions that ask something else. Where the article has too few
 * other questions to reach the floor, overlapping ones come back, best first, up to it: yield is
 * a promise to the reader too. None comes back to ask a fact the bank already asks in another form.
 */
function selectApart(passing: Candidate[], max: number, view: Parameters<typeof select>[2], minimum: number): Candidate[] {
	let pool = passing;
	let chosen = select(pool, max, view);
	const seen = new Set(chosen);
	for (let round = 0; round < APART_ROUNDS; round++) {
		const dropped = overlapping(chosen);
		if (dropped.size === 0) break;
		pool = pool.filter((c) => !dropped.has(c));
		chosen = select(pool, max, view);
		for (const c of chosen) seen.add(c);
	}
	const dropped = overlapping(chosen);
	const out = chosen.filter((c) => !dropped.has(c));
	// Back up to the floor from what any round chose, best first, never with a second question of
	// one fact, type, key or prompt on one sentence, nor a third question on it (see `sentenceTwin`).
	for (const c of seen) if (out.length < minimum && !out.includes(c) && !sentenceTwin(out, c)) out.push(c);
	return out;
}

function run(raw: string, options: GenerateOptions): GenerateOutcome {
	const progress = options.onProgress ?? (() => undefined);
	clearTokenCache();
	const prepared = prepareText(raw);
	const text = prepared.text;
	if (text.trim() === '') throw new GenerateError('empty', REASONS.empty);
	progress('sentences', 0);
	const sentences = splitSentences(text);
	const body = sentences.filter((s) => !s.heading);
	progress('sentences', 1);
	// Language first: Chinese or Japanese text ends its sentences with "。", so it would otherwise be
	// told it has no sentences rather than that it is not English.
	if (/\p{L}/u.test(text) && !looksEnglish(text)) throw new GenerateError('not-english', REASONS['not-english']);
	if (body.length === 0) throw new GenerateError('no-sentences', REASONS['no-sentences']);
	if (!looksEnglish(body.map((s) => s.text).join(' '))) throw new GenerateError('not-english', REASONS['not-english']);
	const published = publishedDate(options.published, prepared.published);
	const facts = extractFacts(sentences, published, (done, total) => progress('facts', done / total));
	progress('facts', 1);
	if (facts.length === 0) throw new GenerateError('no-facts', REASONS['no-facts']);
	const topics = topicKeys(facts, prepared.title ?? sentences.find((s) => !s.dateline)?.text ?? '');
	const headline = prepared.title ?? sentences.find((s) => s.heading && !s.dateline)?.text ?? '';
	const centrality = sentenceCentrality(sentences, headline);
	// Asking which country a report on that country is about is trivial: topic names get no questions.
	const asked = askedSentences(sentences, centrality);
	const candidates = buildCandidates(facts, sentences, text, asked).filter(
		(c) => !((c.fact.kind === 'place' || c.fact.kind === 'organisation') && topics.has(c.fact.key))
	);
	progress('questions', 1);
	const rejected: RejectedQuestion[] = [];
	const passing: Candidate[] = [];
	const said = ` ${normaliseAnswer(text)} `;
	for (const c of candidates) {
		const reasons = checkQuestion(c.question);
		// A false statement the article says word for word elsewhere is true after all.
		if (c.question.type === 'true_false' && !c.question.answer && said.includes(` ${normaliseAnswer(c.question.prompt)} `))
			reasons.push('the false statement is said in the article');
		if (reasons.length > 0) rejected.push({ question: c.question, reasons });
		else passing.push(c);
	}
	const max = options.max !== undefined && Number.isFinite(options.max) && options.max >= 1 ? Math.floor(options.max) : DEFAULT_MAX;
	const words = wordCount(body.map((s) => s.text).join(' '));
	const view = {
		topics,
		centrality,
		title: headline,
		text,
		mentions: surnameMentions(facts, text),
		lead: body[0]?.text,
		floor: Math.ceil((FLOOR_PER_100_WORDS * words) / 100)
	};
	// Only facts that could have been asked are missed when no question shows them.
	const askedFacts = asked ? facts.filter((f) => asked.has(f.sentence)) : facts;
	// Every pass, down to the one that gives a lost type a place, chooses only among these.
	const askable = passing.filter((c) => !weakBlank(c, view));
	const chosen = keepKeysApart(
		everyType(coverFacts(selectApart(askable, max, view, view.floor), askable, askedFacts, sentences, view, max), askable, view, max),
		askable,
		view
	);
	const questions = uniqueIds(order(chosen));
	progress('ranking', 1);
	if (questions.length === 0) throw new GenerateError('no-questions', REASONS['no-questions']);
	const title = options.title?.trim() || defaultTitle(text, sentences, prepared.title);
	const id = options.id && /^[a-z0-9][a-z0-9._-]*$/.test(options.id) ? options.id.slice(0, 120) : slugify(title, 60) || 'article';
	const bank = bankSchema.parse({
		schemaVersion: 1,
		id,
		title,
		language: 'en',
		source: { title: prepared.title ?? title, ...(options.sourceFile ? { file: options.sourceFile } : {}) },
		questions
	});
	return {
		ok: true,
		text,
		bank,
		facts: facts.map(publicFact),
		rejected,
		sentences: sentences.map((s) => ({ start: s.start, end: s.end, heading: s.heading }))
	};
}

/**
 * Article text in, question bank out. Never throws: a text no bank can be made from gives
 * `{ ok: false, reason }`, where the reason completes "No questions could be made from this
 * text, because …". The same input always gives the same bank (no clock, no randomness).
 */
export function generateBank(raw: string, options: GenerateOptions = {}): GenerateOutcome {
	try {
		return run(typeof raw === 'string' ? raw : String(raw ?? ''), options);
	} catch (error) {
		if (error instanceof GenerateError) return { ok: false, reason: error.message };
		return { ok: false, reason: `the generator failed on it (${error instanceof Error ? error.message : String(error)})` };
	}
}
