import { asStatement, capitalise, wordCount } from '../english';
import { MAX_TYPED_WORDS } from '../questions/typed-instead';
import { candidate, questionId, sourceOf, type Candidate } from '../questions/candidate';
import { effectsIn, VERBS } from './effect-find';
import type { EffectFact } from '../facts/types';
import type { AskContext, FactKindModule } from './kind';
import { cardBack, relationQuestion } from './relation';

/** The verb as the statement writes it after its agent: "cut", "will raise", "raises". */
function verbAs(base: string, aux: string): string {
	if (aux === 'did') return VERBS[base].past;
	if (aux === 'does') return VERBS[base].s;
	return aux === 'do' ? base : `${aux} ${base}`;
}

/** The question after the time the sentence opens on: "In 2016, by how much did …?". */
const framed = (fact: EffectFact, question: string): string => (fact.when ? `${fact.when}, ${question.charAt(0).toLowerCase()}${question.slice(1)}` : question);

/** "Shading lowered the survival rate …": the effect turned round, a false statement whose explanation gives it as written. */
function turned(fact: EffectFact, ctx: AskContext, amount: string): Candidate {
	const statement = `${capitalise(fact.agent)} ${verbAs(VERBS[fact.verb].opposite, fact.aux)} ${fact.object} ${amount}`;
	const said = `${fact.agent} ${verbAs(fact.verb, fact.aux)} ${fact.object} ${amount}`;
	const explanation = `False: the article says ${asStatement(said)}`;
	return relationQuestion(
		fact,
		ctx.sentence,
		{ type: 'true_false', prompt: asStatement(statement), answer: false, explanation },
		'statement',
		`${fact.form}-turned`
	);
}

/** "By how much did shading cut bleaching?": a card with the amount, a number for a percentage, typed for a short amount. */
function askBy(fact: EffectFact, ctx: AskContext): Candidate[] {
	const hedge = /^(about|around|roughly|nearly|almost) /.exec(fact.answer);
	const prompt = framed(fact, `By how much ${fact.aux} ${fact.agent} ${fact.verb} ${fact.object}?`);
	const out = [relationQuestion(fact, ctx.sentence, { type: 'flashcard', prompt, back: cardBack(`by ${fact.answer}`) }, 'card', 'by')];
	if (fact.percent !== undefined) {
		const numeric = {
			type: 'numeric' as const,
			prompt: framed(fact, `By ${hedge ? `${hedge[1]} ` : ''}what percentage ${fact.aux} ${fact.agent} ${fact.verb} ${fact.object}?`),
			answer: fact.percent,
			tolerance: 0,
			unit: '%'
		};
		const id = questionId(fact, ctx.sentence, 'numeric', 'by-percent');
		out.push({ ...candidate({ ...numeric, id, tags: [fact.kind], source: sourceOf(ctx.sentence) }, fact, ctx.sentence, 'wh', 'by-percent'), facet: 'role' });
	} else if (wordCount(fact.answer) <= MAX_TYPED_WORDS)
		out.push(relationQuestion(fact, ctx.sentence, { type: 'short_answer', prompt, answer: fact.answer }, 'wh', 'by-typed'));
	out.push(turned(fact, ctx, `by ${fact.answer}`));
	return out;
}

/**
 * "To what did Kestrel raise its adjusted earnings forecast?": a card with the new value (and the
 * old), typed when short. The "to" goes first, as in the lead's "To what did …?": a question
 * ending on "to" reads as one cut short ("What did the council vote to?"), and the checks drop it.
 */
function askTo(fact: EffectFact, ctx: AskContext): Candidate[] {
	const prompt = framed(fact, `To what ${fact.aux} ${fact.agent} ${fact.verb} ${fact.object}?`);
	const back = cardBack(`${fact.answer}${fact.from ? `, from ${fact.from}` : ''}`);
	const out = [relationQuestion(fact, ctx.sentence, { type: 'flashcard', prompt, back }, 'card', 'to')];
	if (wordCount(fact.answer) <= MAX_TYPED_WORDS)
		out.push(relationQuestion(fact, ctx.sentence, { type: 'short_answer', prompt, answer: fact.answer }, 'wh', 'to-typed'));
	// With its old value the turned statement would contradict itself ("lowered … to 4.40 from 4.25"), so it is made only without one.
	if (!fact.from) out.push(turned(fact, ctx, `to ${fact.answer}`));
	return out;
}

/**
 * Asked as "By how much did shading cut bleaching?" or "To what did Kestrel raise its
 * forecast?": on a card with the amount or value in the article's words, typed when it is short,
 * as a number when it is a percentage, and as a false statement that turns the effect round
 * ("Shading lowered the survival rate …").
 */
export const effect: FactKindModule<'effect'> = {
	kind: 'effect',
	claims: false,
	find(s, ctx) {
		return effectsIn(s, ctx);
	},
	ask(fact, ctx) {
		return fact.form === 'to' ? askTo(fact, ctx) : askBy(fact, ctx);
	},
	score: () => 4
};
