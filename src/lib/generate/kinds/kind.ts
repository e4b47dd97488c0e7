import type { PlainDate } from '../calendar';
import type { FactKind, FactOf, FactRecord, PersonFact, TaggedSentence } from '../facts/types';
import type { Candidate } from '../questions/candidate';
import type { Sentence } from '../sentences';

/** A person the article names in full, with the first role it gives them. */
export interface Person {
	name: string;
	role?: string;
}

/** What the whole article tells every kind before the sentence-by-sentence pass. */
export interface ArticleIndex {
	/** The people named in full (see `directory` in person.ts). */
	people: Map<string, Person>;
	/** Every sentence, tagged, in order: for look-backs and for counting repeated terms. */
	sentences: TaggedSentence[];
	published: PlainDate | null;
	/** The headline (the first heading line before the body), or "". */
	headline: string;
}

/** What a kind's `find` sees of the sentence being read. */
export interface FindContext {
	article: ArticleIndex;
	/** Whether the span is already a fact of a kind that claims its words. */
	taken: (start: number, end: number) => boolean;
	/** Facts found in this sentence so far. */
	own: FactRecord[];
	/** People named in this paragraph before this sentence, for "he said". */
	recent: PersonFact[];
}

/** The sentence before `s` in its own paragraph, or null: all a look-back may read. */
export function sentenceBefore(s: TaggedSentence, ctx: FindContext): TaggedSentence | null {
	const prev = ctx.article.sentences.find((p) => p.index === s.index - 1);
	return prev && prev.paragraph === s.paragraph ? prev : null;
}

/** What a kind's `ask` sees when it phrases questions. */
export interface AskContext {
	sentence: Sentence;
	/** The sentence before, in the same paragraph, if any. */
	previous?: Sentence;
	/** The two body sentences before, in any paragraph (headings left out). */
	earlier?: Sentence[];
	/** The article's text, for a source that spans sentences of two paragraphs. */
	text?: string;
	all: FactRecord[];
}

/**
 * One fact kind: how its facts are found in a sentence, phrased as candidate questions, and
 * scored (a bonus added to the form and type scores of `rank.ts`). A kind that `claims` its
 * words keeps later claiming kinds off them (a name is a person or a place, never both).
 */
export interface FactKindModule<K extends FactKind> {
	kind: K;
	claims: boolean;
	find(s: TaggedSentence, ctx: FindContext): FactOf<K>[];
	ask(fact: FactOf<K>, ctx: AskContext): Candidate[];
	score(fact: FactOf<K>): number;
}
