import { extractPlacesAndOrganisations } from '../facts/entities';
import type { PlaceFact } from '../facts/types';
import { entityQuestions } from '../questions/entity';
import { whEntityQuestions } from '../questions/wh-entity';
import type { FactKindModule } from './kind';

/** Places: countries and localities, by place words, compromise's tags and prepositions. */
export const place: FactKindModule<'place'> = {
	kind: 'place',
	claims: true,
	find: (s, ctx) => extractPlacesAndOrganisations(s, ctx.taken).filter((f): f is PlaceFact => f.kind === 'place'),
	ask: (fact, ctx) => [...whEntityQuestions(fact, ctx.sentence, ctx.all), ...entityQuestions(fact, ctx.sentence, ctx.all)],
	score: () => 2
};
