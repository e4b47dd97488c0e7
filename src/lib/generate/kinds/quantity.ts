import { extractQuantities } from '../facts/quantities';
import { isTimeUnit } from '../facts/units';
import { quantityQuestions } from '../questions/quantity';
import type { FactKindModule } from './kind';
import { scoreLine } from './rating';

/** Quantities: numbers with what they count or their unit. */
export const quantity: FactKindModule<'quantity'> = {
	kind: 'quantity',
	claims: true,
	// A review's score line ("Rating: three stars out of five.") is the rating kind's: as a count it
	// would ask the same number again, as a blank in a heading that is no sentence.
	find: (s, ctx) => (scoreLine(s.text, ctx.article.headline) ? [] : extractQuantities(s)),
	ask: (fact, ctx) => quantityQuestions(fact, ctx.sentence, ctx.all),
	// A count says most; a bare number with no unit says least; a duration is rarely the point.
	score: (fact) => (fact.counts ? 4 : fact.unit ? 3.5 : 0.5) - (fact.unit && isTimeUnit(fact.unit) ? 1 : 0)
};
