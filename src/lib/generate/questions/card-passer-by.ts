import { escapeRegExp } from '../english';
import type { FactRecord, PersonFact } from '../facts/types';
import type { Sentence } from '../sentences';

/**
 * "blocked a cross from Castleton midfielder Jamie Ostrowski": a person the article names once,
 * and then only inside a phrase after a preposition, is a passer-by in someone else's event.
 * A card of their title ("Castleton midfielder") asks a side detail nobody reads the article for.
 */

/** Prepositions (a closed class) that put a name inside another noun's phrase or an adjunct; not "by", whose name is a passive's doer. */
const PREPOSITION = /\b(?:from|of|with|to|against|for|past|over|under|beside|behind|between|near|after|before)\s+(?:(?:the|a|an)\s+)?$/i;

/**
 * Whether the facts show the person again elsewhere: named in full, quoted, or by surname in the
 * words of another sentence's fact ("Calloway said the vote was a relief").
 */
function seenAgain(fact: PersonFact, all: FactRecord[]): boolean {
	const surname = new RegExp(`\\b${escapeRegExp(fact.key.split(/\s+/).at(-1) ?? fact.key)}\\b`);
	return all.some(
		(f) =>
			f.sentence !== fact.sentence && ((f.kind === 'person' && f.key === fact.key) || (f.kind === 'quote' && f.speaker === fact.key) || surname.test(f.text))
	);
}

/** Whether a person's one mention in the article is the object of a preposition ("according to" an expert is a source, not a passer-by). */
export function passerBy(fact: PersonFact, sentence: Sentence, all: FactRecord[]): boolean {
	if (seenAgain(fact, all)) return false;
	let before = sentence.text.slice(0, fact.answerStart - sentence.start);
	// "from Castleton midfielder Jamie Ostrowski": the title before the name belongs to the name.
	if (fact.role) before = before.replace(new RegExp(`${escapeRegExp(fact.role)}\\s+$`, 'i'), '');
	return PREPOSITION.test(before) && !/\baccording to\s+$/i.test(before);
}
