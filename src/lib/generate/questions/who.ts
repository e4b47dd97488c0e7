import type { FactRecord } from '../facts/types';
import type { Candidate } from './candidate';
import type { Subject } from './subject';
import { SPEECH_VERBS } from '../facts/lexicon';
import type { Sentence } from '../sentences';
import { tokenize } from '../tokens';
import { clauseRest, escapeRegExp, finish as finishes } from '../english';
import { trimLead } from './phrasing';
import { firstClause, isFinite } from './wh';

/**
 * "Who …?" questions on a person: the name's clause with the name taken out, when the name is its
 * subject and a finite verb follows ("Who reported a drone crashing into …?").
 */

const roleOf = (fact: FactRecord) => (fact.kind === 'person' ? fact.role : undefined);

/** Words before a name that allow it to be the subject of what follows. */
const SUBJECT_BEFORE = /(?:^|[,;:—–]\s|\b(?:when|as|while|after|before|and|but|because|since|until|that|where|then|later|meanwhile),?\s)$/i;

/** Where the finite verb after a person's name starts, skipping an appositive ("X, the governor …, said"). */
function verbAfterName(text: string, from: number): number {
	const tokens = tokenize(text);
	const next = (at: number) => tokens.find((t) => t.start >= at);
	const direct = next(from);
	if (!direct) return -1;
	if (text.slice(from, direct.start).trim() === '' && isFinite(direct)) return direct.start;
	if (!/^,/.test(text.slice(from))) return -1;
	// A semicolon or dash ends the name's clause: "X, …, was a builder; her mother, Y, taught …" gives X no "taught".
	const stop = /[;:—–]/.exec(text.slice(from));
	const limit = stop ? from + stop.index : text.length;
	for (let at = text.indexOf(',', from), n = 0; at >= 0 && at < limit && n < 4; at = text.indexOf(',', at + 1), n++) {
		const t = next(at + 1);
		// "X, played by Y, keeps …": a participle with its agent is a reduced relative, not X's verb.
		const passive = !!t && /^\S+ by\b/.test(text.slice(t.start));
		if (t && isFinite(t) && !t.tags.has('Copula') && !passive) return t.start;
	}
	return -1;
}

/**
 * Where a finite verb starts right after the name, or -1. "Red Cross volunteers are …": a
 * "verb" followed by an auxiliary was a plural noun compromise mistook for one.
 */
function verbRightAfter(text: string, from: number): number {
	if (!/^ \S/.test(text.slice(from))) return -1;
	const tokens = tokenize(text).filter((t) => t.start > from);
	const [verb, next] = tokens;
	if (!verb || !isFinite(verb) || (next && (next.tags.has('Auxiliary') || next.tags.has('Copula')))) return -1;
	return verb.start;
}

