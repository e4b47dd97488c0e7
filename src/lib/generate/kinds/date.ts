import { extractDates } from '../facts/dates';
import { entityQuestions } from '../questions/entity';
import { whEntityQuestions } from '../questions/wh-entity';
import type { FactKindModule } from './kind';

/** Dates: years, days, months with years; relative ones resolved against the publication date. */
export const date: FactKindModule<'date'> = {
	kind: 'date',
	claims: true,
	find: (s, ctx) => extractDates(s, ctx.article.published),
	// "published on Wednesday": which weekday something happened is rarely worth learning.
	ask: (fact, ctx) =>
		fact.dateClass === 'weekday' ? [] : [...whEntityQuestions(fact, ctx.sentence, ctx.all), ...entityQuestions(fact, ctx.sentence, ctx.all)],
	score: (fact) => (fact.dateClass === 'weekday' ? -2 : 2.5)
};
