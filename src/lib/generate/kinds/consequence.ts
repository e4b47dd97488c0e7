import { normaliseAnswer } from '../../quiz/normalise';
import { finish, LEANING_LEAD, wordCount } from '../english';
import { frequencyRank } from '../frequency';
import { trimLead } from '../questions/phrasing';
import { firstClause } from '../questions/wh';
import { conditional } from './consequence-if';
import type { FactKindModule } from './kind';
import { cardBack, relationFact, relationQuestion, standsAlone } from './relation';

/** "A, leading to B", "A, causing B": an event and what followed from it. */
const FOLLOWS = /^(.{12,}?), (leading to|causing|prompting|resulting in|forcing) (.{4,})$/;

/**
 * An event that opens on "While …", "As …" or "Once …" is a second clause: after "What followed
 * when" it reads "when once the leaves become infected, spores …", two clauses run together.
 */
const SUBORDINATE = /^(?:While|Although|Though|As|When|Whereas|If|After|Before|Once|Until|Unless|Because|Since)\b/;

/** "…, as confirmed by Denis Pushilin": who reported it is no part of what followed. */
const ATTRIBUTION = /,\s+(?:as|according to)\b.*$/;

/** An opening common word in lower case ("in Donetsk"), a name ("Kyiv") as written. */
function commonFirst(text: string): string {
	const first = /^\p{L}+/u.exec(text)?.[0] ?? '';
	return frequencyRank(first.toLowerCase()) < COMMON_RANK ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** Words this frequent are ordinary English, not names. */
const COMMON_RANK = 5000;

/**
 * Consequences: "In Donetsk, a drone damaged a power station, leading to local blackouts." A
 * news report gives what followed from an event as often as its cause; the card asks what
 * followed the event, in the article's words, with what followed on the back. A condition
 * ("If A, B", "B if A") is asked the same way (consequence-if.ts).
 */
export const consequence: FactKindModule<'consequence'> = {
	kind: 'consequence',
	claims: false,
	find(s, ctx) {
		const m = FOLLOWS.exec(s.text);
		if (!m) {
			const f = conditional(s, ctx);
			return f ? [f] : [];
		}
		const event = finish(trimLead(m[1]).text);
		const result = finish(firstClause(m[3].replace(ATTRIBUTION, '')));
		const at = m[1].length + 2 + m[2].length + 1;
		const ok =
			standsAlone(event) &&
			standsAlone(result) &&
			!LEANING_LEAD.test(event) &&
			!SUBORDINATE.test(event) &&
			wordCount(event) >= 4 &&
			wordCount(event) <= 30 &&
			wordCount(result) >= 2 &&
			wordCount(result) <= 12;
		return ok ? [{ ...relationFact(s, result, at, `consequence|${normaliseAnswer(event).slice(0, 60)}`), kind: 'consequence', event }] : [];
	},
	ask(fact, ctx) {
		if (fact.prompt) return [relationQuestion(fact, ctx.sentence, { type: 'flashcard', prompt: fact.prompt, back: cardBack(fact.answer) }, 'card', 'if')];
		// "In Donetsk, a drone damaged …" reads after "when" as "a drone damaged … in Donetsk".
		const framed = /^(In|On|At|During) ([^,]{2,40}), (.+)$/.exec(finish(fact.event));
		const event = framed ? `${framed[3]} ${framed[1].toLowerCase()} ${framed[2]}` : finish(fact.event);
		const prompt = `What followed when ${commonFirst(event)}?`;
		return [relationQuestion(fact, ctx.sentence, { type: 'flashcard', prompt, back: cardBack(fact.answer) }, 'card', 'led-to')];
	},
	score: () => 3.5
};