/** "the governor of the Tula region" -> " in the Tula region": where a role places its holder. */
function roleLocation(role: string | undefined): string {
	const m = role ? /\bof (the [\p{L}’' -]+ (?:region|oblast|province|city|state|county|district))$/u.exec(role) : null;
	return m ? ` in ${m[1]}` : '';
}

/** A clause opened by a subordinating word, up to the name: "While Moscow Mayor ", "Although ". */
const SUBORDINATE_OPENING = /^(?:While|Whereas|Although|Though|When|As|After|Before|Because|Since|If|Unless|Until|Once)\s[^,;:—–]*$/;
/** "Luhansk, Donetsk, and Kharkiv": a comma that goes on to a list of names, not to a new clause. */
const LIST_GOES_ON = /^, \p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*)*(?:,? (?:and|or) |, \p{Lu})/u;

/**
 * "While X assured that there were no injuries in the capital, Alexey Dyumin … reported …": a
 * clause opened by a subordinating word ends at its comma, though a name follows it (which
 * `clauseRest` takes for a list going on). The predicate up to that comma; the whole of it where
 * the name opens no such clause; null where the comma may as well go on to a list of names.
 */
function subordinateEnd(before: string, predicate: string): string | null {
	if (!SUBORDINATE_OPENING.test(before)) return predicate;
	const comma = /,(?!\d{3})/.exec(predicate);
	if (!comma) return predicate;
	return LIST_GOES_ON.test(predicate.slice(comma.index)) ? null : predicate.slice(0, comma.index);
}

/**
 * What a person does in the clause they are the subject of: "reported a drone crashing into an
 * apartment building" for "Alexey Dyumin, the governor of the Tula region, reported a drone
 * crashing …". The name must start a clause and a finite verb must follow it (after any
 * appositive); words of speech are left to the quote questions. Null when there is no such clause.
 */
export function subjectPredicate(sentence: Sentence, fact: FactRecord, strict = false, titled = false): string | null {
	const text = sentence.text;
	const ns = fact.answerStart - sentence.start;
	const ne = fact.answerEnd - sentence.start;
	let before = text.slice(0, ns);
	const role = roleOf(fact);
	if (role && before.endsWith(`${role} `)) {
		before = before.slice(0, before.length - role.length - 1);
		// `titled` ("Who …?" only): "The pianist Daniel Okonjo led …" — the article before the role goes with it.
		// Only where a clause opens: "…, and the Venetian diplomat X acted as mediators" has two subjects.
		if (titled) before = before.replace(/^(?:the|a|an) $/i, '').replace(/(?<=[,;:] )(?:the|a|an) $/, '');
	}
	if (!SUBJECT_BEFORE.test(before) || /[“"][^”"]*$/.test(before) || objectRelative(text, before)) return null;
	// `strict`: the name alone is the subject, opening the sentence (after a short introduction),
	// so "units from Japan and South Korea arrived" does not make Japan the one who arrived.
	if (strict && !/^(?:(?:In|On|By|At|After|During|Since|Later|Meanwhile)\b[^,]*, )?$/.test(trimLead(before).text)) return null;
	const v = strict ? verbRightAfter(text, ne) : verbAfterName(text, ne);
	if (v < 0) return null;
	const own = subordinateEnd(trimLead(before).text, text.slice(v));
	if (own === null) return null;
	const predicate = finishes(firstClause(clauseRest(own)));
	const words = predicate.split(/\s+/);
	if (words.length < 3 || SPEECH_VERBS.has(words[0].toLowerCase()) || /^(?:and|or|but|that|which|who)$/i.test(words[words.length - 1])) return null;
	// "his shot" is the answer's own; "he", "it" or "them" point to someone the prompt does not name.
	if (/\b(?:he|she|him|they|them|it)\b/i.test(predicate)) return null;
	// "resolves almost everything in under a hundred": the noun the count leaves out ("pages") was said before the name.
	if (ELIDED_COUNT.test(predicate)) return null;
	return predicate;
}

/**
 * "a serve out wide that Kovačević could only frame into the stands": "that" after a noun opens a
 * relative clause whose object is the noun before it, so the name's predicate lacks its object
 * ("Who could only frame into the stands?"). After a verb ("said that", "found that") it opens a
 * reported clause, which is whole.
 */
function objectRelative(text: string, before: string): boolean {
	if (!/\bthat\s$/i.test(before)) return false;
	const that = before.trimEnd().length - 'that'.length;
	const prior = tokenize(text)
		.filter((t) => t.end <= that)
		.pop();
	return !!prior && !prior.tags.has('Verb') && !/[,;:]/.test(prior.post);
}

/** A predicate that ends on a bounded count with no noun: "in under a hundred", "more than 40", "about a dozen". */
const ELIDED_COUNT =
	/\b(?:under|over|than|about|around|nearly|almost|only|just|some|roughly|fewer|least)\s(?:a\s)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozen|million|billion)$/i;

/**
 * "In 1969 she and a fellow engineer, Howard Pell, founded the firm": the name (here in apposition
 * to "a fellow engineer") is the second of two subjects joined by "and" or "or", so "Who founded
 * the firm?" keyed to it alone is half an answer; so is "The coach and striker Liam Dorsey were …". The words from the clause's start to the "and"
 * have no finite verb; "The pumps failed and Pell called …" joins two clauses, each with its own.
 */
export function sharedSubject(sentence: Sentence, fact: FactRecord): boolean {
	const before = sentence.text.slice(0, fact.answerStart - sentence.start);
	const m = /(?:^|[,;:—–]\s)([^,;:—–]*?)\s(?:and|or)\s(?:(?:the|a|an|his|her|their|its)\s[^,;:—–]*,\s|(?:[\p{Ll}-]+\s){0,3})$/iu.exec(before);
	return m !== null && /\S/.test(m[1]) && !tokenize(m[1]).some(isFinite);
}

/** "Who reported a drone crashing into an apartment building in the Tula region?" (see `subjectPredicate`). */
export function whoQuestion(sentence: Sentence, fact: FactRecord): string | null {
	if (sharedSubject(sentence, fact)) return null;
	const predicate = subjectPredicate(sentence, fact, false, true);
	if (!predicate) return null;
	const where = roleLocation(roleOf(fact));
	return `Who ${predicate}${predicate.includes(where.trim()) ? '' : where}?`;
}

/**
 * "Who died on 3 March at his home in Ashby Wenlow?" in the obituary headed "Tobias Venn-Halloran
 * … dies at 87", "Who is described in the article as a structural engineer?" in hers: a "who"
 * question whose answer is the person the article is about, when the article's opening line (its
 * headline, else its lead) names them, asks what every reader has just been told. Judges found
 * these trivial (or, where another person fits the role too, ambiguous) nine times in ten. A
 * subject the opening does not name (the researcher of a study headed by its finding) is still
 * asked after, and the subject's own facts still are, with the subject named, by blanks and statements.
 */
export function asksForSubject(c: Candidate, subject: Subject | null, opening: string): boolean {
	if (!subject || c.form !== 'wh' || !/^Who\b/.test(c.question.prompt) || c.fact.kind !== 'person' || c.fact.key !== subject.key) return false;
	return new RegExp(`(?<![\\p{L}])${escapeRegExp(subject.surname)}(?![\\p{L}])`, 'u').test(opening);
}
