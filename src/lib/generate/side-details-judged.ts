// Test support for the side-detail rules' tests: what the rules say of every candidate of a
// small article. Kept out of the rules' own modules, which never build candidates.
import { extractFacts } from './facts';
import { buildCandidates, type Candidate } from './questions';
import { splitSentences } from './sentences';
import { sideDetail, surnameMentions, type SideRule } from './side-details';

export interface Judged {
	c: Candidate;
	/** The rule that judged the candidate a side detail, or null. */
	name: string | null;
	weight: string | null;
}

/** Every candidate of an article (headline on its first line), with the side detail it asks. */
export function judged(title: string, body: string): Judged[] {
	const text = `${title}\n\n${body}`;
	const sentences = splitSentences(text);
	const facts = extractFacts(sentences, { year: 2024, month: 5, day: 1 });
	const lead = sentences.find((s) => !s.heading)?.text;
	const view = { text, mentions: surnameMentions(facts, text), title, lead };
	return buildCandidates(facts, sentences, text).map((c) => {
		const d = sideDetail(c, view);
		return { c, name: d?.name ?? null, weight: d?.weight ?? null };
	});
}

/** The candidates of `all` on `answer` (that `keep` keeps); throws, naming the answers there are, when none. */
export function onAnswer(all: Judged[], answer: string, keep: (c: Candidate) => boolean = () => true): Judged[] {
	const mine = all.filter((j) => j.c.fact.answer === answer && keep(j.c));
	if (mine.length === 0) throw new Error(`no candidate on ${answer}: ${[...new Set(all.map((j) => j.c.fact.answer))].join(', ')}`);
	return mine;
}

/** The answers of the article's candidates that one rule accepts, whatever rule would judge them first. */
export function acceptedBy(rule: SideRule, title: string, body: string): Set<string> {
	const text = `${title}\n\n${body}`;
	const sentences = splitSentences(text);
	const facts = extractFacts(sentences, { year: 2024, month: 5, day: 1 });
	const view = { text, mentions: surnameMentions(facts, text), title, lead: sentences.find((s) => !s.heading)?.text };
	return new Set(
		buildCandidates(facts, sentences, text)
			.filter((c) => rule.test(c, view))
			.map((c) => c.fact.answer)
	);
}
