import type { AnnouncedFact } from '../facts/types';
import { announcedList } from './announced-list';
import { announcedRanked } from './announced-ranked';
import { announcedReason, announcedSource } from './announced-source';
import { announcedExpected } from './announced-expected';
import { askClause } from './clause';
import type { FactKindModule } from './kind';
import { cardBack, relationQuestion } from './relation';

/**
 * Relations a sentence names in so many words, asked by the sentence's own announcing clause:
 * a list after a colon ("Which products are exempt?"), what a thing was the result of or caused
 * by ("What was the decline in net income mainly the result of?"), and the reasoning given for an
 * act ("Why did Bazalgette make the pipes wider …?"), and what the article ranks first or last
 * ("Which room is the weakest?"), and what a body expects ("What does Kestrel now expect?"). Asked on a card whose back is the list,
 * source or reason in the article's words, and a short source typed too.
 */
export const announced: FactKindModule<'announced'> = {
	kind: 'announced',
	claims: false,
	find(s, ctx) {
		const f = announcedList(s, ctx) ?? announcedSource(s, ctx) ?? announcedReason(s, ctx) ?? announcedRanked(s) ?? announcedExpected(s, ctx);
		return f ? [f] : [];
	},
	// No choice: the article's other causes are often causes of the same event. A list or a reasoning is a card only: typed back, it must match word for word.
	ask(fact: AnnouncedFact, ctx) {
		if (fact.sort === 'source' || fact.sort === 'ranked' || fact.sort === 'expected') return askClause(fact, ctx, fact.prompt, fact.answer, fact.sort);
		return [relationQuestion(fact, ctx.sentence, { type: 'flashcard', prompt: fact.prompt, back: cardBack(fact.answer) }, 'card', fact.sort)];
	},
	score: () => 4
};
