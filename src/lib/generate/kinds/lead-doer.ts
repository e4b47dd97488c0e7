import { AUXILIARIES, clauseRest, finish, wordCount } from '../english';
import type { Token } from '../tokens';
import type { LeadClaim } from './lead-claim';
import { has, PREPOSITION, SUBORDINATOR } from './lead-phrases';
import { standsAlone } from './relation';

/** The predicate asked about: this many words at most, so the question stays short enough to learn. */
const PREDICATE_MAX = 28;

/** Present forms that agree with a plural subject, and their singular for "What … ?" ("What is being fitted …?"). */
const SINGULAR: Record<string, string> = { are: 'is', were: 'was', have: 'has' };

/** The claim read so far: its text and tokens, the verb group ending at `v`, and the subject. */
interface Parsed {
	text: string;
	tokens: Token[];
	v: number;
	verbs: Token[];
	subject: Token[];
	subjectText: string;
	asked: string;
	plural: boolean;
	idiom: boolean;
}

/**
 * A claim with no object to ask for ("the dam gave way after three days of rain", "a rocket
 * reached orbit on Wednesday", "heat pumps are being fitted to homes …") asks for its subject:
 * "What gave way after three days of heavy rain?". Null for a bare "is" or "was", a verb with
 * nothing after it, and a present verb that a plural subject bends.
 */
export function doerClaim(p: Parsed): LeadClaim | null {
	const { text, tokens, v, verbs, subject, subjectText, asked, plural } = p;
	const first = verbs[0];
	const next = tokens[v + 1];
	const copula = verbs.length === 1 && has(first, 'Copula');
	if (
		copula ||
		!next ||
		!(p.idiom || has(next, 'Preposition', 'Adverb') || /^to$/i.test(next.text) || PREPOSITION.test(next.text) || SUBORDINATOR.test(next.text))
	)
		return null;
	const word = first.text.toLowerCase();
	if (plural && !SINGULAR[word] && !has(first, 'PastTense') && !AUXILIARIES.has(word)) return null;
	const predicate = finish(clauseRest(text.slice(first.start)));
	const agreed = `${SINGULAR[word] ?? word}${predicate.slice(first.text.length)}`;
	if (wordCount(predicate) < 3 || wordCount(predicate) > PREDICATE_MAX || !standsAlone(predicate) || wordCount(subjectText) > 12) return null;
	// "Marta Ilves … has died": who did it is the person's own card; "Rain fell …": a bare noun sets a scene.
	if (subject.some((t) => has(t, 'Person')) || wordCount(subjectText) < 2) return null;
	// "Priya Raman was elected in 2019", "Harwell Mining was fined …": two capitalised words open a
	// name (the tagger may not know it for a person's), which "What …?" would ask as a thing.
	if (/^\p{Lu}\S*\s+\p{Lu}/u.test(subjectText)) return null;
	return { clause: `${subjectText} ${predicate}`, asked, plural, verbs, object: subjectText, complement: subjectText, doer: `What ${agreed}?` };
}
