import { normaliseAnswer } from '../../quiz/normalise';
import { contentStems } from '../centrality';
import { AUXILIARIES, asStatement, capitalise, wordCount } from '../english';
import type { FactRecord, LeadFact, QuantityFact, TaggedSentence } from '../facts/types';
import { numberDistractors } from '../number-distractors';
import { unpinned } from '../questions/false-claims';
import { MAX_TYPED_WORDS } from '../questions/typed-instead';
import { applyReplacements, resolveLeadPronoun } from '../references-resolve';
import { baseOf } from './clause';
import { contradict } from './contradict';
import type { ArticleIndex, FactKindModule } from './kind';
import { leadClaim, type LeadClaim } from './lead-claim';
import { cardBack, relationFact, relationQuestion } from './relation';

/**
 * The article's main claim, from its lead: who did what, what was found, what something is.
 * A reader asked about an article should first be asked what it reports; the lead says it, and
 * the other kinds ask its side details. The lead is the first body sentence; when that one is a
 * scene-setter (it cannot be read as a claim), the next sentence of the first two paragraphs
 * that shares words with the headline is the "nut graf" that says it instead.
 */

/** Kinds that already ask a sentence's main claim (who won, what rose, what was found or argued, what a term is). */
const ASKED_ELSEWHERE = new Set(['outcome', 'finding', 'change', 'definition', 'argument', 'mechanism']);

/** A stem without its plural "s": "pumps" under a headline's "pump". */
const singular = (stem: string) => stem.replace(/s$/, '');

/** Conjunctions that only join a clause to another, never sit inside a noun phrase. */
const CLAUSE_JOINER = /\b(?:because|although|though|whereas|unless)\b/i;

/** Sentences after the lead that may say the claim instead of a scene-setting lead. */
const NUT_GRAF_REACH = 3;
/** Content words a nut graf must share with the headline: one is a topic, two are its claim. */
const NUT_GRAF_SHARED = 2;

/** The claim of one sentence, its pronoun subject named after the sentence before (see references-resolve.ts). */
function claimOf(s: TaggedSentence, previous: TaggedSentence | undefined, article: ArticleIndex): LeadClaim | null {
	const resolved = resolveLeadPronoun(s.text, previous && previous.paragraph === s.paragraph ? previous : undefined);
	return resolved.ok ? leadClaim(applyReplacements(s.text, resolved.replacements), (name) => article.people.has(name)) : null;
}

/** Articles whose lead sentence another kind already asks: no nut graf is sought for them. */
const covered = new WeakSet<ArticleIndex>();

const chosen = new WeakMap<ArticleIndex, { index: number; claim: LeadClaim } | null>();

/** The sentence that states the article's claim, and the claim; null when none reads cleanly. */
function leadOf(article: ArticleIndex): { index: number; claim: LeadClaim } | null {
	if (chosen.has(article)) return chosen.get(article) ?? null;
	const body = article.sentences;
	let found: { index: number; claim: LeadClaim } | null = null;
	const first = body[0] ? claimOf(body[0], undefined, article) : null;
	if (first) found = { index: body[0].index, claim: first };
	else if (body[0]) {
		const headline = contentStems(article.headline);
		for (let i = 1; i <= NUT_GRAF_REACH && i < body.length && body[i].paragraph <= body[0].paragraph + 1; i++) {
			const shared = [...contentStems(body[i].text)].filter((w) => headline.has(w)).length;
			const claim = shared >= NUT_GRAF_SHARED ? claimOf(body[i], body[i - 1], article) : null;
			if (claim) {
				found = { index: body[i].index, claim };
				break;
			}
		}
	}
	chosen.set(article, found);
	return found;
}

/**
 * "What has a joint research expedition recovered?", "What is the Veloro Commute 2?", or, for a
 * figure something was set to, "To what did the regulator cut the price cap?" / "To what did
 * Halvor Ferries’ profit rise?"; null when the verb group does not invert.
 */
function whatQuestion(claim: LeadClaim): string | null {
	const [first, ...rest] = claim.verbs;
	const word = first.text.toLowerCase();
	const lead = claim.target ? 'To what' : 'What';
	// The object stays in a question for its figure, unless it is itself the size of the change ("rose 31%").
	const object = claim.target && /\p{L}{3}/u.test(claim.object) && !/^\d/.test(claim.object) ? ` ${claim.object}` : '';
	const tail = `${rest.map((t) => ` ${t.text}`).join('')}${claim.act ? ' to do' : ''}${object}`;
	if (AUXILIARIES.has(word)) return `${lead} ${word} ${claim.asked}${tail}?`;
	const base = baseOf(first.text);
	if (!/^[a-z-]+$/.test(base)) return null;
	const aux = first.tags.has('PastTense') ? 'did' : claim.plural ? 'do' : 'does';
	return `${lead} ${aux} ${claim.asked} ${base}${tail}?`;
}

