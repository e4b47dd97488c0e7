import { checkQuestion } from './checks';
import { extractFacts } from './facts';
import { buildCandidates, type Candidate } from './questions';
import type { ArticleView } from './rank';
import { splitSentences } from './sentences';
import { surnameMentions } from './side-details';

/**
 * For the every-type pass's tests: a text's candidates that pass every check, and the view the
 * pass reads them in, every sentence central and no floor, so only the pass decides what is kept.
 * `last` is the index of the text's last sentence, the one a test adds its case in.
 */
export function everyTypeSetting(text: string): { passing: Candidate[]; view: ArticleView; last: number } {
	const sentences = splitSentences(text);
	const facts = extractFacts(sentences, { year: 2025, month: 5, day: 12 });
	const passing = buildCandidates(facts, sentences, text).filter((c) => checkQuestion(c.question).length === 0);
	const view: ArticleView = {
		topics: new Set(),
		centrality: new Map(sentences.map((s) => [s.index, 1])),
		floor: 0,
		title: '',
		text,
		mentions: surnameMentions(facts, text),
		lead: sentences[0].text
	};
	return { passing, view, last: sentences.length - 1 };
}
