import type { TaggedSentence } from '../facts/types';

/**
 * Where "X is a Y …" stands in a sentence: at its start ("Insulin is a hormone that …"), with a
 * second name set off by commas between term and verb ("Relative humidity, usually written as RH,
 * is the amount of …"), or as the clause after a colon ("Its title has nothing to do with the
 * season: spring tides are the high tides that …"). Offsets are the sentence's.
 */

/** A subject of up to four words, an optional naming aside, a copula, a classifying phrase. */
const COPULA =
	/^(?:[Tt]he |[Aa]n? )?([\p{L}][\p{L}\p{N}-]*(?: [\p{L}\p{N}-]+){0,3})(, (?:(?:usually|often|also|sometimes|commonly) )?(?:written|known|abbreviated|shortened|referred to) as [^,;:]{1,30},)? (?:is|are|was|were) ((?:a|an|the) [^;:()“”"—–]+)/u;

/**
 * "Proglacial lakes are bodies of meltwater held back by …", "Centaurs are icy bodies that …": a
 * bare plural term defined by a bare plural class, which takes no article. The class noun must be
 * followed by what sets it apart (a preposition, a relative or a participle), or "Prices are
 * higher" and "Tickets are sold out" would be definitions too.
 */
const PLURAL =
	/^(?!(?:The|A|An|These|Those|Such|Our|Their|Its|His|Her|My|Your|Some|Many|Most|All|Both|Other|Several)\b)([\p{Lu}][\p{Ll}-]*(?: [\p{Ll}-]+){0,3}) are ((?:[\p{Ll}-]+ ){0,2}([\p{Ll}-]+s) (?:of|that|which|in which|where|whose|with|between|from|for|[\p{Ll}]+ed) [^;:()“”"—–]+)/u;

export interface CopulaClause {
	term: string;
	/** Where the term starts. */
	at: number;
	/** The classifying phrase, to the sentence's end (the caller cuts it at the next clause). */
	gloss: string;
	/** Where the classifying phrase starts. */
	glossAt: number;
	/** The class noun of a bare plural gloss ("bodies"), which must be a plural noun. */
	plural?: { at: number; text: string };
}

export function copulaClauses(text: string): CopulaClause[] {
	// The sentence's start, and each clause after a colon that opens in lower case (a list or a title after a colon is no clause).
	const starts = [0, ...[...text.matchAll(/: (?=\p{Ll})/gu)].map((m) => (m.index ?? 0) + 2)];
	const bare = PLURAL.exec(text);
	const plural = bare
		? [
				{
					term: bare[1],
					at: 0,
					gloss: bare[2],
					glossAt: bare[1].length + 5,
					plural: { at: bare[1].length + 5 + bare[2].indexOf(`${bare[3]} `), text: bare[3] }
				}
			]
		: [];
	return starts.flatMap((from) => {
		const m = COPULA.exec(text.slice(from));
		if (!m) return from === 0 ? plural : [];
		const at = from + m[0].indexOf(m[1]);
		return [{ term: m[1], at, gloss: m[3], glossAt: from + m[0].length - m[3].length }];
	});
}

/**
 * "Systolic pressure is the top number in a reading and measures the force …": an "and" before a
 * verb in the present or past opens the term's second predicate, which is no part of what it is.
 * Returns where the gloss ends (its length when no such "and" comes).
 */
export function secondPredicate(s: TaggedSentence, glossAt: number, length: number): number {
	const words = s.tokens.filter((t) => t.start >= glossAt && t.end <= glossAt + length);
	// After a relative clause ("a scheme in which shoppers pay … and get …") the verb may be the clause's own.
	const relative = words.findIndex((t) => /^(?:that|which|who|whom|whose|where|when)$/i.test(t.text));
	const and = words
		.slice(0, relative < 0 ? words.length : relative)
		.findIndex(
			(t, i) =>
				t.text === 'and' &&
				words[i + 1]?.tags.has('Verb') &&
				!words[i + 1].tags.has('Noun') &&
				!words[i + 1].tags.has('Gerund') &&
				['PresentTense', 'PastTense'].some((tag) => words[i + 1].tags.has(tag))
		);
	return and < 0 ? length : words[and].start - glossAt - 1;
}
