import { normaliseAnswer } from '../../quiz/normalise';
import { asStatement, capitalise, finish, wordCount } from '../english';
import type { ClaimFact, FactKind, TaggedSentence } from '../facts/types';
import { MAX_TYPED_WORDS } from '../questions/typed-instead';
import { frequencyRank } from '../frequency';
import type { Token } from '../tokens';
import { movedSubject } from '../questions/phrasing';
import { askable, subjectBefore } from './clause';
import { reverse } from './claim-false';
import type { FactKindModule } from './kind';
import { relationFact, relationQuestion, standsAlone } from './relation';

/**
 * Plain statements: a sentence that says what something is, did or does ("The firms that closed
 * on Fridays saw their output fall") and that no other kind reads a relation from. Explainers,
 * opinion pieces and reviews make their points in such sentences, and a bank that asked only
 * names and numbers would miss them. Asked as a true/false pair whose false statement turns the
 * clause (see contradict.ts), and, when the subject is a short term the headline does not name,
 * as "What …?" typed. Only the article's central sentences keep them (see claim-central.ts).
 */

/** Kinds that already ask a sentence's clause: a claim there would ask it again. */
const CLAUSE_KINDS = new Set<FactKind>([
	'definition',
	'finding',
	'cause',
	'consequence',
	'change',
	'outcome',
	'mechanism',
	'requirement',
	'advice',
	'argument',
	'quote'
]);

