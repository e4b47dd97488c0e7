import { extractPlacesAndOrganisations } from '../facts/entities';
import type { OrganisationFact } from '../facts/types';
import { entityQuestions } from '../questions/entity';
import { whEntityQuestions } from '../questions/wh-entity';
import type { FactKindModule } from './kind';

/** Organisations: companies, agencies, journals, clubs. */
export const organisation: FactKindModule<'organisation'> = {
	kind: 'organisation',
	claims: true,
	find: (s, ctx) => extractPlacesAndOrganisations(s, ctx.taken).filter((f): f is OrganisationFact => f.kind === 'organisation'),
	ask: (fact, ctx) => [...whEntityQuestions(fact, ctx.sentence, ctx.all), ...entityQuestions(fact, ctx.sentence, ctx.all)],
	score: () => 2
};
