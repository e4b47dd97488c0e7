import { normaliseAnswer } from '../../quiz/normalise';
import { arrange, dateDistractors, entityDistractors } from '../distractors';
import type { DateFact, FactRecord, OrganisationFact, PersonFact, PlaceFact } from '../facts/types';
import type { NameFact } from '../distractors';
import { hash32 } from '../hash';
import type { Sentence } from '../sentences';
import { candidate, questionId, sourceOf, type Candidate } from './candidate';
import { describedAfter, fairNameSwap, fairPersonSwap, fairWrong, gendersTheName, inSideDetail, makesClaim } from './false-claims';
import { genericRole } from './cards';
import { affiliatedName } from '../facts/name-sorts';
import { placeBlank } from './place-blank';
import { blankOut, isFirstPersonQuote, replaceSpan, startsWithPronoun } from './phrasing';

/** Other spellings of a name a learner may give: the surname alone, the full name. */
function nameAccept(fact: NameFact | DateFact): string[] {
	const out = new Set<string>();
	if (fact.kind === 'person') {
		out.add(fact.key);
		const parts = fact.key.split(/\s+/);
		if (parts.length > 1) out.add(parts[parts.length - 1]);
	}
	if (fact.kind === 'date' && fact.iso) {
		const [y, m, d] = fact.iso.split('-').map(Number);
		out.add(fact.iso);
		out.add(`${d}/${m}/${y}`);
	}
	out.delete(fact.answer);
	return [...out].filter((a) => normaliseAnswer(a) !== normaliseAnswer(fact.answer));
}

/**
 * A role said of its time ("then a second-year student", "now the chair of …"): the adverb
 * belongs to the sentence it came from, and before an article it leaves "as the then a …".
 */
const TIMED_ROLE = /^(?:then|now|formerly|once|currently|previously|later)\s+(?=(?:the|a|an)\s)/i;

