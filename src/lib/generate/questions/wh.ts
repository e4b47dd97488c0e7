import nlp from 'compromise';
import { BLANK } from '../../bank/schema';
import type { Sentence } from '../sentences';
import { tokenize, type Token } from '../tokens';
import { AUXILIARIES as AUX, CLAUSE_END, clauseRest, finish as finishes, lowerFirst } from '../english';
import { trimLead } from './phrasing';
import { participleQuestion, withoutAppositive } from './wh-reduced';

/**
 * Real questions made by moving one phrase of a simple clause to the front: "In what year was
 * the treaty signed?", "Where did the team play …?" (a person's "Who …?" is in who.ts). Each
 * builder returns null unless the clause has a shape it can invert with certainty (a short
 * subject without commas, one finite verb); the caller then keeps a fill-in blank, which is
 * always grammatical.
 */

/** Whether a token is a verb that carries tense on its own ("reported", "finds"), not "-ing" or "to …". */
export function isFinite(t: Token): boolean {
	if (!t.tags.has('Verb') || t.tags.has('Gerund') || t.tags.has('Infinitive') || t.tags.has('Particle')) return false;
	return AUX.has(t.text.toLowerCase()) || t.tags.has('PastTense') || t.tags.has('PresentTense');
}

/** The base form of the clause's first verb ("found" -> "find"), from compromise's conjugation. */
function baseForm(clause: string, verb: Token): string | null {
	const json = nlp(clause).verbs().json() as { text?: string; verb?: { infinitive?: string } }[];
	const first = json.find((v) => (v.text ?? '').toLowerCase().split(/\s+/).includes(verb.text.toLowerCase()));
	const inf = first?.verb?.infinitive?.split(/\s+/)[0];
	return inf && /^[a-z-]+$/.test(inf) ? inf : null;
}

/**
 * The clause without a second clause joined by ", and" or ", but" ("…, and Neil Armstrong walked
 * …"): a question takes whole clauses only. A list of names ("Luhansk, Donetsk, and Kharkiv")
 * has no finite verb after its "and", so it stays whole.
 */
export function firstClause(text: string): string {
	const tokens = tokenize(text);
	for (const m of text.matchAll(/,? (?:and|but|while|whereas) |, (?=\p{Lu})/gu)) {
		// "Marlshire Fire and Rescue Service": an "and" between two capitalised words joins a name.
		if (m[0] === ' and ' && /\p{Lu}\p{Ll}*$/u.test(text.slice(0, m.index)) && /^\p{Lu}/u.test(text.slice(m.index + m[0].length))) continue;
		// "because taking part in a trial and being monitored tends to …": with no verb of its own before
		// it, an "and" joins two parts of one subject, not two clauses.
		if (m[0] === ' and ' && !tokens.some((t) => t.end <= m.index && isFinite(t) && !t.tags.has('Noun'))) continue;
		const next = tokenize(text.slice((m.index ?? 0) + m[0].length)).slice(0, 5);
		if (next.some((t) => isFinite(t) && !t.tags.has('Noun'))) return text.slice(0, m.index);
	}
	return text;
}

/** A relative pronoun opening a clause inside the subject. */
const RELATIVE = /^(?:that|which|who)$/i;
/** A subject with a relative clause ("A tram that crashed into a stationary tram at the depot") may run this long. */
const RELATIVE_SUBJECT_MAX = 16;
/** Auxiliaries and modals that can carry the main clause after a relative clause. */
const MAIN_AUX = /^(?:could|would|can|will|must|should|might|may|was|were|had|has|have|is|are|did|does)$/i;

/**
 * The main clause's verb: the first verb, or, when a relative clause opens the subject ("A tram
 * that crashed into a tram … could not stop"), the first auxiliary after the relative clause's
 * verb; -1 when there is none.
 */
function mainVerb(tokens: Token[]): number {
	const v = tokens.findIndex((t) => t.tags.has('Verb'));
	if (v < 1 || !RELATIVE.test(tokens[v - 1].text)) return v;
	return tokens.findIndex((t, i) => i > v + 1 && MAIN_AUX.test(t.text));
}

/**
 * Whether the words after the main verb hold a second verb joined by "and", "or" or "but" ("tasted
 * metallic or lost its flavour", "was signed and has been ratified"): inverting turns only the
 * first verb, so the second would keep its tense and the question would not be English.
 */
