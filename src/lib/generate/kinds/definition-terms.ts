import nlp from 'compromise';
import { normaliseAnswer } from '../../quiz/normalise';
import type { DefinitionFact, FactRecord, TaggedSentence } from '../facts/types';
import type { Token } from '../tokens';

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

/** Tags of a word that can be a sentence's verb (a participle or gerund in a noun phrase is not one). */
const finiteVerb = (t: Token) => t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective') && !t.tags.has('Gerund');

/**
 * "Growers in the valley fear blight, a disease that …": a sentence with a noun before a term of
 * several words, and no verb outside the term and its appositive, has its verb inside the term,
 * which the tagger read as a noun ("valley fear blight"). Which word it is the tags do not tell,
 * so no term is read there. A term opening the sentence ("Potato blight, a disease …") has no
 * subject before it to need a verb.
 */
export function verbInTerm(s: TaggedSentence, term: { at: number; text: string }, glossEnd: number): boolean {
	if (!term.text.includes(' ')) return false;
	const before = s.tokens.filter((t) => t.end <= term.at);
	const outside = [...before, ...s.tokens.filter((t) => t.start >= glossEnd)];
	return before.some((t) => t.tags.has('Noun') && !t.tags.has('Pronoun')) && !outside.some(finiteVerb);
}
