import type { Question } from '../../bank/schema';
import { extractFacts } from '../facts';
import type { FactKind, FactOf, FactRecord } from '../facts/types';
import { buildCandidates } from '../questions';
import { splitSentences } from '../sentences';

/** The facts of one kind that a text gives, for the kinds' tests. */
export function factsOf<K extends FactKind>(text: string, kind: K): FactOf<K>[] {
	return extractFacts(splitSentences(text), { year: 2024, month: 5, day: 1 }).filter((f: FactRecord): f is FactOf<K> => f.kind === kind);
}

/** The candidate questions a text gives for facts of one kind. */
export function questionsOf(text: string, kind: FactKind): Question[] {
	const sentences = splitSentences(text);
	const facts = extractFacts(sentences, { year: 2024, month: 5, day: 1 });
	return buildCandidates(facts, sentences, text)
		.filter((c) => c.fact.kind === kind)
		.map((c) => c.question);
}

/** The first card a text gives for facts of one kind, as [front, back]; null when it gives none. */
export function cardOf(text: string, kind: FactKind): [string, string] | null {
	const q = questionsOf(text, kind).find((x) => x.type === 'flashcard');
	return q?.type === 'flashcard' ? [q.prompt, q.back] : null;
}
