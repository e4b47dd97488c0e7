import nlp from 'compromise';
import { BLANK } from '../../bank/schema';
import { findNumber } from '../../quiz/parse-number';
import { clauseParts } from './clause-parts';
import { SPEECH_VERBS } from '../facts/lexicon';
import type { QuantityFact } from '../facts/types';
import type { Sentence } from '../sentences';
import { AUXILIARIES as AUX, asQuestion as endQuestion, capitalise, clauseRest, lowerFirst } from '../english';
import { isCommonWord } from '../frequency';
import { tokenize, type Token } from '../tokens';
import { beforeNumber, type Leads, ownClause, qualifierLead, wholeRelative } from './number-clause';
import { countedTail } from './counted-tail';
import { movedSubject, trimLead } from './phrasing';

/**
 * "How many …?" questions made by moving a count to the front of a simple clause ("The ferry
 * carried 212 passengers" → "How many passengers did the ferry carry?"); null where the sentence
 * is not safe to transform, and the caller falls back to a blank.
 */

const HOW_MANY: Leads = ['How many', 'About how many'];

/** "The ministry said that 24 drones …": a count reported by someone is asked "According to the ministry, how many …?". */
const SAY = /^(.{3,60}?) (?:said|say|reported|announced|estimated|confirmed|added|says|reports|stated|noted) (?:that |on \w+ that )?(.*)$/;

/**
 * "The ministry said the depot had received 40 doses": the clause a named speaker reports, and
 * "According to the ministry, " to open its question. A speaker with a comma (an aside whose
 * end is unsure) or longer than six words is not read: the whole text stays the clause.
 */
function reported(before: string): { according: string; clause: string } {
	const said = SAY.exec(before);
	if (!said || /[,;]/.test(said[1]) || said[1].split(' ').length > 6 || said[2] === '') return { according: '', clause: before };
	return { according: `According to ${movedSubject(said[1], tokenize(said[1])[0])}, `, clause: capitalise(said[2]) };
}

/**
 * "24 Ukrainian drones were intercepted …" -> "How many Ukrainian drones were intercepted …?"
 * The count must be the subject: what follows it is an auxiliary or a past-tense verb, and what
 * precedes it is nothing, a connective, or "X reported that …" (which becomes "According to X,").
 */
function subjectQuestion(sentence: Sentence, fact: QuantityFact, tokens: Token[], noun: string): string | null {
	const tail = sentence.text.slice(fact.end - sentence.start);
	const after = wholeRelative(tail, clauseRest(tail));
	const next = tokens.find((t) => t.start >= fact.end - sentence.start);
	// "Paying customers, about 31,000 organisations, will receive …": a count in an aside leaves the verb outside the question.
	if (after.trim() === '') return null;
	if (!next || !(AUX.has(next.text.toLowerCase()) || (next.tags.has('PastTense') && next.tags.has('Verb')))) return null;
	const lead = qualifierLead(fact.qualifier, HOW_MANY);
	if (!lead) return null;
	let before = trimLead(beforeNumber(sentence, fact)).text.trim();
	let prefix = '';
	const said = SAY.exec(before);
	if (said && !/[,;]/.test(said[1]) && said[1].split(' ').length <= 6) {
		prefix = `According to ${lowerFirst(said[1])}, `;
		before = said[2].trim();
	}
	// "within 24 hours, how many … drones": an intro holding the same number would give it away.
	if (before !== '' && fact.value !== undefined && findNumber(before)?.value === fact.value) before = '';
	if (before !== '' && !(before.endsWith(',') && before.split(' ').length <= 8)) return null;
	const intro = before === '' ? '' : `${before} `;
	const start = prefix + intro;
	const question = `${start === '' ? lead : lead.toLowerCase()} ${noun}${endQuestion(after)}`;
	return start === '' ? question : `${start[0].toUpperCase()}${start.slice(1)}${question}`;
}