/** "the governor of the Tula region" as a noun phrase that can follow "as". */
function roleNounPhrase(role: string): string {
	// "Chief financial officer" opened its sentence; inside a question it is lower case.
	const plain = (genericRole(role) ? role.toLowerCase() : role).replace(TIMED_ROLE, '').replace(/^(?:The|A|An)\b/, (w) => w.toLowerCase());
	return /^(?:the|a|an)\s|['’]s\s/.test(plain) ? plain : `the ${plain}`;
}

/** Whether a name stands in a list of three or more names ("A, B, and C"). */
function inList(sentence: Sentence, fact: NameFact | DateFact): boolean {
	const around = `${sentence.text.slice(0, fact.answerStart - sentence.start).slice(-60)}@${sentence.text.slice(fact.answerEnd - sentence.start).slice(0, 60)}`;
	const name = "\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*)*";
	const link = '(?:, (?:and |or )?| (?:and|or) )';
	const pattern = new RegExp(`(?:${name}${link}){2}@|${name}${link}@${link}${name}|@(?:${link}${name}){2}`, 'u');
	return pattern.test(around);
}

/**
 * "the Solberg Foundation’s director" of Mira Solberg, "the Reyes family’s lawyer" of Ana Reyes: a
 * role that holds a word of the person's own name is partly that name, and asking who it
 * describes hands the learner the answer.
 */
function namesItsHolder(role: string, name: string): boolean {
	const words = new Set(role.split(/[^\p{L}]+/u).filter((w) => /^\p{Lu}/u.test(w)));
	return name.split(/\s+/).some((w) => words.has(w));
}

/**
 * "a fellow engineer", "the other substitute", "another director": a role said relative to someone
 * the sentence names beside it, which out of it fits that person and anyone like them.
 */
const RELATIONAL_ROLE = /^(?:(?:the|a|an) )?(?:fellow|other|another|second|same)\b/i;

/** A role says enough to pick one person out: two or more words, no word of the person's name, and no other person has it. */
function usefulRole(fact: NameFact | DateFact, all: FactRecord[]): boolean {
	const role = fact.kind === 'person' ? fact.role : undefined;
	if (!role || role.split(/\s+/).length < 2 || namesItsHolder(role, fact.key) || RELATIONAL_ROLE.test(role)) return false;
	const same = all.filter((f) => f.kind === 'person' && f.role && normaliseAnswer(f.role) === normaliseAnswer(role) && f.key !== fact.key);
	return same.length === 0;
}

/**
 * Where a person's blank starts: before a one-word title the name carries ("Count Frederik
 * Aldenburg", "Governor Corazon Villaflor of …"), which must go with the name: "The governor,
 * Count ____, refused." leaves "Count" reading as a verb or a noun of the sentence. An honorific
 * ("Dr.") is no role and stays, and so does a longer title ("Ukrainian President ____").
 */
function titledStart(fact: NameFact | DateFact, sentence: Sentence): number {
	if (fact.kind !== 'person' || !fact.role) return fact.answerStart;
	const title = /(\p{Lu}\p{Ll}+) $/u.exec(sentence.text.slice(0, fact.answerStart - sentence.start));
	if (!title || !(fact.role === title[1] || fact.role.startsWith(`${title[1]} of `))) return fact.answerStart;
	return fact.answerStart - title[0].length;
}

/**
 * "that Metropolitan Commission of Sewers could …" for "that Parliament could …": a swapped-in
 * name the article always writes after "the" takes it where the slot has none ("The" opening a sentence).
 */
export function withArticle(name: string, before: string, all: FactRecord[]): string {
	const mentions = all.filter((f): f is OrganisationFact | PlaceFact => (f.kind === 'organisation' || f.kind === 'place') && f.text === name);
	const takesThe = mentions.length > 0 && mentions.every((f) => f.nameClass.endsWith('|the'));
	if (!takesThe || /\b(?:the|a|an|its|their|his|her|our|my|your)\s+$/i.test(before) || /['’]s\s+$/.test(before)) return name;
	return `${before.trim() === '' ? 'The' : 'the'} ${name}`;
}

/**
 * Questions about a person, place, organisation or date: "Who is described as …?" (short answer
 * and mcq) for a person with a distinctive role, a fill-in blank with choices of the same kind,
 * and a true/false pair whose false statement swaps in another name of the same kind.
 */
export function entityQuestions(fact: NameFact | DateFact, sentence: Sentence, all: FactRecord[]): Candidate[] {
	const out: Candidate[] = [];
	const tags = [fact.kind];
	const source = sourceOf(sentence);
	const accept = nameAccept(fact);
	const withAccept = accept.length ? { accept } : {};
	if (fact.kind === 'person' && usefulRole(fact, all) && fact.role) {
		const prompt = `Who is described in the article as ${roleNounPhrase(fact.role)}?`;
		const id = questionId(fact, sentence, 'short_answer');
		out.push(
			candidate(
				{ id, type: 'short_answer', prompt, answer: fact.key, accept: [fact.key.split(/\s+/).pop() ?? fact.key], tags, source },
				fact,
				sentence,
				'wh',
				'role'
			)
		);
		const mcqId = questionId(fact, sentence, 'mcq', 'who');
		const others = entityDistractors(fact, all, prompt, mcqId);
		if (others.length >= 2) {
			const { choices, answer } = arrange(fact.key, others, mcqId, false);
			out.push(candidate({ id: mcqId, type: 'mcq', prompt, choices, answer, tags, source }, fact, sentence, 'wh', 'role'));
		}
		return out;
	}
	if (fact.kind === 'person' && fact.text.split(/\s+/).length < 2) return out;
	// "Moscow, Tula, Kaluga, Bryansk, and Smolensk": one member of an incidental list is trivial to ask.
	if (inList(sentence, fact)) return out;
	// "the Eighty Years’ War": the name runs on past the apostrophe, so the blank would cut it.
	if (/^['’]/.test(sentence.text.slice(fact.answerEnd - sentence.start))) return out;
	// "the top seed ____ will play" for "Mateo Ferreira of Portugal": the blank is the person's name, the country they are of stays in the prompt.
	const name = fact.kind === 'place' ? affiliatedName(fact.answer) : null;
	if (name) {
		const prompt = blankOut(sentence, { ...fact, answer: name, answerEnd: fact.answerStart + name.length });
		out.push(candidate({ id: questionId(fact, sentence, 'cloze'), type: 'cloze', prompt, answer: name, tags, source }, fact, sentence, 'blank'));
		return out;
	}
	// "the ____ district", "southern ____": the blank takes the whole phrase; "Kraków, ____" is not asked (see place-blank.ts).
	const span = fact.kind === 'place' ? placeBlank(sentence, fact, all) : { start: fact.answerStart, end: fact.answerEnd };
	if (!span) return out;
	if (span.start !== fact.answerStart || span.end !== fact.answerEnd) {
		const whole = sentence.text.slice(span.start - sentence.start, span.end - sentence.start);
		const prompt = blankOut(sentence, { ...fact, answerStart: span.start, answerEnd: span.end });
		const id = questionId(fact, sentence, 'cloze');
		out.push(candidate({ id, type: 'cloze', prompt, answer: whole, accept: [fact.answer], tags, source }, fact, sentence, 'blank'));
		return out;
	}
	const titled = titledStart(fact, sentence);
	const blank = blankOut(sentence, { ...fact, answerStart: titled });
	const clozeId = questionId(fact, sentence, 'cloze');
	out.push(candidate({ id: clozeId, type: 'cloze', prompt: blank, answer: fact.answer, ...withAccept, tags, source }, fact, sentence, 'blank'));
	const mcqId = questionId(fact, sentence, 'mcq');
	const before = sentence.text.slice(0, fact.answerStart - sentence.start);
	const others =
		fact.kind === 'date'
			? dateDistractors(fact, all, mcqId, 6, blank)
					.filter((d) => fact.value === undefined || fairWrong(before, fact.value, Number(d.match(/\d{4}/)?.[0] ?? fact.value)))
					.slice(0, 3)
			: entityDistractors(fact, all, blank, mcqId);
	const answerText = fact.kind === 'person' ? fact.answer : fact.answer;
	if (others.length >= 2) {
		const { choices, answer } = arrange(answerText, others, mcqId, fact.kind === 'date' && fact.dateClass === 'year');
		out.push(candidate({ id: mcqId, type: 'mcq', prompt: blank, choices, answer, tags, source }, fact, sentence, 'blank'));
	}
	// A false statement swaps a place only for one of the same sort (country, city): "the lands in
	// Bremen" for "the lands in Alsace" reads as a fact about Bremen, not a clear falsehood.
	const swappable = fact.kind !== 'place' || fact.placeClass === 'country' || !!fact.city;
	const statement = replaceSpan(sentence, fact.answerStart, fact.answerEnd, fact.answer);
	if (
		swappable &&
		others.length > 0 &&
		!inSideDetail(before, sentence.text.slice(fact.answerEnd - sentence.start)) &&
		!startsWithPronoun(sentence.text) &&
		!isFirstPersonQuote(sentence.text) &&
		makesClaim(statement)
	) {
		const trueId = questionId(fact, sentence, 'true_false', 'true');
		out.push(candidate({ id: trueId, type: 'true_false', prompt: statement, answer: true, tags, source }, fact, sentence, 'statement', 'true'));
		const falseId = questionId(fact, sentence, 'true_false', 'false');
		// A swap the answer contains, or that contains it ("Kyiv" for "Kyiv region"), is no clear falsehood.
		// A false statement swaps in a name of the article only: "Emperor Laura Bennett" from a shipped list is false on its face.
		const named = new Set(all.flatMap((f) => (f.kind === fact.kind ? [normaliseAnswer(f.text), normaliseAnswer(f.key)] : [])));
		// "the engineer" for "the widow": a person is swapped only for one whose known role is of the same group.
		const roleOf = (key: string) => all.find((f): f is PersonFact => f.kind === 'person' && f.key === key && !!f.role)?.role;
		const fair = others.filter(
			(o) => named.has(normaliseAnswer(o)) && fairNameSwap(fact.kind, fact.answer, o) && (fact.kind !== 'person' || fairPersonSwap(roleOf(fact.key), roleOf(o)))
		);
		// "Hugo Martel won her first title": no other person's name is swapped in where a pronoun genders the answer.
		const gendered =
			fact.kind === 'person' && gendersTheName(sentence.text.slice(fact.answerEnd - sentence.start), sentence.text.slice(0, fact.answerStart - sentence.start));
		// "Edith Langley, who taught in Ashcombe …": the swapped name would carry her description too.
		const described = describedAfter(sentence.text.slice(fact.answerEnd - sentence.start));
		const wrong = fair.length > 0 && !gendered && !described ? fair[hash32(falseId) % fair.length] : null;
		if (!wrong) return out;
		const explanation = `False: the article says ${fact.answer}, not ${wrong}.`;
		const swapped = withArticle(wrong, sentence.text.slice(0, titled - sentence.start), all);
		out.push(
			candidate(
				{ id: falseId, type: 'true_false', prompt: replaceSpan(sentence, titled, fact.answerEnd, swapped), answer: false, explanation, tags, source },
				fact,
				sentence,
				'statement',
				'false'
			)
		);
	}
	return out;
}
