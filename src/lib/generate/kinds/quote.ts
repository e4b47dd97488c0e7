import { attributes, findQuotes, quoteFact } from '../facts/quotes';
import type { QuoteFact } from '../facts/types';
import { quoteQuestions } from '../questions/cards';
import type { FactKindModule } from './kind';

const PRONOUN_ATTRIBUTION = /\b(?:he|she)\s+(?:said|added|says|told|posted|wrote|warned|explained|noted|continued)\b|\b(?:said|added)\s+(?:he|she)\b/i;

/**
 * Quotes with their speaker: a person named in the attribution, or, for "he said", the last
 * person named earlier in the same or the previous paragraph.
 */
export const quote: FactKindModule<'quote'> = {
	kind: 'quote',
	claims: false,
	find(s, ctx) {
		const out: QuoteFact[] = [];
		for (const q of findQuotes(s)) {
			if (!attributes(q.attribution)) continue;
			const named = ctx.own.find((f) => f.kind === 'person' && (f.answerStart >= q.end || f.answerEnd <= q.start));
			if (named) out.push(quoteFact(s, q, named.key));
			else if (PRONOUN_ATTRIBUTION.test(q.attribution) && ctx.recent.length > 0) out.push(quoteFact(s, q, ctx.recent[ctx.recent.length - 1].key));
		}
		return out;
	},
	ask: (fact, ctx) => quoteQuestions(fact, ctx.sentence, ctx.all, ctx.previous),
	score: () => 2
};
