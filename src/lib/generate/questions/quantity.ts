import { BLANK } from '../../bank/schema';
import { arrange, formatNumber, numberDistractors } from '../distractors';
import { parseNumber } from '../../quiz/parse-number';
import { numberVariants } from '../facts/number-words';
import type { FactRecord, QuantityFact } from '../facts/types';
import { hash32 } from '../hash';
import type { Sentence } from '../sentences';
import { candidate, questionId, sourceOf, type Candidate } from './candidate';
import { keepsSide } from './change-side';
import { fairWrong, inSideDetail, makesClaim, unpinned } from './false-claims';
import { howManyQuestion } from './how-many';
import { nominalCountQuestion } from './nominal-count';
import { howMuchQuestion } from './how-much';
import { oneInQuestion } from './one-in';
import { blankOut, isFirstPersonQuote, replaceSpan, startsWithPronoun } from './phrasing';

/** The ways a learner may write the number: "17", "seventeen", "4.2 billion", "35 percent". */
function acceptFor(fact: QuantityFact): string[] {
	const form = fact.form;
	if (!form || fact.value === undefined) return [];
	const out = new Set<string>(numberVariants(form.base).map((v) => `${form.currency}${v}${form.multiplier}${form.percent}`));
	for (const v of numberVariants(fact.value)) out.add(v);
	if (form.percent) out.add(`${form.base} percent`);
	out.delete(fact.answer);
	return [...out];
}

/**
 * "eleven of their twelve home matches": the whole must stay above the part, or a changed
 * number makes nonsense. Returns the part's value, or 0 when the number is no such whole.
 */
function partOf(sentence: Sentence, fact: QuantityFact): number {
	const before = sentence.text.slice(0, fact.answerStart - sentence.start);
	const m = /(\S+) of (?:their|the|its|his|her|our) $/.exec(before);
	return (m ? parseNumber(m[1].replace(/,/g, '')) : null) ?? 0;
}

/** The head noun a numeric answer is counted in: "drones" for "Ukrainian drones". */
function unitOf(fact: QuantityFact): string | undefined {
	if (fact.counts) return fact.counts.split(/\s+/).pop();
	return fact.unit;
}

/**
 * Questions about one quantity: "How many …?" (numeric, and mcq with nearby numbers), a fill-in
 * blank, and a true/false pair whose false statement changes only this number.
 */
export function quantityQuestions(fact: QuantityFact, sentence: Sentence, all: FactRecord[]): Candidate[] {
	const out: Candidate[] = [];
	if (!fact.form || fact.value === undefined) return out;
	const tags = ['quantity'];
	const source = sourceOf(sentence);
	const oneIn = oneInQuestion(sentence, fact);
	const many = howManyQuestion(sentence, fact) ?? nominalCountQuestion(sentence, fact) ?? oneIn;
	// A sum or a percentage asked "How much …?" changes only the mcq's prompt: the bank keeps its types.
	const wh = many ?? howMuchQuestion(sentence, fact);
	const blank = blankOut(sentence, fact);
	const counted = !!fact.counts || !!fact.unit;
	// Money and shares print as the article prints them ("$63.20", "40%"), which a bare number and a unit cannot.
	const printed = !!fact.form.currency || !!fact.form.percent;
	if (many && printed) {
		const id = questionId(fact, sentence, 'short_answer');
		const said = formatNumber(fact.form, fact.form.base);
		const accept = acceptFor(fact).filter((a) => a !== said);
		out.push(candidate({ id, type: 'short_answer', prompt: many, answer: said, ...(accept.length ? { accept } : {}), tags, source }, fact, sentence, 'wh'));
	} else if (many && !fact.form.multiplier) {
		// "9 million": a typed answer would have to spell the multiplier out, so the count stays an mcq.
		const id = questionId(fact, sentence, 'numeric');
		// "One in how many adults …?" is answered "10", not "10 adults".
		const unit = many === oneIn ? undefined : unitOf(fact);
		out.push(candidate({ id, type: 'numeric', prompt: many, answer: fact.value, tolerance: 0, ...(unit ? { unit } : {}), tags, source }, fact, sentence, 'wh'));
	}
	const mcqId = questionId(fact, sentence, 'mcq');
	const before = sentence.text.slice(0, fact.answerStart - sentence.start);
	const after = sentence.text.slice(fact.answerEnd - sentence.start);
	const distractors = numberDistractors(fact, all, mcqId, 8, sentence.text)
		.filter((d) => (parseNumber(d) ?? 0) > partOf(sentence, fact) && fairWrong(before, parseNumber(fact.answer) ?? fact.value, parseNumber(d) ?? 0))
		.filter((d) => keepsSide(before, after, fact.answer, d))
		.slice(0, 3);
	if (distractors.length >= 2 && counted) {
		const { choices, answer } = arrange(fact.answer, distractors, mcqId, true);
		out.push(candidate({ id: mcqId, type: 'mcq', prompt: wh ?? blank, choices, answer, tags, source }, fact, sentence, wh ? 'wh' : 'blank'));
	}
	// No clause to turn into "How many …?": the number is typed into the sentence's blank instead. The
	// sentence names what is counted after the blank ("found ____ other sites"), so the box carries no
	// unit of its own, and the answer shown reads into the blank ("41", not "41 sites").
	if (!wh && counted && !printed && !fact.form.words && fact.form.multiplier === '') {
		const id = questionId(fact, sentence, 'numeric', 'blank');
		out.push(candidate({ id, type: 'numeric', prompt: blank, answer: fact.value, tolerance: 0, tags, source }, fact, sentence, 'blank', 'typed'));
	}
	if (counted) {
		const id = questionId(fact, sentence, 'cloze');
		const accept = acceptFor(fact);
		out.push(candidate({ id, type: 'cloze', prompt: blank, answer: fact.answer, ...(accept.length ? { accept } : {}), tags, source }, fact, sentence, 'blank'));
	}
	const statement = replaceSpan(sentence, fact.answerStart, fact.answerEnd, fact.answer);
	const stated =
		counted &&
		distractors.length > 0 &&
		!inSideDetail(before, after) &&
		!startsWithPronoun(sentence.text) &&
		!isFirstPersonQuote(sentence.text) &&
		makesClaim(statement);
	if (stated) {
		const trueId = questionId(fact, sentence, 'true_false', 'true');
		out.push(candidate({ id: trueId, type: 'true_false', prompt: statement, answer: true, tags, source }, fact, sentence, 'statement', 'true'));
	}
	if (stated && !unpinned(before)) {
		const falseId = questionId(fact, sentence, 'true_false', 'false');
		const wrong = distractors[hash32(falseId) % distractors.length];
		const said = fact.form ? formatNumber(fact.form, fact.form.base) : fact.answer;
		out.push(
			candidate(
				{
					id: falseId,
					type: 'true_false',
					prompt: replaceSpan(sentence, fact.answerStart, fact.answerEnd, wrong),
					answer: false,
					explanation: `False: the article says ${said}, not ${wrong}.`,
					tags,
					source
				},
				fact,
				sentence,
				'statement',
				'false'
			)
		);
	}
	return out.filter((c) => c.question.prompt !== BLANK);
}
