import { attributes, findQuotes, quoteFact } from '../facts/quotes';
import type { QuoteFact } from '../facts/types';
import { quoteQuestions } from '../questions/cards';
import type { PersonFact } from '../facts/types';
import { peopleGenders, pronounGender, type PeopleGenders } from '../references-gender';
import type { ArticleIndex, FactKindModule, FindContext } from './kind';

const PRONOUN_ATTRIBUTION = /\b(?:he|she)\s+(?:said|added|says|told|posted|wrote|warned|explained|noted|continued)\b|\b(?:said|added)\s+(?:he|she)\b/i;

const genders = new WeakMap<ArticleIndex, PeopleGenders>();
/** The gender the article shows for each person it names in full (see `peopleGenders`), read once per article. */
export const gendersOf = (article: ArticleIndex) =>
	genders.get(article) ??
	genders
		.set(
			article,
			peopleGenders(
				article.people.keys(),
				article.sentences.map((s) => s.text)
			)
		)
		.get(article)!;

/**
 * The one person "he" or "she" can mean among those named before it: the people of the nearest
 * sentence that names someone the pronoun fits. "Coach Priya Natarajan said the decision to bring
 * Daniel Osei back …" gives "she" Natarajan, not Osei, who was named last; a sentence naming two
 * people the pronoun fits ("Rivas beat Okoro") gives no one.
 */
function speakerOf(pronoun: string, recent: PersonFact[], people: PeopleGenders): string | undefined {
	const gender = pronounGender(pronoun);
	for (const index of [...new Set(recent.map((f) => f.sentence))].reverse()) {
		const fitting = new Set(recent.filter((f) => f.sentence === index && [gender, null, undefined].includes(people.get(f.key))).map((f) => f.key));
		if (fitting.size > 0) return fitting.size === 1 ? [...fitting][0] : undefined;
	}
	return undefined;
}

/** The one person "he" or "she" (or "his", "her") at this sentence can mean, as `speakerOf` finds them; undefined when none or several. */
export const personMeant = (pronoun: string, ctx: FindContext): string | undefined => speakerOf(pronoun, ctx.recent, gendersOf(ctx.article));

/**
 * Quotes with their speaker: a person named in the attribution, or, for "he said", the one person
 * named earlier in the same or the previous paragraph whom the pronoun can mean.
 */
export const quote: FactKindModule<'quote'> = {
	kind: 'quote',
	claims: false,
	find(s, ctx) {
		const out: QuoteFact[] = [];
		for (const q of findQuotes(s)) {
			if (!attributes(q.attribution)) continue;
			const outside = (f: { answerStart: number; answerEnd: number }) =>
				f.answerStart >= q.end || f.answerEnd <= q.start || (!!q.gap && f.answerStart >= q.gap.start && f.answerEnd <= q.gap.end);
			const named = ctx.own.find((f) => f.kind === 'person' && outside(f));
			if (named) out.push(quoteFact(s, q, named.key));
			else {
				const pronoun = PRONOUN_ATTRIBUTION.exec(q.attribution)?.[0].match(/\b(?:he|she)\b/i)?.[0];
				const speaker = pronoun ? speakerOf(pronoun, ctx.recent, gendersOf(ctx.article)) : undefined;
				if (speaker) out.push(quoteFact(s, q, speaker));
			}
		}
		return out;
	},
	ask: (fact, ctx) => quoteQuestions(fact, ctx.sentence, ctx.all, ctx.earlier, ctx.text),
	score: () => 2
};
