import nlp from 'compromise';

/**
 * Pairs of words whose swap turns a claim into its opposite: comparatives, superlatives and the
 * verbs of change. Grammar words of English, not words of any article.
 */
const OPPOSITES: [string, string][] = [
	['more', 'less'],
	['higher', 'lower'],
	['larger', 'smaller'],
	['bigger', 'smaller'],
	['faster', 'slower'],
	['longer', 'shorter'],
	['better', 'worse'],
	['highest', 'lowest'],
	['largest', 'smallest'],
	['biggest', 'smallest'],
	['fastest', 'slowest'],
	['best', 'worst'],
	['most', 'least'],
	['increased', 'decreased'],
	['increase', 'decrease'],
	['rose', 'fell'],
	['raised', 'lowered'],
	['improved', 'worsened'],
	['above', 'below']
];

const SWAP = new Map([
	...OPPOSITES.flatMap(
		([a, b]) =>
			[
				[a, b],
				[b, a]
			] as [string, string][]
	),
	['fewer', 'more']
]);

/** "more" before a plural noun turns to "fewer" ("more apprentices", never "less apprentices"). */
function opposite(word: string, next: string | undefined): string {
	const swapped = SWAP.get(word.toLowerCase()) ?? word;
	if (swapped !== 'less' || !next || !nlp(next).has('#Plural')) return swapped;
	return 'fewer';
}

/**
 * The claim turned into its opposite: the first comparative or verb of change swapped for its
 * antonym ("more" ↔ "less"), else the main verb negated by compromise. Null when neither
 * changes the text. Whatever is returned contradicts the claim, so the article cannot imply it.
 */
export function contradict(claim: string): string | null {
	const lead = /^\s*/.exec(claim)?.[0] ?? '';
	const body = claim.slice(lead.length).trimEnd();
	// A claim that already denies something ("acted correctly and could not have …") has no one
	// main verb whose negation is its opposite.
	if (NEGATION.test(body)) return null;
	const words = body.split(/(\s+)/);
	const at = words.findIndex((w) => SWAP.has(w.toLowerCase()));
	if (at >= 0) {
		const swapped = opposite(words[at], words[at + 2]);
		words[at] = words[at][0] === words[at][0].toUpperCase() ? swapped[0].toUpperCase() + swapped.slice(1) : swapped;
		return lead + words.join('');
	}
	const doc = nlp(body);
	doc.sentences().toNegative();
	const negated = doc.text().trim();
	return negated !== body && NEGATION.test(negated) && wellFormed(negated) ? lead + negated : null;
}

const NEGATION = /\b(?:not|never|no)\b|n't\b/i;

/**
 * A negation English allows: one space between words, and the base form after "do not" ("did not
 * matter", never "did not mattered"). An irregular past or an auxiliary the tagger read as a noun
 * before it ("had cut", "will in effect") gets "do not" in front of it too: "does not had cut".
 */
const wellFormed = (text: string) =>
	!/\s{2}/.test(text) &&
	!/\b(?:did|does|do) not (?:\p{L}+ed|\p{L}+s)\b(?<!\b(?:need|was|has|is|does)\b)/u.test(text) &&
	!/\b(?:did|does|do) not (?:had|has|have|was|were|is|are|been|being|will|would|can|could|shall|should|may|might|must)\b/i.test(text);