/** The claim with its direction or degree turned, never merely denied (a "not" added is no changed claim). */
function turned(claim: LeadClaim): string | undefined {
	const turnedPredicate = contradict(claim.clause);
	return turnedPredicate && !/\b(?:not|never|no)\b|n't\b/i.test(turnedPredicate) ? turnedPredicate : undefined;
}

/**
 * The claim with the figure of its object changed ("handled a record 35.2 million tonnes"), from
 * the wrong numbers the quantity's own questions would offer; none for a bound the article does
 * not pin down ("more than 600").
 */
function wrongFigure(fact: LeadFact, all: FactRecord[]): string | undefined {
	const figure = all.find((f): f is QuantityFact => f.kind === 'quantity' && f.sentence === fact.sentence && fact.complement.includes(f.answer));
	const at = figure ? fact.clause.indexOf(figure.answer) : -1;
	if (!figure || at < 0 || unpinned(fact.clause.slice(0, at))) return undefined;
	const [other] = numberDistractors(figure, all, `${fact.key}|lead`, 1, fact.clause);
	return other ? `${fact.clause.slice(0, at)}${other}${fact.clause.slice(at + figure.answer.length)}` : undefined;
}

/** The fact of one claim of the lead sentence `s`, or null when its question would only repeat the headline's topic or misread a clause. */
function factOf(s: TaggedSentence, claim: LeadClaim, headline: string): LeadFact | null {
	// "What is being fitted to homes …?" → "Heat pumps" under "How a heat pump heats a house": the headline's own topic is no question.
	const stems = new Set([...contentStems(headline)].map(singular));
	// Only a subject asked for itself is checked: a name, a time or a sum the headline repeats is still the lead's news.
	if (claim.doer && claim.complement === claim.object && [...contentStems(claim.object)].every((w) => stems.has(singular(w)))) return null;
	const finder = claim.finder;
	// "a freight train derailed … because a short length of newly": a subject holding "because" is
	// a clause read as a noun phrase, cut where a verb was taken for the main one.
	if (CLAUSE_JOINER.test(claim.asked)) return null;
	const asked = finder ? `What did ${finder} find about ${claim.asked}?` : (claim.doer ?? whatQuestion(claim));
	if (!asked) return null;
	// A study's claim is asked whole: its subject is in the question, but the back states the finding.
	const answer = finder ? claim.clause : claim.act ? claim.complement : (claim.target ?? claim.object);
	const at = Math.max(0, s.text.indexOf(answer));
	const turnedClaim = turned(claim);
	return {
		...relationFact(s, answer, at, `lead|${normaliseAnswer(answer).slice(0, 60)}`),
		kind: 'lead',
		asked,
		complement: finder ? claim.clause : claim.target ? `To ${claim.target}` : claim.complement,
		clause: claim.clause,
		...(turnedClaim ? { turned: turnedClaim } : {})
	};
}

/**
 * The lead's main claim, asked for its relation: a card "What has X recovered?" → the object
 * with its clause, typed when the object is short; a study's claim as "What did the study find
 * about X?"; a decision as "What did X vote to do?"; and a false statement whose direction
 * (more/less, rose/fell) or figure is changed, when one can be.
 */
export const lead: FactKindModule<'lead'> = {
	kind: 'lead',
	claims: false,
	find(s, ctx) {
		// Sentences are read in order, so the lead sentence is seen before any nut graf after it.
		if (s.index === ctx.article.sentences[0]?.index && ctx.own.some((f) => ASKED_ELSEWHERE.has(f.kind))) covered.add(ctx.article);
		const found = covered.has(ctx.article) ? null : leadOf(ctx.article);
		if (!found || found.index !== s.index || ctx.own.some((f) => ASKED_ELSEWHERE.has(f.kind))) return [];
		const claims = [found.claim, ...(found.claim.also ? [found.claim.also] : [])];
		return claims.flatMap((claim) => {
			const fact = factOf(s, claim, ctx.article.headline);
			return fact ? [fact] : [];
		});
	},
	ask(fact: LeadFact, ctx) {
		const out = [relationQuestion(fact, ctx.sentence, { type: 'flashcard', prompt: fact.asked, back: cardBack(fact.complement) }, 'card', 'lead')];
		if (fact.answer !== fact.complement && wordCount(fact.answer) <= MAX_TYPED_WORDS)
			out.push(relationQuestion(fact, ctx.sentence, { type: 'short_answer', prompt: fact.asked, answer: fact.answer }, 'wh', 'lead-typed'));
		const wrong = fact.turned ?? wrongFigure(fact, ctx.all);
		if (wrong) {
			const explanation = `False. The article says: ${fact.clause}.`;
			out.push(
				relationQuestion(
					fact,
					ctx.sentence,
					{ type: 'true_false', prompt: asStatement(capitalise(wrong)), answer: false, explanation },
					'statement',
					'lead-false'
				)
			);
		}
		return out;
	},
	score: () => 4.5
};