/**
 * "The company currently employs approx. 58,000 people." -> "About how many people does the
 * company currently employ?" The clause is subject (with an aside between commas, and after an
 * opening phrase, see `clauseParts`), optional adverb, one verb, then the count; the rest of the
 * clause up to the first comma follows, unless it holds another figure than a year, which the
 * question would print beside it ("… at 96 clinics in 14 countries"): then it ends on what is
 * counted.
 */
export function objectQuestion(sentence: Sentence, fact: QuantityFact, noun: string, leads = HOW_MANY, needsOf = false): string | null {
	const { according, clause } = reported(trimLead(beforeNumber(sentence, fact)).text.trim());
	const parts = clauseParts(clause);
	// "20:12 - Full service restored for …": a clause after a dash or a colon is a log line or a heading.
	if (!parts || /^["“]/.test(parts.rest) || /\s[-–—]\s|:/.test(parts.rest)) return null;
	const before = parts.rest;
	const words = tokenize(before);
	const verbAt = words.findIndex((t) => t.tags.has('Verb'));
	// "Ebullition accounted for 84% of …", "Parrotfish make up 20% of …": a particle bound to the verb
	// follows it in the question too ("did ebullition account for?"). Not "from" or "with", which open
	// a range ("grew from six employees to 240") or a circumstance ("came with seven minutes left").
	const bound = verbAt === words.length - 2 && /^(?:for|up)$/i.test(words[verbAt + 1].text) ? words[verbAt + 1].text : '';
	if (verbAt < 1 || (verbAt !== words.length - 1 && !bound && !(verbAt === words.length - 2 && words[verbAt + 1].tags.has('Verb')))) return null;
	const subjectWords = words.slice(0, verbAt).filter((t) => !t.tags.has('Adverb'));
	const adverbs = words
		.slice(0, verbAt)
		.filter((t) => t.tags.has('Adverb'))
		.map((t) => t.text);
	if (subjectWords.length === 0 || subjectWords.length > 6 || subjectWords.some((t) => t.tags.has('Verb') || (t.tags.has('Preposition') && t.text !== 'of')))
		return null;
	// "The €58 million cost includes …": a subject holding a figure would print a second number beside the question's.
	if (
		subjectWords.some(
			(t) => t.tags.has('Pronoun') || (t.tags.has('Value') && !t.tags.has('Ordinal') && !t.tags.has('Hyphenated') && !/^(?:1[6-9]|20)\d\d$/.test(t.text))
		)
	)
		return null;
	const subject = `${movedSubject(before.slice(0, subjectWords[subjectWords.length - 1].end), words[0])}${parts.aside ? `, ${parts.aside},` : ''}`;
	const verb = words[verbAt];
	// "Dr. Kamau said 640 health workers … had been trained": the count is in a reported clause.
	if (
		SPEECH_VERBS.has(verb.text.toLowerCase()) ||
		/^(?:say|tell|think|believe|estimate)$/i.test(verb.text) ||
		/^ and /.test(sentence.text.slice(fact.end - sentence.start))
	)
		return null;
	let head: string;
	if (verbAt === words.length - 2 && !bound) {
		// "has cut", "will pay": an auxiliary or a modal goes before the subject.
		if (!/^(?:has|have|had|will|would|can|could|may|might|must|should)$/i.test(verb.text)) return null;
		head = `${verb.text.toLowerCase()} ${subject} ${[...adverbs, words[verbAt + 1].text].join(' ')}`;
	} else {
		if (verb.tags.has('Copula') || verb.tags.has('Auxiliary') || verb.tags.has('Gerund')) return null;
		const json = nlp(before).verbs().json() as { verb?: { infinitive?: string } }[];
		const infinitive = json[json.length - 1]?.verb?.infinitive;
		if (!infinitive) return null;
		const last = subjectWords[subjectWords.length - 1];
		// "Castellanos", tagged a plural noun, is a name: a capitalised word that is no common word.
		let plural = last.tags.has('Plural') && !last.tags.has('Person') && !(/^\p{Lu}/u.test(last.text) && !isCommonWord(last.text));
		// "Castellanos hit 11 aces": a bare verb after a singular subject is past, as its present would
		// be "hits"; so only for a verb whose past is its bare form ("Parrotfish make up" is present).
		const base = infinitive.split(' ')[0];
		const bare = verb.text.toLowerCase() === base;
		const past = verb.tags.has('PastTense') || (!plural && bare && nlp(base).verbs().toPastTense().text() === base);
		if (bare && !past && !plural && !verb.tags.has('PastTense')) plural = true;
		const aux = past ? 'did' : plural ? 'do' : 'does';
		// compromise may give the phrasal verb whole ("account for").
		const phrasal = bound && !infinitive.endsWith(` ${bound.toLowerCase()}`) ? [infinitive, bound] : [infinitive];
		head = `${aux} ${subject} ${[...adverbs, ...phrasal].join(' ')}`;
	}
	const counted = countedTail(sentence, fact, noun, needsOf);
	if (!counted) return null;
	const { measured, rest } = counted;
	const lead = qualifierLead(fact.qualifier, leads);
	if (!lead) return null;
	const opens = `${according}${parts.opener}`;
	const question = [opens ? lead.toLowerCase() : lead, measured, head].filter(Boolean).join(' ') + endQuestion(rest);
	return `${opens}${question}`;
}

/** "there are", opening the sentence or a clause joined by "and", "but" or a semicolon. */
const THERE = /(?:^|;\s|,?\s(?:and|but)\s)[Tt]here (are|were|will be|would be)\s$/;

/**
 * "…, and there are two underground stations where trains can stop …" -> "How many underground
 * stations are there?" The rest of the clause follows when no comma cuts a relative clause in it.
 */
function existentialQuestion(sentence: Sentence, fact: QuantityFact, noun: string): string | null {
	const there = THERE.exec(trimLead(beforeNumber(sentence, fact)).text);
	if (!there) return null;
	const tail = sentence.text.slice(fact.end - sentence.start);
	const lead = qualifierLead(fact.qualifier, HOW_MANY);
	return lead ? `${lead} ${noun} ${there[1]} there${endQuestion(wholeRelative(tail, ownClause(tail)))}` : null;
}

/** Bodies whose bare "the board" the article's one board is put in place of (references-bodies.ts `resolveDefinites`). */
const NAMED_LATER = /\bthe (?:firm|company|club|ministry|agency|council|union|group|board|commission|committee|court)\b/;

/**
 * "About how many people attended?", "How many people died?": a count and a bare verb, with no
 * name, number or date, do not say what event they were counted at, so out of their paragraph
 * they have no one answer.
 */
export function namesItsEvent(question: string): boolean {
	const bare = /^(?:(?:about|roughly|approximately) )?how many (?:[\p{Ll}-]+ ){1,3}(?:(?:were|was|had been|have been) )?(?!there\?)\p{Ll}+\?$/iu;
	return !bare.test(question) || /\p{Lu}|\d/u.test(question.slice(1).replace(/^(?:bout|oughly|pproximately) how\b/, '')) || NAMED_LATER.test(question);
}

/** A "How many …?" question for a counted quantity or one with a plural unit, or null. */
export function howManyQuestion(sentence: Sentence, fact: QuantityFact): string | null {
	const noun = fact.counts ?? (fact.unit && /^[a-z][a-z ]+s$/.test(fact.unit) ? fact.unit : null);
	if (!noun || !fact.form) return null;
	const tokens = tokenize(sentence.text);
	const q = subjectQuestion(sentence, fact, tokens, noun) ?? existentialQuestion(sentence, fact, noun) ?? objectQuestion(sentence, fact, noun);
	return q && !q.includes(BLANK) && namesItsEvent(q) ? q : null;
}
