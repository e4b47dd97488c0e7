import { BLANK, type Question } from '../bank/schema';
import { AUXILIARIES } from './english';
import { frequencyRank, isCommonWord } from './frequency';
import { tokenize, type Token } from './tokens';

/**
 * Grammar every prompt must have: quotation marks that close, no auxiliary joined straight to a
 * conjunction ("Why has and …", a clause cut by coordination), a question that ends on a word
 * that can end one (not "… about proglacial?", "… about the buckle probably?"), and a finite verb
 * in every question and every true/false statement ("Who unmarked at the near post?" has none;
 * a bare name states nothing).
 */

/** Adverbs that hang off the end of a question cut from the middle of a sentence. */
const HANGING_ADVERB =
	/\b(?:probably|possibly|perhaps|also|too|however|though|instead|still|already|even|just|only|mostly|largely|partly|reportedly|apparently|allegedly|initially|eventually|finally|actually|really|then|so|currently|recently)\?$/i;

/**
 * A question cut where a quote or a score was taken out: "Who described the river as?" (the
 * quote after "as" is gone), "Who saved two penalties in a 4?" (a "4-2" cut at its dash).
 */
const CUT_QUESTION = /(?:\b(?:as|than)|\b(?:a|an|the) \d+(?:[.,]\d+)?)\?$/i;

/**
 * A question cut where the name a sentence gives was in a quote ("… from a group calling
 * itself?", "… by a charity called?"), or where a second clause's subject was kept without its
 * verb ("Who brought down Benali on the edge of the area, and Haddad?").
 */
const CUT_NAMING = /(?:\bcalling (?:itself|themselves|himself|herself)|\b(?:a|an) (?:[\p{L}-]+ ){0,2}[\p{L}-]+ (?:called|named|dubbed|titled))\?$/iu;
const CUT_SUBJECT = /, (?:and|but) \p{Lu}[\p{L}'’-]+\?$/u;

/**
 * "Why was the site not on the list, and no restriction was imposed?": a wh-question over a
 * sentence of two clauses asks two things, and the second has no question word of its own.
 */
const TWO_CLAUSES = /^(?:Why|How|When|Where|What|Who|Which)\b[^?]*, (?:and|but) (?:[\p{L}-]+ ){1,4}(?:was|were|is|are|had|has|did|would|will)\b/u;

/** Past tenses compromise may read as nouns out of context ("rose", "set", "left"). */
const IRREGULAR_PAST = new Set(
	'rose fell grew set put cut hit led won lost made took gave went came saw said told found held kept left met paid ran sold spent stood struck wrote began broke brought built bought caught chose drew drove fought flew got knew laid meant read sent shot sat spoke taught threw wore'.split(
		' '
	)
);

/**
 * "unmarked", "unbeaten": a word English uses, that ends like a past tense, whose stem is no
 * verb English uses. It describes; it does not say what someone did. A word the frequency list
 * does not know at all ("excavated") is left to the tagger.
 */
function participleOnly(w: string): boolean {
	if (!/ed$/.test(w) || !isCommonWord(w)) return false;
	const stems = [w.slice(0, -2), w.slice(0, -1), w.replace(/ied$/, 'y'), w.replace(/(\p{L})\1ed$/u, '$1')].filter((x) => x !== w);
	return !stems.some((x) => frequencyRank(x) < Infinity);
}

/** Whether a token can carry a clause's verb. compromise tags words out of context loosely ("rose", "set"), so any verb counts. */
function verbal(t: Token): boolean {
	const w = t.text.toLowerCase();
	if (AUXILIARIES.has(w) || /^(?:does|do|is|are|am)$/.test(w) || IRREGULAR_PAST.has(w)) return true;
	return t.tags.has('Verb') && !participleOnly(w);
}

/** Quotation marks left open: a curly opening mark with no closing one, or an odd count of straight ones. */
export function unclosedQuote(text: string): boolean {
	const open = (text.match(/“/g) ?? []).length;
	const close = (text.match(/”/g) ?? []).length;
	return open !== close || (text.match(/"/g) ?? []).length % 2 === 1;
}

/** The word a question ends on, when it cannot end one: an article, a conjunction or a lone adjective ("stand for?" may end on a preposition). */
function cutEnd(tokens: Token[]): boolean {
	const last = tokens.at(-1);
	if (!last) return false;
	if (['Determiner', 'Conjunction'].some((tag) => last.tags.has(tag))) return true;
	// "… find about proglacial?": an adjective whose noun was cut off. "Which room is the weakest?"
	// ends on a superlative, which "the" makes a whole phrase.
	return last.tags.has('Adjective') && !last.tags.has('Noun') && !last.tags.has('Superlative') && /^(?:about|of|the|a|an)$/i.test(tokens.at(-2)?.text ?? '');
}

/** The first grammar problem of a question's prompt, or null. */
export function grammarProblem(q: Question): string | null {
	const prompt = q.prompt;
	if (unclosedQuote(prompt)) return 'a quotation mark is not closed';
	if (/^[“"‘(]?\p{Ll}/u.test(prompt)) return 'it starts in the middle of a sentence';
	const doubled = /\b(\p{L}+) \1\b/iu.exec(prompt);
	if (doubled && !/^(?:had|that)$/i.test(doubled[1])) return `“${doubled[1]}” is written twice`;
	if (/\b(?:has|have|had|did|does|do|was|were|is|are|will|would|could|can)\s+(?:and|but|or|nor)\b/i.test(prompt))
		return 'a verb joined to a conjunction: a clause was cut';
	// A card's front is a term or a name; every other prompt is a sentence or a question.
	if (q.type === 'flashcard' && !prompt.endsWith('?')) return null;
	const plain = prompt.replace(BLANK, 'something').replace(/[“"][^”"]*[”"]/g, '“…”');
	const words = plain.replace(/[?.!]+$/, '');
	if (prompt.endsWith('?')) {
		if (HANGING_ADVERB.test(prompt)) return 'an adverb hangs at the end';
		if (CUT_QUESTION.test(plain) || CUT_NAMING.test(plain) || CUT_SUBJECT.test(plain) || cutEnd(tokenize(words))) return 'it ends mid-phrase';
		if (TWO_CLAUSES.test(plain)) return 'it asks over two clauses joined by “and”';
	}
	// Tagging is the costly part: a word that is a verb whatever its tags ("was", "did", "rose") needs none.
	if (!words.split(/\s+/).some(alwaysVerbal) && !tokenize(words).some(verbal))
		return q.type === 'true_false' ? 'the statement has no verb, so it states nothing' : 'it has no verb';
	return null;
}

/**
 * A word, between spaces and with only the marks compromise keeps beside a word ("was," or
 * "(did"), that `verbal` counts as a verb without looking at its tags.
 */
function alwaysVerbal(chunk: string): boolean {
	const w = /^["“(]*(\p{L}+)[,.;:!?"”)]*$/u.exec(chunk)?.[1].toLowerCase();
	return w !== undefined && (AUXILIARIES.has(w) || /^(?:does|do|is|are|am)$/.test(w) || IRREGULAR_PAST.has(w));
}