/** The reader, the writer and a quoted voice: a claim is the article's own, in the third person. */
const PERSONAL = /\b(?:I|me|my|we|us|our|you|your)\b|["“”]/;

/** Whether a token is a clause's finite verb: a verb that is no gerund, infinitive or noun. */
const finite = (t: Token) =>
	t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Infinitive') && !t.tags.has('Participle') && !(t.tags.has('Noun') && !t.tags.has('PresentTense'));

/** Verbs a plural subject takes in the present: "What are left out?" needs a singular. */
const PLURAL_VERB = /^(?:are|were|have|do)$/i;

/** Words that open a clause inside the predicate, whose own verbs are not the sentence's second clause. */
const RELATIVE = /^(?:who|that|which|whose|where|when|whom|if|because|while|as|than|what|how|whether|after|before|until|since|unless|once|although|though)$/i;

/** Reporting verbs: "The council said …" attributes a claim, and what it says is the quote's or the finding's. */
const REPORTING =
	/^(?:said|says|say|told|tells|added|adds|announced|announces|reported|reports|stated|states|explained|explains|noted|notes|proposed|proposes|asked|asks|argued|argues|claimed|claims|suggested|warned|warns|confirmed|confirms|believes|believed|thinks|thought|expects|expected|hopes|hoped|plans|planned|wrote|writes|found|finds|showed|shows|shown|revealed|reveals|means|meant)$/i;

/** The first finite verb outside a relative clause ("firms which kept … saw"), as a token. */
function mainVerb(s: TaggedSentence): Token | undefined {
	let relative = false;
	for (const t of s.tokens) {
		if (RELATIVE.test(t.text)) relative = true;
		else if (finite(t) && relative) relative = false;
		else if (finite(t)) return t;
	}
	return undefined;
}

/**
 * Whether the predicate holds no second finite verb of its own: "accepted the argument and the
 * patent was granted" says two things, and "What accepted …?" asks about half of one. Verbs in a
 * relative or other subordinate clause, and the auxiliaries of the main verb, do not count.
 */
function oneClause(s: TaggedSentence, verb: Token, end: number): boolean {
	const after = s.tokens.filter((t) => t.start > verb.start && t.end <= end);
	let chain = true;
	let subordinate = false;
	for (const t of after) {
		if (chain && (t.tags.has('Verb') || t.tags.has('Adverb') || t.tags.has('Negative'))) continue;
		chain = false;
		if (RELATIVE.test(t.text)) subordinate = true;
		else if (finite(t) && !subordinate) return false;
	}
	return true;
}

/**
 * Whether the verb found is really a participle before the subject's own verb: "The woman rescued
 * on Tuesday, identified by officials …, had been trapped". A comma, then an auxiliary with no
 * conjunction or relative word between, shows the clause went on.
 */
function reducedRelative(s: TaggedSentence, verb: Token): boolean {
	const rest = s.text.slice(verb.end);
	return verb.tags.has('PastTense') && /, (?:(?!and |but |or |who |which |that |while |when )[^,])*\b(?:had|has|have|was|were|is|are|will)\b/.test(rest);
}

/** What may open a sentence before its subject: a conjunction or a linking phrase. */
const OPENING = /^(?:(?:and|but|so|yet|still|instead|now|also|in other words|in short|in practice),? )+/i;

/** Subjects no question can carry: a pronoun, or a word that points back. */
const POINTING = /^(?:he|she|it|they|one|someone|something|there|this|that|these|those|what|which|who|such|other|another|both|each|many|most|some|none|all)\b/i;

/** Where a second main clause starts after the first: a comma and a coordinating conjunction. */
const NEXT_CLAUSE = /, (?:and|but|while|so|yet|although|though|whereas) /;

/** The text from the verb to the end of its clause: up to a comma and conjunction that open a clause with a verb of its own, not a list's last member. */
function firstClause(s: TaggedSentence, verb: Token): string {
	const rest = s.text.slice(verb.start);
	const m = NEXT_CLAUSE.exec(rest);
	if (!m) return rest;
	const after = verb.start + m.index + m[0].length;
	return s.tokens.some((t) => t.start >= after && finite(t)) ? rest.slice(0, m.index) : rest;
}

/** The longest subject a statement is asked with. */
const MAX_SUBJECT_WORDS = 12;

/** A head word this frequent in English ("way", "time") names nothing the article taught. */
const GENERIC_RANK = 1000;
/** Nouns that stand for whatever the sentence before said ("the result", "the change"): an answer that names nothing. */
const STAND_IN =
	/^(?:results?|effects?|outcomes?|changes?|moves?|decisions?|problems?|issues?|situations?|things?|ways?|cases?|facts?|ideas?|points?|plans?|process|steps?|figures?|numbers?|rest|others?|news)$/i;

/**
 * Whether the subject can be a typed answer: a plain noun phrase of at most four words, no name,
 * whose head word is not an everyday one ("the result"), before a predicate of one clause with
 * no comma. "What squeezes the gas into a smaller space?" → "the compressor".
 */
function typedTerm(s: TaggedSentence, from: number, verb: Token, text: string, predicate: string): boolean {
	const plain = subjectBefore(s, verb.start);
	const head = s.tokens.filter((t) => t.end <= verb.start).at(-1);
	return (
		plain !== null &&
		plain.at === from &&
		wordCount(text) <= MAX_TYPED_WORDS &&
		!/\p{Lu}/u.test(text.slice(1)) &&
		head !== undefined &&
		head.tags.has('Noun') &&
		!head.tags.has('Pronoun') &&
		frequencyRank(head.text) >= GENERIC_RANK &&
		!STAND_IN.test(head.text) &&
		!/,/.test(predicate) &&
		oneClause(s, verb, verb.start + predicate.length)
	);
}

/** Kinds whose questions ask a number or date: a claim that holds one would ask it a second time. */
const COUNTED = new Set<FactKind>(['quantity', 'date']);

function read(s: TaggedSentence, own: { kind: FactKind; answerStart: number }[]): ClaimFact | null {
	const words = wordCount(s.text);
	if (words < 7 || words > 35 || /\?\s*$/.test(s.text) || PERSONAL.test(s.text) || own.some((f) => CLAUSE_KINDS.has(f.kind))) return null;
	const verb = mainVerb(s);
	// "spent nineteen years measuring rivers": the number's own question asks this clause already.
	if (!verb || own.some((f) => COUNTED.has(f.kind) && f.answerStart >= s.start + verb.start)) return null;
	if (verb.tags.has('Plural') || REPORTING.test(verb.text) || reducedRelative(s, verb)) return null;
	const from = OPENING.exec(s.text)?.[0].length ?? 0;
	const text = s.text.slice(from, verb.start).trim();
	const first = s.tokens.find((t) => t.start >= from);
	if (!first || wordCount(text) < 1 || wordCount(text) > MAX_SUBJECT_WORDS || /[,;:()]/.test(text) || POINTING.test(text) || !standsAlone(text)) return null;
	// "Fix the way …" gives orders, "Every few months another company …" opens on a time: neither is a subject.
	if (['Preposition', 'Conjunction', 'Adverb', 'Pronoun'].some((tag) => first.tags.has(tag))) return null;
	if (
		(first.tags.has('Verb') && !first.tags.has('Gerund')) ||
		/^(?:every|each|last|next|early|late|today|yesterday|tomorrow|later|earlier|then)$/i.test(first.text)
	)
		return null;
	// "The town hall still preserves …": an adverb before the verb is no part of the subject a question can name.
	if (
		s.tokens
			.filter((t) => t.end <= verb.start)
			.at(-1)
			?.tags.has('Adverb')
	)
		return null;
	// "saw their output fall, and eleven of them went back …": the first clause is the claim; the next says another thing.
	const predicate = finish(firstClause(s, verb)).replace(/[.!]+$/, '');
	// "closed roads around Kelbridge, Morrow, Tessin …": a list of names is asked by the list's own question.
	if (!askable(predicate, 4, text) || /[;:]/.test(predicate) || /\p{Lu}[\p{L}-]*, \p{Lu}/u.test(predicate)) return null;
	return {
		...relationFact(s, text, from, `claim|${normaliseAnswer(s.text).slice(0, 60)}`),
		kind: 'claim',
		subject: movedSubject(text, first),
		predicate,
		plain: typedTerm(s, from, verb, text, predicate),
		single: oneClause(s, verb, verb.start + predicate.length),
		people: s.tokens.some((t) => t.end === verb.start - 1 && t.tags.has('Actor'))
	};
}

export const claim: FactKindModule<'claim'> = {
	kind: 'claim',
	claims: false,
	find(s, ctx) {
		const f = read(s, ctx.own);
		return f ? [f] : [];
	},
	ask(fact, ctx) {
		const out = [];
		const reversed = reverse(fact);
		if (reversed) {
			const said = `${capitalise(fact.subject)} ${fact.predicate}`;
			out.push(
				relationQuestion(
					fact,
					ctx.sentence,
					{ type: 'true_false', prompt: asStatement(`${capitalise(fact.subject)} ${reversed}`), answer: false, explanation: `False: ${finish(said)}.` },
					'statement',
					'claim-false'
				)
			);
		}
		const head = fact.subject.split(/\s+/).at(-1) ?? '';
		const verb = fact.predicate.split(' ')[0];
		// "What squeezes the gas …?" → "the compressor": a short term, not printed in its own question.
		const typed =
			fact.plain &&
			!PLURAL_VERB.test(verb) &&
			!/\b(?:not|never|no)\b|n't\b/.test(fact.predicate) &&
			!new RegExp(`\\b${head.slice(0, 5)}`, 'i').test(fact.predicate);
		if (typed)
			out.push(
				relationQuestion(
					fact,
					ctx.sentence,
					{ type: 'short_answer', prompt: `${fact.people ? 'Who' : 'What'} ${fact.predicate}?`, answer: fact.subject },
					'wh',
					'claim-what'
				)
			);
		return out;
	},
	score: () => 2
};