function coordinated(rest: Token[]): boolean {
	return rest.some((t, i) => {
		if (!/^(?:and|or|but)$/i.test(t.text)) return false;
		const next = rest.slice(i + 1, i + 3).find((n) => !n.tags.has('Adverb'));
		// compromise reads "or lost its flavour" as an adjective: after "it" the word shows itself a verb.
		return !!next && !next.tags.has('Noun') && (isFinite(next) || (next.tags.has('Adjective') && nlp(`it ${next.text}`).has('#Verb')));
	});
}

/**
 * Inverts "Subject verb rest" into "<lead> aux subject verb rest?". Auxiliaries move in front of
 * the subject ("was the treaty signed"); a lone past or present verb takes "did/does/do" and its
 * base form ("did the team find"). Null when the subject is long, holds a verb or a pronoun.
 */
export function invert(lead: string, clause: string, { personal = false, midSentence = false } = {}): string | null {
	const text = finishes(clause.trim());
	if (text === '' || /[“”"()]/.test(text)) return null;
	const tokens = tokenize(text);
	const v = mainVerb(tokens);
	if (v < 1 || !isFinite(tokens[v])) return null;
	const relative = tokens.slice(0, v).some((t) => RELATIVE.test(t.text));
	const subjectTokens = tokens.slice(0, v).filter((t) => relative || !t.tags.has('Adverb'));
	const adverbs = tokens
		.slice(0, v)
		.filter((t) => t.tags.has('Adverb'))
		.map((t) => t.text);
	if (subjectTokens.length === 0 || subjectTokens.length > (relative ? RELATIVE_SUBJECT_MAX : 8)) return null;
	// "An inquest into the deaths opened …": after "the" or "a" and a noun, one preposition opens a
	// phrase that tells which inquest; elsewhere it marks an opening phrase, not a subject.
	const modifier = (i: number) =>
		/^(?:the|an?)$/i.test(subjectTokens[0].text) &&
		i > 1 &&
		subjectTokens[i - 1].tags.has('Noun') &&
		subjectTokens.filter((u) => u.tags.has('Preposition') && u.text !== 'of').length === 1;
	const stray = (t: Token, i: number) => (t.tags.has('Preposition') && t.text !== 'of' && !modifier(i)) || (t.tags.has('Conjunction') && t.text !== 'and');
	// A relative clause in the subject may hold prepositions ("that crashed into a tram at the depot"), never a pronoun.
	// `personal`: a lone "he" or "she" stays ("In what year did she …?"), for the caller to name (see wh-pronoun.ts).
	const lone = personal && subjectTokens.length === 1 && /^(?:he|she)$/i.test(subjectTokens[0].text);
	if (!lone && subjectTokens.some((t, i) => (t.tags.has('Pronoun') && !RELATIVE.test(t.text)) || (!relative && stray(t, i)))) return null;
	if (/^(?:There|It|Here)$/i.test(subjectTokens[0].text)) return null;
	const last = subjectTokens[subjectTokens.length - 1];
	const first = subjectTokens[0];
	// `midSentence`: the clause followed an opening phrase, so a capital there is a name's ("In 1875 Parliament passed …").
	const common = midSentence
		? /^(?:the|a|an|he|she)$/i.test(first.text)
		: !first.tags.has('ProperNoun') &&
			!first.tags.has('Person') &&
			!first.tags.has('Place') &&
			!first.tags.has('Organization') &&
			!/^\p{Lu}{2,}/u.test(first.text);
	// "Thousands more watched" -> "did thousands more watch": only a name keeps its capital.
	const raw = text.slice(first.start, last.end);
	const subject = common ? raw[0].toLowerCase() + raw.slice(1) : lowerFirst(raw);
	const verb = tokens[v];
	const after = text.slice(verb.end).trim();
	if (coordinated(tokens.slice(v + 1))) return null;
	let head: string;
	if (AUX.has(verb.text.toLowerCase())) {
		head = [verb.text.toLowerCase(), subject, ...adverbs, after].filter(Boolean).join(' ');
	} else {
		const base = baseForm(text, verb);
		if (!base) return null;
		const plural = last.tags.has('Plural') || subjectTokens.some((t) => t.text === 'and');
		const aux = verb.tags.has('PastTense') ? 'did' : plural ? 'do' : 'does';
		head = [aux, subject, ...adverbs, base, after].filter(Boolean).join(' ');
	}
	const q = `${lead} ${head}`.replace(/\s+/g, ' ').trim();
	return q.split(' ').length >= 5 && !q.includes(BLANK) ? `${q}?` : null;
}

/** Prepositions and determiners left at a cut clause's end. */
const DANGLING = /(?:\s+(?:as|in|on|at|of|for|to|by|with|from|the|a|an))+\s*$/i;

/** Whether the text opens on "and" with a finite verb after it ("and received the award"), not a list's last name ("and 2020"). */
function secondPredicate(text: string): boolean {
	const m = /^\s*and\s/.exec(text);
	if (!m) return false;
	const next = tokenize(text.slice(m[0].length)).find((t) => !t.tags.has('Adverb'));
	return !!next && isFinite(next) && !next.tags.has('Noun');
}

/**
 * A question on a prepositional phrase of the main clause ("in 1648", "on March 3", "in
 * Wrocław"): the phrase comes out and `lead` goes in front. The phrase may open the sentence
 * ("In 1648, the treaty …") or sit after the verb with no comma before it (right after it when
 * `afterVerb`).
 */
export function phraseQuestion(sentence: Sentence, start: number, end: number, lead: string, afterVerb = false): string | null {
	const { text, cut } = trimLead(sentence.text);
	const ps = start - sentence.start - cut;
	const pe = end - sentence.start - cut;
	if (ps < 0 || pe > text.length) return null;
	if (ps === 0) {
		const m = /^\s*,\s*/.exec(text.slice(pe));
		if (m) return invert(lead, clauseRest(text.slice(pe + m[0].length)), { personal: true, midSentence: true });
		// "In 1858 he left the coast …": a short opening phrase may run into its clause with no
		// comma; the clause's subject must follow at once (a name, "the …", "he", "she").
		if (!/^ (?:\p{Lu}|(?:the|a|an|he|she) )/u.test(text.slice(pe))) return null;
		return invert(lead, clauseRest(text.slice(pe)), { personal: true, midSentence: true });
	}
	// "at the Black Bull inn": a name followed by a noun is part of a longer name, which the question would cut.
	const next = tokenize(text.slice(pe))[0];
	if (next && next.start === 1 && next.tags.has('Noun') && !next.tags.has('ProperNoun') && /^\p{Ll}/u.test(next.text)) return null;
	let before = text.slice(0, ps);
	// "vents in the Atlantic Ocean": a place after a noun says where the noun is, not where the
	// clause happened, so "Where …?" would ask something else. Only a place right after a verb moves.
	const previous = tokenize(before).at(-1);
	if (afterVerb && !(previous && previous.tags.has('Verb'))) return null;
	// "The first agreement, the Peace of Münster, was signed": the named appositive is the subject.
	const named = /^The [^,]+, (the \p{Lu}[^,]+), ([^,]+)$/u.exec(before);
	if (named) before = `${named[1][0].toUpperCase()}${named[1].slice(1)} ${named[2]}`;
	else if (CLAUSE_END.test(before)) {
		const reduced = participleQuestion(before, text.slice(pe), lead);
		if (reduced) return reduced;
		before = withoutAppositive(before) ?? before;
	}
	if (CLAUSE_END.test(before)) return null;
	const words = tokenize(before);
	// "treaties signed in 1648": a verb after the main one opens a reduced relative clause, and
	// the phrase belongs to it, not to the main clause the question would invert.
	const firstVerb = words.findIndex((t) => t.tags.has('Verb'));
	const group = words.slice(firstVerb).findIndex((t) => !t.tags.has('Verb') && !t.tags.has('Adverb'));
	if (firstVerb >= 0 && group >= 0 && words.slice(firstVerb + group).some((t) => t.tags.has('Verb'))) return null;
	// "was elected to the Academy in 1980 and received …": a second predicate of the same subject
	// ends the clause the question takes. A quote or bracket ends it too, and the words left before
	// it go: "patented the design in 1867 as the “…”" leaves no "as the".
	const after = secondPredicate(text.slice(pe)) ? '' : firstClause(clauseRest(text.slice(pe))).replace(DANGLING, '');
	// "in Moscow, Tula and Kaluga": taking one name of a list out leaves the others dangling.
	if ((after !== '' && /^\s*(?:and|or)\s/.test(text.slice(pe))) || /^,\s*\p{Lu}/u.test(text.slice(pe))) return null;
	return invert(lead, `${before.trimEnd()} ${after.trimStart()}`, { personal: true });
}
