import { tokenize, type Token } from '../tokens';

/**
 * Whether a sentence may be cut at a comma that opens an aside or a clause (", which …",
 * ", including …", ", and …") and still end on a whole clause. Two cuts leave half a clause:
 *
 * - an aside set inside the clause, which goes on after it: "told them that the mill, which had
 *   spun cloth since 1851, would close" cut at ", which" leaves "that the mill" without its verb;
 *   "applied to the Trust, which funded the study, for money to …" leaves "applied to" without
 *   what for. The clause goes on when the word after the aside's closing comma is a verb or a
 *   preposition, as it is nowhere after a trailing aside ("…, which opened in 1990, 200 of them
 *   women" or "…, including Oslo, Bergen and Tromsø").
 * - ", and" before the last item of a list ("names, email addresses, card digits, and the
 *   journey history"): no verb before or after it, so it opens no clause, and the cut leaves a
 *   list without its "and".
 */

/** A verb that can carry a clause: a gerund or a word read as a noun first is none. */
export const clauseVerb = (t: Token) => t.tags.has('Verb') && !t.tags.has('Gerund') && !(t.tags.has('Noun') && !t.tags.has('PresentTense'));

/** Words that open a clause or an aside of their own, not the rest of the one before. */
const CONNECTIVE = /^(?:and|but|or|nor|yet|so|which|who|whom|whose|where|when|while|whereas|although|though)$/i;

/** Where the part of the sentence after `from` ends: the next comma, semicolon, colon or dash. */
function nextBoundary(sentence: string, from: number): { at: number; comma: boolean } | null {
	const m = /[,;:]|\s[—–]\s/.exec(sentence.slice(from));
	if (!m) return null;
	return { at: from + (m.index ?? 0), comma: m[0] === ',' };
}

/** The words from `from` to `to`. */
const wordsIn = (tokens: Token[], from: number, to: number) => tokens.filter((t) => t.start >= from && t.end <= to);

/**
 * Whether ", and" at `at` joins the last item of a list: neither the item before it (from the
 * comma before) nor the one after it has a verb. Both are asked, because the tagger misses some
 * verbs ("the hosts never recovered" reads "recovered" as an adjective).
 */
function listEnd(sentence: string, tokens: Token[], at: number, segmentEnd: number): boolean {
	const before = sentence.lastIndexOf(',', at - 1);
	if (before < 0) return false;
	// A noun read as an order ("bank details") is no verb of a clause inside a sentence, nor is a
	// participle after a preposition or determiner ("of linked cards", "the leaked files").
	const finite = (t: Token) => {
		const prior = tokens[tokens.indexOf(t) - 1];
		return clauseVerb(t) && !t.tags.has('Imperative') && !(prior && (prior.tags.has('Preposition') || prior.tags.has('Determiner')));
	};
	return !wordsIn(tokens, before + 1, at).some(finite) && !wordsIn(tokens, at + 1, segmentEnd).some(finite);
}

/**
 * Whether `sentence` cut at the comma at `at` (the cut drops the comma and all after it) ends on
 * a whole clause, as above.
 */
export function cutEndsClause(sentence: string, at: number): boolean {
	const tokens = tokenize(sentence);
	const opening = /^,\s+(\S+)/.exec(sentence.slice(at))?.[1]?.toLowerCase();
	const next = nextBoundary(sentence, at + 1);
	const segmentEnd = next?.at ?? sentence.length;
	if (opening === 'and' && listEnd(sentence, tokens, at, segmentEnd)) return false;
	if (!next || !next.comma) return true;
	const after = tokens.find((t) => t.start > next.at);
	// A further aside or clause after the first ends the clause there too (compromise tags "which" a preposition).
	if (!after || CONNECTIVE.test(after.text)) return true;
	return !(clauseVerb(after) || after.tags.has('Modal') || after.tags.has('Auxiliary') || after.tags.has('Preposition'));
}
