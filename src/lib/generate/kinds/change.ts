import { normaliseAnswer } from '../../quiz/normalise';
import { arrange, numberDistractors } from '../distractors';
import { finish, lowerFirst, wordCount } from '../english';
import type { QuantityFact } from '../facts/types';
import { trimLead } from '../questions/phrasing';
import { amountQuestion, byBack, changesBy } from './change-by';
import type { FactKindModule } from './kind';
import { cardBack, relationFact, relationQuestion, standsAlone } from './relation';

const UP = 'rose|risen|increased|grew|grown|climbed|jumped|went up|doubled|tripled';
const DOWN = 'fell|fallen|decreased|dropped|declined|shrank|went down|was cut|were cut';

/** "X rose from A to B …": the subject, the verb, the two values and what follows them. */
const CHANGE = new RegExp(`^(?:([^,]{0,40}), )?(.{3,80}?) ((?:(?:has|had|have) )?(?:${UP}|${DOWN})) from ([^,;]{1,60}?) to ([^,;]{1,90})$`, 'u');

/**
 * "rose from 18 percent to 41 percent": two values of one shape read as a range, so neither is a
 * quantity fact (see facts/quantities.ts); after a verb of change they are its two ends. The end
 * value is then the number and its percent or currency as written.
 */
const BARE_VALUE = /^(?:US\$|[$€£¥])?\d[\d,]*(?:\.\d+)?(?: (?:thousand|million|billion))?(?:%| percent\b| per cent\b)?/;

/** The words a change's question keeps after the values: the time it took, not the unit ("a loaf"). */
function when(rest: string): string {
	const m = /\b(?:between|in|over|during|since|after|within|by|from|among|across|at) .*$/.exec(rest);
	return m ? ` ${m[0]}` : '';
}

/**
 * "In the lit plots, the deficit rose from …": a place the change holds in, fronted before the
 * subject, belongs to the question as much as a time after the values does. Kept when the values
 * have no time or place of their own after them, as " in the lit plots".
 */
function where(front: string | undefined, rest: string): string {
	if (!front || when(rest) !== '') return '';
	const m = /^(?:In|At|Among|Across) ((?:the|its|their) [\p{Ll}-]+(?: [\p{Ll}-]+){0,3})$/u.exec(front);
	return m ? ` ${front.charAt(0).toLowerCase()}${front.slice(1)}` : '';
}

/**
 * Comparisons and changes: "The price rose from 6 cents to 19 cents between December and
 * February". Asked as "How did the price change …?": a card with the whole clause on its back,
 * and a choice between the real change, its reverse and other end values.
 */
export const change: FactKindModule<'change'> = {
	kind: 'change',
	claims: false,
	find(s, ctx) {
		// The change is one clause: what follows "; …" or ", while …" is another claim.
		const cut = s.text.search(/;|, (?:and|but|while|whereas|compared)\b/);
		const clause = finish(cut >= 0 ? s.text.slice(0, cut) : s.text);
		const m = CHANGE.exec(clause);
		if (!m) return changesBy(s, ctx);
		const subject = trimLead(m[2]).text;
		const toAt = (m.index ?? 0) + m[0].length - m[5].length;
		const end = ctx.own.find((f): f is QuantityFact => f.kind === 'quantity' && f.answerStart === s.start + toAt);
		const bare = end || !/\d/.test(m[4]) ? null : BARE_VALUE.exec(m[5])?.[0];
		// "Supporters point to Oregon, where the return rate rose …": a subject opening on a relative or
		// subordinating word is a clause inside another, whose own subject the comma cut off.
		if (/^(?:where|when|while|whereas|which|who|whose|as|because|if|although|though|since|after|before)\b/i.test(subject)) return [];
		if ((!end && !bare) || !/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b/.test(m[4]) || !standsAlone(subject) || wordCount(subject) > 10)
			return [];
		const to = end ? s.text.slice(toAt, end.end - s.start) : (bare ?? '');
		return [
			{
				...relationFact(s, to, toAt, `change|${normaliseAnswer(subject)}|${normaliseAnswer(to)}`),
				kind: 'change',
				subject: lowerFirst(subject),
				verb: m[3],
				up: new RegExp(`(?:${UP})$`).test(m[3]),
				from: m[4],
				rest: `${m[5].slice(to.length)}${where(m[1], m[5].slice(to.length))}`
			}
		];
	},
	ask(fact, ctx) {
		const prompt = `How did ${fact.subject} change${when(fact.rest)}?`;
		if (fact.by !== undefined) {
			const quantities = ctx.all.filter((f): f is QuantityFact => f.kind === 'quantity');
			const amount = amountQuestion(fact, ctx.sentence, quantities);
			const card = relationQuestion(fact, ctx.sentence, { type: 'flashcard', prompt, back: cardBack(byBack(fact)) }, 'card', 'how');
			return amount ? [card, amount] : [card];
		}
		const verb = fact.verb.replace(/^(?:has|had|have) /, '');
		const right = `It ${verb} from ${fact.from} to ${fact.answer}`;
		const out = [relationQuestion(fact, ctx.sentence, { type: 'flashcard', prompt, back: cardBack(`${right}${fact.rest}`) }, 'card', 'how')];
		const end = ctx.all.find((f): f is QuantityFact => f.kind === 'quantity' && f.answerStart === fact.answerStart);
		const opposite = fact.up ? 'fell' : 'rose';
		const wrong = [`It ${opposite} from ${fact.answer} to ${fact.from}`];
		if (end)
			for (const d of numberDistractors(end, ctx.all, fact.key, 2, ctx.sentence.text))
				wrong.push(`It ${verb} from ${fact.from} to ${fact.answer.replace(end.answer, d)}`);
		if (wrong.length >= 2 && /^(?:rose|fell|increased|decreased|grew|dropped|declined|climbed)$/.test(verb)) {
			const { choices, answer } = arrange(right, wrong, `${fact.key}|how`, false);
			out.push(relationQuestion(fact, ctx.sentence, { type: 'mcq', prompt, choices, answer }, 'wh', 'how-mcq'));
		}
		return out;
	},
	score: () => 3.5
};
