/**
 * Kinds whose question asks what the article is about: who won, what was found, by how much, why, what
 * followed, where a reviewed work is set, what someone recommended, a cause or list the sentence
 * names in so many words. These are the facts the judges' lists of what a bank missed name first:
 * no stray number or type quota displaces them (select.ts), and the quality model, fitted on
 * questions of other forms, neither ranks them low nor bars them (rank.ts, quality/model.ts).
 */
export const RELATIONS: ReadonlySet<string> = new Set(['outcome', 'finding', 'cause', 'consequence', 'effect', 'setting', 'advice', 'announced', 'decision']);
