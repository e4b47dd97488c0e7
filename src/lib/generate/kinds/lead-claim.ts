import { SPEECH_VERBS } from '../facts/lexicon';
import { AUXILIARIES, capitalise, clauseRest, finish, wordCount } from '../english';
import { applyReplacements, resolveLeadPronoun } from '../references-resolve';
import { movedSubject } from '../questions/phrasing';
import { tokenize, type Token } from '../tokens';
import { doerClaim } from './lead-doer';
import { foundClaim } from './lead-found';
import { passiveClaim } from './lead-passive';
import { amountClaim, untilClaim } from './lead-until';
import { finite, has, mainVerb, nounPhraseEnd, openerLength, pluralHead, RELATIVE, SUBORDINATOR, TIME_DETERMINER } from './lead-phrases';
import { standsAlone } from './relation';

/**
 * The main claim of a lead sentence, read as subject, verb group and object from compromise's
 * tags: "A joint research expedition | has recovered | living microbes from a lake …". The
 * opening phrase ("In the early hours of 11 February 1872, ") and the attribution (", the board
 * said on Thursday", ", according to a study …") are set aside; a study named in the attribution
 * is kept as who found the claim. Anything the parse is unsure of gives null, so a lead that
 * cannot be read cleanly is not asked at all.
 */
export interface LeadClaim {
	/** The claim without opener or attribution: subject, verb group and the rest of its clause. */
	clause: string;
	/** The subject as it reads inside a question ("a joint research expedition"). */
	asked: string;
	/** Whether the subject's head is plural ("reefs"), so a present verb takes "do". */
	plural: boolean;
	/** The verb group's words ("has recovered", "reported"). */
	verbs: Token[];
	/** The object's noun phrase, the typed answer ("living microbes"); "" for a study's claim, asked whole. */
	object: string;
	/** The object with the rest of its clause, a card's back; a study's claim's whole predicate. */
	complement: string;
	/** A figure the object was set to ("to £1,500" after "cut the cap"), when the clause gives one. */
	target?: string;
	/** The verb takes an act, not a thing ("voted to close the library"): the complement is the act. */
	act?: boolean;
	/** The question for the subject when the claim has no object ("What gave way after three days of heavy rain?"). */
	doer?: string;
	/** Who found the claim, from "according to a study …": "the study". */
	finder?: string;
	/** A second claim of the same subject, joined by "and" ("… and will cost £547 million"). */
	also?: LeadClaim;
}

/** Adjectives that compare with something said before ("the opposite approach"): the object means nothing alone. */
const RELATIONAL = /\b(?:opposite|same|other|similar|different|such|former|latter)\b/i;
/** Subjects that point elsewhere or name nothing ("There", "This", "Such"). */
const POINTING = /^(?:there|this|that|these|those|such|it|they|he|she|we|i|you|one|here|both|another|other|others)$/i;
/** A subject or object this long no longer reads as one phrase inside a question. */
const SUBJECT_MAX = 16;
const OBJECT_MAX = 8;
const BACK_MAX = 28;
/** " to 412 million kroner from …", " to £1,420 a year": the figure a thing was set to, with its unit word. */
const TARGET =
	/^(?: by [^,]{1,30}?)? to ((?:[$€£]|US\$)?\d[\d.,]*(?:%| percent| per cent)?(?: (?:million|billion|trillion))?(?: (?!(?:from|in|on|at|a|an|the|and|for|by|after|as|than)\b)\p{Ll}+)?)(?=[ ,.;]|$)/u;

/** ", the port authority said on Wednesday.": who said it, with nothing after but when and where. */
const SAID = /, (?:[^,“”"]{1,80}? )(?:said|says|announced|reported|confirmed)(?: [^,“”"]{0,60})?\.?$/;
/** "Halvor Ferries, the operator …, said on Tuesday that …": a name, an apposition, a speech verb, when, and the clause said. */
const REPORTED =
	/^((?:The )?\p{Lu}[\p{L}&'’.-]*(?: (?:of )?\p{Lu}[\p{L}&'’.-]*){0,4})(?:, [^,“”"]{1,120},)? (?:said|says|reported|announced)(?: (?:on|last|this) \p{L}+)? that ([^“”"]+)$/u;
