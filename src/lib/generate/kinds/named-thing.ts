import { extractNamedThings } from '../facts/named-things';
import { cardQuestions } from '../questions/cards';
import type { FactKindModule } from './kind';

/** Named things with what the article says they are: the “Beaver” long-range UAV, an abbreviation. */
export const namedThing: FactKindModule<'named-thing'> = {
	kind: 'named-thing',
	claims: true,
	find: (s, ctx) => extractNamedThings(s, ctx.taken),
	ask: (fact, ctx) => cardQuestions(fact, ctx.sentence, ctx.all),
	score: () => 2.5
};
