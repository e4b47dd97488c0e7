import { arrange, coordinated, dateDistractors, entityDistractors } from '../distractors';
import type { DateFact, FactRecord } from '../facts/types';
import type { NameFact } from '../distractors';
import type { Sentence } from '../sentences';
import { candidate, questionId, sourceOf, type Candidate } from './candidate';
import { invert, phraseQuestion } from './wh';
import { subjectPredicate, whoQuestion } from './who';
import { whichRoleQuestion } from './which-role';
import { agentQuestion } from './wh-agent';

/** The surname and the written mention, which a typed answer about a person may give. */
export function personAccept(fact: NameFact | DateFact): string[] {
	const parts = fact.key.split(/\s+/);
	const out = new Set([parts[parts.length - 1], fact.text]);
	out.delete(fact.key);
	return [...out];
}

/**
 * "Which country …?", "Which club …?" for a country or organisation that is the subject of its
 * clause; null for other places, whose kind (city, region, river) the text rarely says.
 */
function subjectLead(fact: NameFact | DateFact): string | null {
	if (fact.kind === 'place') return fact.answer !== fact.text ? null : fact.placeClass === 'country' ? 'Which country' : fact.city ? 'Which city' : null;
	if (fact.kind !== 'organisation') return null;
	if (fact.nameClass === 'club') return 'Which club';
	if (fact.nameClass === 'journal') return 'Which publication';
	if (/\b(?:University|College)\b/.test(fact.text)) return 'Which university';
	if (/\b(?:Inc|Ltd|Group|Corporation|Corp|Systems|Electronics|Securities|Holdings|Airlines|Technologies)\b/.test(fact.text)) return 'Which company';
	return 'Which organisation';
}

/** The preposition opening the phrase a date or place question takes out, or -1. */
function phraseStart(sentence: Sentence, fact: NameFact | DateFact, prepositions: RegExp): number {
	const before = sentence.text.slice(0, fact.answerStart - sentence.start);
	const m = prepositions.exec(before);
	return m ? sentence.start + (m.index ?? 0) : -1;
}

/** "In what year …?", "On what date …?", "When …?" for the date's written form; null for weekdays. */
function dateLead(fact: DateFact): { lead: string; prepositions: RegExp } | null {
	// "last November 13" closing a quote's attribution is asked by its date (see `attributionDate`).
	if (fact.answer !== fact.text && fact.text !== `last ${fact.answer}`) return null;
	if (fact.dateClass === 'year') return { lead: 'In what year', prepositions: /\b[Ii]n $/ };
	if (fact.dateClass === 'month-day' || fact.dateClass === 'full') return { lead: 'On what date', prepositions: /\b[Oo]n $/ };
	if (fact.dateClass === 'month-year') return { lead: 'When', prepositions: /\b[Ii]n $/ };
	return null;
}

/**
 * "“…,” Zelensky posted via Telegram last November 13.": a date closing a quote's attribution
 * asks when the speaker said it: "On what date did Zelensky post via Telegram?"
 */
function attributionDate(sentence: Sentence, fact: DateFact, lead: string): string | null {
	const before = sentence.text.slice(0, fact.start - sentence.start);
	const after = sentence.text.slice(fact.end - sentence.start);
	const m = /[”"],? ([^“”"]{6,80}?) (?:last |on )?$/.exec(before);
	// After the quote, a capital opens a name ("Zelensky posted …"), never the sentence.
	return m && /^[\s.]*$/.test(after) ? invert(lead, m[1], { midSentence: true }) : null;
}

/** A choice among `others` and the answer, when there are at least two others; `variant` keeps it apart from the fact's other choices. */
export function mcqOf(
	prompt: string,
	answer: string,
	others: string[],
	id: string,
	numeric: boolean,
	fact: FactRecord,
	sentence: Sentence,
	tags: string[],
	variant = 'wh'
): Candidate[] {
	if (others.length < 2) return [];
	const { choices, answer: at } = arrange(answer, others, id, numeric);
	return [candidate({ id, type: 'mcq', prompt, choices, answer: at, tags, source: sourceOf(sentence) }, fact, sentence, 'wh', variant)];
}

/**
 * Real questions about a person, place or date: "Who …?" when the person is the subject of a
 * clause, "Where …?" / "In which country …?" for a place after "in" or "at", "In what year …?"
 * and "On what date …?" for dates. Typed answers (short answer, numeric for years) and a choice
 * among names or dates of the same kind.
 */