/** ", according to a clinical trial of 312 adults …". */
const ACCORDING = /, according to ([^“”"]+?)\.?$/;
/** A subject this long with a relative clause is asked by its head alone ("the exhibition"), which the article's one exhibition names. */
const LONG_SUBJECT = 9;

/** "An exhibition that brings together artists … rivers" → "the exhibition"; null when the subject is short or has no relative clause. */
function shortSubject(subject: Token[], text: string): string | null {
	const rel = subject.findIndex((t) => RELATIVE.test(t.text));
	if (wordCount(text) < LONG_SUBJECT || rel < 2 || !has(subject[0], 'Determiner') || !has(subject[rel - 1], 'Noun')) return null;
	return `the ${subject[rel - 1].text}`;
}

/** The finder named in "according to …": its determiner, adjectives and noun, as "the …". */
function finderOf(phrase: string): string | undefined {
	const tokens = tokenize(phrase);
	const end = nounPhraseEnd(tokens, 0);
	if (end < 0) return undefined;
	const np = phrase
		.slice(0, tokens[end - 1].end)
		.split(/ of /)[0]
		.replace(/^(?:a|an|the|one) /i, '');
	return /^\p{Ll}/u.test(np) && wordCount(np) <= 4 ? `the ${np}` : undefined;
}

/** The main claim of a sentence (see the module comment), or null; `isPerson` tells a name the article gives a person. */
export function leadClaim(sentence: string, isPerson: (name: string) => boolean = () => false): LeadClaim | null {
	let text = finish(sentence.trim());
	// "Halvor Ferries, the operator …, said on Tuesday that its profit rose …": the claim is what was said, its "its" the sayer's.
	const reported = REPORTED.exec(text);
	if (reported) {
		const said = resolveLeadPronoun(reported[2], { text: `${reported[1]} said.`, start: 0 });
		return said.ok ? leadClaim(capitalise(applyReplacements(reported[2], said.replacements)), isPerson) : null;
	}
	const according = ACCORDING.exec(text);
	const finder = according ? finderOf(according[1]) : undefined;
	if (according) text = text.slice(0, according.index);
	else text = text.replace(SAID, '');
	text = text.slice(openerLength(text));
	if (/[“”"()]/.test(text)) return null;
	const tokens = tokenize(text);
	const main = mainVerb(tokens);
	if (!main || main.subjectEnd < 1) return null;
	const subject = tokens.slice(0, main.subjectEnd);
	const subjectText = text.slice(0, subject.at(-1)?.end ?? 0);
	if (
		wordCount(subjectText) > SUBJECT_MAX ||
		(!has(subject[0], 'Determiner', 'Noun', 'ProperNoun', 'Adjective', 'Value') && !/^\p{Lu}/u.test(subject[0].text)) ||
		has(subject[0], 'Gerund', 'Pronoun') ||
		/[—–]/.test(subjectText) ||
		POINTING.test(subject[0].text) ||
		!standsAlone(subjectText) ||
		!subject.some((t) => has(t, 'Noun')) ||
		subject.some((t) => has(t, 'Pronoun') && !RELATIVE.test(t.text)) ||
		// "a seawall that | was built …": a subject ending on its relative word is a clause whose verb was taken for the main one.
		RELATIVE.test(subject[subject.length - 1].text)
	)
		return null;
	// The verb group: auxiliaries, "not" and adverbs up to the main verb ("has already recovered").
	let v = main.verb;
	const verbs: Token[] = [tokens[v]];
	while (
		(AUXILIARIES.has(tokens[v].text.toLowerCase()) || /^(?:be|been|being)$/i.test(tokens[v].text)) &&
		v + 1 < tokens.length &&
		has(tokens[v + 1], 'Verb', 'Adverb', 'Negative') &&
		tokens[v].post === ' '
	) {
		v++;
		verbs.push(tokens[v]);
	}
	// "gave way", "set up": a phrasal verb's particle belongs to the verb.
	if (tokens[v + 1] && has(tokens[v + 1], 'Particle') && tokens[v].post === ' ') {
		v++;
		verbs.push(tokens[v]);
	}
	// "Short walks taken after each meal …": a bare participle is a phrase qualifying the subject, not its verb.
	if (verbs[0].tags.has('Participle') && !AUXILIARIES.has(verbs[0].text.toLowerCase())) return null;
	const asked = shortSubject(subject, subjectText) ?? movedSubject(subjectText, subject[0]);
	const plural = pluralHead(subject);
	// "could not stop", "has never been": a denied claim has no object to ask for, unless it is held back to a time ("not … until June 2026").
	if (verbs.some((t) => /^(?:not|never|n't)$/i.test(t.text)) || !has(verbs[verbs.length - 1], 'Verb')) {
		const until = finder ? null : untilClaim(text, tokens, v, verbs, subjectText, asked);
		const also = until && amountClaim(text, tokens, v, subjectText, asked, plural);
		return until && (also ? { ...until, also } : until);
	}
	// "says the scheme will cut …": a reported clause is another claim, which the finding and argument kinds read; a count
	// after the verb is what was acted on ("recalled 412,000 fryers", "announced 300 job cuts"), no clause said.
	const says = SPEECH_VERBS.has(verbs[verbs.length - 1].text.toLowerCase()) && !has(tokens[v + 1] ?? tokens[v], 'Value');
	if (verbs[verbs.length - 1].post !== ' ' || says) return null;
	const passive = finder
		? null
		: (passiveClaim(text, tokens, v, verbs, subject, subjectText, isPerson) ?? foundClaim(text, tokens, v, verbs, subjectText, asked, plural));
	if (passive) return passive;
	// A study's claim is its whole predicate ("regrew their coral cover almost twice as fast …"), its own pronouns included.
	if (finder) {
		const predicate = finish(clauseRest(text.slice(verbs[0].start)));
		if (wordCount(predicate) < 3 || wordCount(predicate) > BACK_MAX || /\b(?:he|she|him|her|his)\b/i.test(predicate)) return null;
		// "What did the results find about the treatment?" says not which treatment: a finding is asked about its subject in full.
		// Only where the verb group opens on an auxiliary ("has reduced") is the relative clause surely
		// whole: in "a scheme that pays farmers to leave margins unploughed has doubled" the tagger may take "unploughed".
		const whole = !subject.some((t) => RELATIVE.test(t.text)) || AUXILIARIES.has(verbs[0].text.toLowerCase());
		const named = whole ? movedSubject(subjectText, subject[0]) : asked;
		return { clause: `${subjectText} ${predicate}`, asked: named, plural, verbs, object: '', complement: predicate, finder };
	}
	// "voted to close the library", "agreed to buy …": what was decided is the act after "to".
	const act = tokens[v + 1]?.text === 'to' && tokens[v + 2] && has(tokens[v + 2], 'Infinitive') ? tokens[v + 2] : null;
	if (act) {
		const done = finish(clauseRest(text.slice(act.start)));
		if (wordCount(done) < 2 || wordCount(done) > BACK_MAX || !standsAlone(done)) return null;
		return { clause: `${subjectText} ${text.slice(verbs[0].start, act.start)}${done}`, asked, plural, verbs, object: '', complement: done, act: true };
	}
	const objectEnd = nounPhraseEnd(tokens, v + 1);
	// "gave way", "took place", "reached orbit": a bare singular noun is part of the verb's idiom, no thing of its own to ask for.
	const idiom = objectEnd === v + 2 && !has(tokens[v + 1], 'Plural', 'Value', 'ProperNoun') && !/^\p{Lu}/u.test(tokens[v + 1].text);
	if (objectEnd < 0 || idiom) return doerClaim({ text, tokens, v, verbs, subject, subjectText, asked, plural, idiom });
	const objectAt = tokens[v + 1].start;
	const object = text.slice(objectAt, tokens[objectEnd - 1].end);
	const target = TARGET.exec(text.slice(tokens[objectEnd - 1].end))?.[1];
	// "rose 31%" names no thing, but "rose 31% to 412 million kroner" names the figure it rose to.
	if (wordCount(object) > OBJECT_MAX || !standsAlone(object) || RELATIONAL.test(object) || (!/\p{L}{3}/u.test(object) && !target)) return null;
	// "the scheme will cut litter": a verb straight after the object makes it the subject of a clause.
	const after = tokens[objectEnd];
	if (after && finite(after) && tokens[objectEnd - 1].post === ' ') return null;
	// The object's clause runs to its comma or dash; a second verb joined by "and" starts another claim.
	let complement = finish(clauseRest(text.slice(objectAt)));
	const and = tokens.findIndex(
		(t, i) => i >= objectEnd && t.text === 'and' && t.start < objectAt + complement.length && tokens[i + 1] && finite(tokens[i + 1])
	);
	if (and >= 0) complement = text.slice(objectAt, tokens[and].start).trim();
	// "orbit on Wednesday from Andøya", "cargo last year": when it happened is the verb's, not the object's.
	const timeAt = (i: number) => tokens[i] !== undefined && !tokens[i].text.includes('-') && (has(tokens[i], 'Date') || TIME_DETERMINER.test(tokens[i].text));
	const when = timeAt(objectEnd) ? objectEnd : has(tokens[objectEnd] ?? tokens[0], 'Preposition') && timeAt(objectEnd + 1) ? objectEnd : -1;
	if (when >= 0) complement = object;
	// "… campaign along the coast after a cholera outbreak that began …": a clause after a subordinator is why or when, the verb's, not the object's.
	const sub = tokens.findIndex((t, i) => i >= objectEnd && t.start < objectAt + complement.length && SUBORDINATOR.test(t.text));
	if (sub >= 0) complement = text.slice(objectAt, tokens[sub].start).trim();
	if (wordCount(complement) > BACK_MAX || !standsAlone(complement)) complement = object;
	const clause = `${subjectText} ${text.slice(verbs[0].start, objectAt)}${complement}`.replace(/\s+/g, ' ');
	const also = amountClaim(text, tokens, v, subjectText, asked, plural);
	return {
		clause,
		asked,
		plural,
		verbs,
		object,
		complement,
		...(target ? { target } : {}),
		...(finder ? { finder } : {}),
		...(also ? { also } : {})
	};
}
