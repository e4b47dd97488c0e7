import { capitalise, finish, unresolvedPronoun, wordCount } from '../english';
import type { FactKindModule } from './kind';
import { NOT_A_SUBJECT } from './clause';
import { relationFact, relationQuestion } from './relation';

/**
 * When a work was made, told by what was happening around it: "The “Black Ledger” series
 * (1984–89) was made as the shipyards were shut down", "The Quarry Suite was written after her
 * brother drowned". What the work answers to is what a review or a life says of it, and no other
 * kind reads a clause after "as" or "after"; a bare year ("was built in 1870") is the date kind's.
 */

/** The verbs of making a work or a building (a closed class). */
const MADE = 'made|written|painted|composed|recorded|built|designed|created|carved|conceived|filmed|drawn';

/** The work: a quoted title with what it is ("The “Black Ledger” series") or a name in capitals, and perhaps its years in brackets. */
const WORK = String.raw`(?:The [“"][^”"]{2,40}[”"](?: \p{Ll}+){0,2}|[“"][^”"]{2,40}[”"]|(?:The )?\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*){0,4})`;

const SHAPE = new RegExp(String.raw`^(${WORK})(?: \([^)]{1,20}\))? (was|were) (${MADE}) ((?:as|when|while|after|during) [^;:]+?)\.?$`, 'u');

export const madeWhen: FactKindModule<'made-when'> = {
	kind: 'made-when',
	claims: false,
	find(s) {
		const m = SHAPE.exec(s.text);
		if (!m) return [];
		const [, work, copula, verb, when] = m;
		// "It was made as …": a capitalised pronoun names no work.
		if (NOT_A_SUBJECT.test(work)) return [];
		// "during the war" or a clause of its own, but one that names what it speaks of: a card's back stands alone.
		if (wordCount(when) < 3 || wordCount(when) > 35 || unresolvedPronoun(when)) return [];
		const at = s.text.lastIndexOf(when);
		// "Rome was built as a fortress": an "as" with no verb after it says what the work was made to be, not when.
		const clause = s.tokens.filter((t) => t.start > at && t.end <= at + when.length);
		if (when.startsWith('as ') && !clause.some((t) => t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Gerund'))) return [];
		const named = /^The /.test(work) ? `the${work.slice(3)}` : work;
		return [{ ...relationFact(s, when, at, `made-when|${work.toLowerCase()}`), kind: 'made-when', prompt: `When ${copula} ${named} ${verb}?` }];
	},
	ask: (fact, ctx) => [
		relationQuestion(fact, ctx.sentence, { type: 'flashcard', prompt: fact.prompt, back: capitalise(finish(fact.answer)) }, 'card', 'made-when')
	],
	// What a work answers to is what its review or its maker's life turns on.
	score: () => 3.5
};
