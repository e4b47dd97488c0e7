import { namedThingFact } from './named-thing-fact';
import type { NamedThingFact, TaggedSentence } from './types';

/**
 * Works a review or feature names by a quoted title after what they are: `Keïta's best-known
 * song, "Sira"`, `His closing piece, "Harbour Lights", …, earned the longest ovation`. Such a
 * title is what the piece is about (the subject's works, what the critic singled out), yet none
 * of the name extractors reads it, so a review gave few questions.
 */

const WORKS =
	'song|songs|piece|album|film|book|novel|play|show|track|single|poem|series|painting|opera|symphony|record|composition|documentary|musical|ballad|anthem|collection|memoir|essay|sculpture|installation';

/** A lead naming the work's kind, a comma, a quoted capitalised title of at most six words. */
const TITLED = new RegExp(
	`(?<lead>(?:(?<owner>[\\p{Lu}][\\p{L}-]*(?: [\\p{Lu}][\\p{L}-]*)?)['’]s |\\b(?<det>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he) )(?<words>(?:[\\p{Ll}-]+ ){0,3}(?:${WORKS}))), [“"](?<title>[\\p{Lu}][^”",.!?]{0,40}?)[,.!?]?[”"]`,
	'gu'
);

/** What follows the title when the title is the sentence's subject: ", a slow ballad …, earned …". */
function predicateAfter(s: TaggedSentence, from: number): string | null {
	let rest = s.text.slice(from);
	// An appositive describing the work between commas is skipped: the predicate is what the work did.
	const appositive = /^,\s+(?:a|an|the)\s[^,]{1,120},\s+/.exec(rest);
	rest = appositive ? rest.slice(appositive[0].length) : rest.replace(/^,?\s+/, '');
	const first = s.tokens.find((t) => t.start === s.text.length - rest.length);
	if (!first || !(first.tags.has('Verb') || first.tags.has('PastTense')) || first.tags.has('Gerund')) return null;
	const clause = rest.replace(/[.!?]+["”]?\s*$/, '');
	// A clause that goes on to another one ("…, and …") or names a person by pronoun is no self-contained answer.
	if (clause.split(/\s+/).length > 14 || /[,;:]|\b(?:he|she|they|him|her|his|their|it|its)\b/i.test(clause)) return null;
	return clause;
}

export function extractTitledWorks(s: TaggedSentence, taken: (start: number, end: number) => boolean): NamedThingFact[] {
	const out: NamedThingFact[] = [];
	for (const m of s.text.matchAll(TITLED)) {
		const g = m.groups ?? {};
		const title = g.title.trim();
		const at = (m.index ?? 0) + m[0].lastIndexOf(title);
		if (title.split(/\s+/).length > 6 || taken(s.start + at, s.start + at + title.length)) continue;
		let role: string | null = null;
		if (g.owner) role = `${g.owner}'s ${g.words}`;
		else if ((m.index ?? 0) === 0) {
			const predicate = predicateAfter(s, (m.index ?? 0) + m[0].length);
			if (predicate) role = `the ${g.words} that ${predicate}`;
		}
		if (!role) continue;
		out.push(namedThingFact(s, title, at, role));
	}
	return out;
}
