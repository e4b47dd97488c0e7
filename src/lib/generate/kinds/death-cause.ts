import { capitalise, escapeRegExp, finish, unresolvedPronoun, wordCount } from '../english';
import type { TaggedSentence } from '../facts/types';
import type { ArticleIndex, FactKindModule } from './kind';
import { relationFact, relationQuestion } from './relation';

/**
 * What a person died of, as an obituary reports it: "Her son, Daniel Pell, said the cause was
 * heart failure" or "The cause was cancer, his wife said". The sentence names neither the death
 * nor the dead ("the cause", "her son"), so the deceased is read from the sentence that says who
 * died; a sentence with no such death before it is no obituary's and gives nothing.
 */

/** "… said (that) the cause (of death) was X." */
const SAID = /\bsaid (?:that )?the cause(?: of (?:(?:his|her|their) )?death)? was ([^,;:]+?)\.?$/u;
/** "The cause (of death) was X, his wife said." / "…, according to her family." */
const FRONTED = /^The cause(?: of (?:(?:his|her|their) )?death)? was ([^,;:]+?), (?:[^,]+ said|according to [^,]+)\.?$/u;

/** "Aurelia Vance, an engineer who …, died on 3 May", "… dies at 91": a death verb after a name. */
const DIED = /\b(?:died|dies|has died|had died)\b/;

/** "Harold Quayle, lighthouse keeper, dies …": a full name opening the sentence, before its comma or its death verb. */
const OPENING_NAME = /^((?:\p{Lu}[\p{Ll}’'-]+|\p{Lu}\.)(?: (?:\p{Lu}[\p{Ll}’'-]+|\p{Lu}\.)){1,3})(?:,| (?:died|dies|has died))/u;

/**
 * The person whose death the article reports first, in the headline or a sentence before `s`: the
 * earliest full name the article knows before a death verb, else the full name the sentence opens
 * on (an obituary's lead names its subject first, often without the cues that make a name a person).
 */
function deceased(s: TaggedSentence, article: ArticleIndex): string | null {
	const told = [article.headline, ...article.sentences.filter((o) => o.index < s.index).map((o) => o.text)];
	for (const text of told) {
		const verb = DIED.exec(text);
		if (!verb) continue;
		const before = text.slice(0, verb.index);
		const named = [...article.people.keys()]
			.map((name) => ({ name, at: before.search(new RegExp(`(?<!\\p{L})${escapeRegExp(name)}(?!\\p{L})`, 'u')) }))
			.filter((n) => n.at >= 0)
			.sort((a, b) => a.at - b.at);
		if (named.length > 0) return named[0].name;
		const opening = OPENING_NAME.exec(text.trim());
		if (opening) return opening[1];
	}
	return null;
}

/** "complications of pneumonia": a typed "pneumonia" names the same cause. */
const ACCEPT = /^complications (?:of|from) (.+)$/i;

export const deathCause: FactKindModule<'death-cause'> = {
	kind: 'death-cause',
	claims: false,
	find(s, ctx) {
		const m = SAID.exec(s.text) ?? FRONTED.exec(s.text);
		if (!m) return [];
		const cause = m[1].trim();
		// A cause in a clause of its own ("that he had worked himself to exhaustion") is no short answer.
		if (wordCount(cause) > 6 || unresolvedPronoun(cause)) return [];
		const who = deceased(s, ctx.article);
		if (!who) return [];
		return [{ ...relationFact(s, cause, s.text.indexOf(cause, m.index), `death-cause|${who}`), kind: 'death-cause', who }];
	},
	ask(fact, ctx) {
		const prompt = `What was the cause of ${fact.who}’s death?`;
		const also = ACCEPT.exec(fact.answer)?.[1];
		return [
			relationQuestion(
				fact,
				ctx.sentence,
				{ type: 'short_answer', prompt, answer: finish(fact.answer), ...(also ? { accept: [also] } : {}) },
				'wh',
				'death-typed'
			),
			relationQuestion(fact, ctx.sentence, { type: 'flashcard', prompt, back: capitalise(finish(fact.answer)) }, 'card', 'death')
		];
	},
	// How the subject of an obituary died is among the first things its reader is told.
	score: () => 4
};
