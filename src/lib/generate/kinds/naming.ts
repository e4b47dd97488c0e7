import { normaliseAnswer } from '../../quiz/normalise';
import { arrange } from '../distractors';
import type { FactRecord, NamingFact } from '../facts/types';
import { otherChoices } from './key-term';
import { blankOut } from '../questions/phrasing';
import type { FactKindModule } from './kind';
import { passingName } from './naming-passing';
import { namings } from './naming-shapes';
import { cardBack, relationFact, relationQuestion } from './relation';

/** The kinds whose answers are the article's named terms: the choices beside a name. */
const TERM_KINDS = new Set(['definition', 'key-term', 'naming']);

/** The article's other named terms, once each, fit to stand beside `fact`'s name in its prompt. */
function otherNames(fact: NamingFact, all: FactRecord[]): string[] {
	const own = normaliseAnswer(fact.answer);
	const names = [...new Set(all.filter((f) => TERM_KINDS.has(f.kind) && normaliseAnswer(f.answer) !== own).map((f) => f.answer))];
	return otherChoices(fact.answer, names, fact.prompt).slice(0, 3);
}

/**
 * Names an explainer gives a thing ("what is called a standing wave", "is called redemption",
 * "The technique, known as dendrochronology, …"; see naming-shapes.ts) that the definition kind,
 * which reads a term beside a noun phrase, does not find. Asked for the name, typed or as a
 * choice among the article's other terms, and as a card from the name to the article's words for it.
 * A name given in an aside (", an effect called arcing"; naming-passing.ts) is asked as a blank.
 */
export const naming: FactKindModule<'naming'> = {
	kind: 'naming',
	claims: false,
	find(s, ctx) {
		// A term the definition kind already found in this sentence is asked there.
		const defined = new Set(ctx.own.filter((f) => f.kind === 'definition').map((f) => normaliseAnswer(f.answer)));
		const found = namings(s).filter((n) => !defined.has(normaliseAnswer(n.term)));
		const passing = found.length === 0 ? passingName(s) : null;
		if (passing && !defined.has(normaliseAnswer(passing.term)) && !ctx.taken(s.start + passing.at, s.start + passing.at + passing.term.length)) {
			const fact = relationFact(s, passing.term, passing.at, `naming|${normaliseAnswer(passing.term)}`);
			return [{ ...fact, kind: 'naming' as const, prompt: '', blank: true as const }];
		}
		return found.map((n) => ({
			...relationFact(s, n.term, n.at, `naming|${normaliseAnswer(n.term)}`),
			kind: 'naming' as const,
			prompt: n.prompt,
			...(n.description ? { description: n.description } : {})
		}));
	},
	ask(fact, ctx) {
		// A name given in an aside: the sentence around the blank says what is named.
		// The sentence before, where "This is known as ____" points back, is shown by questions/standalone.ts.
		if (fact.blank)
			return [relationQuestion(fact, ctx.sentence, { type: 'cloze', prompt: blankOut(ctx.sentence, fact), answer: fact.answer }, 'blank', 'named-blank')];
		const front = fact.answer.charAt(0).toUpperCase() + fact.answer.slice(1);
		const out = [
			relationQuestion(fact, ctx.sentence, { type: 'short_answer', prompt: fact.prompt, answer: fact.answer }, 'wh', 'named'),
			...(fact.description
				? [relationQuestion(fact, ctx.sentence, { type: 'flashcard', prompt: front, back: cardBack(fact.description) }, 'card', 'named')]
				: [])
		];
		const others = otherNames(fact, ctx.all);
		// Fewer than three wrong choices and the choice is asked typed (questions/typed-instead.ts), as the short answer already is.
		if (others.length >= 3) {
			const { choices, answer } = arrange(fact.answer, others, `${fact.key}|mcq`, false);
			out.push(relationQuestion(fact, ctx.sentence, { type: 'mcq', prompt: fact.prompt, choices, answer }, 'wh', 'named-mcq'));
		}
		return out;
	},
	// A name the article teaches is what an explainer's reader is to remember, as a definition is.
	score: () => 3.5
};
