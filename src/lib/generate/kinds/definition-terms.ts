import nlp from 'compromise';
import { normaliseAnswer } from '../../quiz/normalise';
import type { DefinitionFact, FactRecord } from '../facts/types';

/** What the definition kind reads of its terms once found: whether one names a thing, and the others to choose among. */

/** Other terms the article defines, as choices of the same kind. */
export function otherTerms(fact: DefinitionFact, all: FactRecord[]): string[] {
	const seen = new Set([normaliseAnswer(fact.answer)]);
	const out: string[] = [];
	for (const f of all) {
		if ((f.kind !== 'definition' && f.kind !== 'key-term') || seen.has(normaliseAnswer(f.answer))) continue;
		seen.add(normaliseAnswer(f.answer));
		out.push(f.answer);
	}
	return out.slice(0, 3);
}

/** Whether a term ends in a noun: "Less successful" ends in an adjective and names nothing. */
export function endsInNoun(term: string): boolean {
	const last = nlp(term).terms().last();
	return last.has('#Noun') || !(last.has('#Adjective') || last.has('#Adverb'));
}