export function whEntityQuestions(fact: NameFact | DateFact, sentence: Sentence, all: FactRecord[]): Candidate[] {
	const tags = [fact.kind];
	const source = sourceOf(sentence);
	if (fact.kind === 'person') {
		// "founded by Anneke Verhoeven and Rafael Mendes": one of two is an incomplete key to "Who founded …?".
		// The second of the two is judged by `whoQuestion` itself, which tells "A and B founded" from
		// "… cleared by Marsh, and Pritchard drove …", where "and" opens a clause of its own.
		if (all.some((f) => f.kind === 'person' && f.key !== fact.key && f.start > fact.start && coordinated(f, fact))) return [];
		const prompt = whichRoleQuestion(sentence, fact) ?? agentQuestion(sentence, fact.answerStart, fact.answerEnd, 'Who') ?? whoQuestion(sentence, fact);
		if (!prompt) return [];
		const id = questionId(fact, sentence, 'short_answer', 'who');
		const accept = personAccept(fact);
		const typed = candidate(
			{ id, type: 'short_answer', prompt, answer: fact.key, ...(accept.length ? { accept } : {}), tags, source },
			fact,
			sentence,
			'wh',
			'who'
		);
		const mcqId = questionId(fact, sentence, 'mcq', 'who-clause');
		return [typed, ...mcqOf(prompt, fact.key, entityDistractors(fact, all, prompt, mcqId), mcqId, false, fact, sentence, tags)];
	}
	const which = subjectLead(fact);
	const predicate = which ? subjectPredicate(sentence, fact, true) : null;
	if (which && predicate && fact.kind !== 'date') {
		const prompt = `${which} ${predicate}?`;
		const id = questionId(fact, sentence, 'short_answer', 'which');
		const typed = candidate({ id, type: 'short_answer', prompt, answer: fact.answer, tags, source }, fact, sentence, 'wh', 'which');
		const mcqId = questionId(fact, sentence, 'mcq', 'which');
		return [typed, ...mcqOf(prompt, fact.answer, entityDistractors(fact, all, prompt, mcqId), mcqId, false, fact, sentence, tags)];
	}
	const agent = fact.kind === 'organisation' ? agentQuestion(sentence, fact.answerStart, fact.answerEnd, which ?? 'Which organisation') : null;
	if (agent && fact.kind === 'organisation') {
		const id = questionId(fact, sentence, 'short_answer', 'agent');
		const typed = candidate({ id, type: 'short_answer', prompt: agent, answer: fact.answer, tags, source }, fact, sentence, 'wh', 'agent');
		const mcqId = questionId(fact, sentence, 'mcq', 'agent');
		return [typed, ...mcqOf(agent, fact.answer, entityDistractors(fact, all, agent, mcqId), mcqId, false, fact, sentence, tags)];
	}
	if (fact.kind === 'place') {
		const at = phraseStart(sentence, fact, /\b(?:[Ii]n|[Aa]t) (?:the )?$/);
		const lead = fact.placeClass === 'country' ? 'In which country' : 'Where';
		const prompt = at >= 0 ? phraseQuestion(sentence, at, fact.answerEnd, lead, true) : null;
		if (!prompt) return [];
		const id = questionId(fact, sentence, 'short_answer', 'where');
		const typed = candidate({ id, type: 'short_answer', prompt, answer: fact.answer, tags, source }, fact, sentence, 'wh', 'where');
		const mcqId = questionId(fact, sentence, 'mcq', 'where');
		const others = entityDistractors(fact, all, prompt, mcqId);
		return [typed, ...mcqOf(prompt, fact.answer, others, mcqId, false, fact, sentence, tags)];
	}
	if (fact.kind === 'date') {
		const how = dateLead(fact);
		const at = how ? phraseStart(sentence, fact, how.prepositions) : -1;
		const prompt = how && at >= 0 ? phraseQuestion(sentence, at, fact.answerEnd, how.lead) : how ? attributionDate(sentence, fact, how.lead) : null;
		if (!prompt) return [];
		const mcqId = questionId(fact, sentence, 'mcq', 'when');
		const year = fact.dateClass === 'year' && fact.value !== undefined;
		const out = mcqOf(prompt, fact.answer, dateDistractors(fact, all, mcqId, 3, prompt), mcqId, year, fact, sentence, tags);
		if (year && fact.value !== undefined) {
			const id = questionId(fact, sentence, 'numeric', 'when');
			out.push(candidate({ id, type: 'numeric', prompt, answer: fact.value, tolerance: 0, tags, source }, fact, sentence, 'wh', 'when-year'));
		}
		return out;
	}
	return [];
}
