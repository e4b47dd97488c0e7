import { AUXILIARIES, finish } from '../english';
import type { Token } from '../tokens';
import { baseOf } from './clause';
import type { LeadClaim } from './lead-claim';
import { finite, has } from './lead-phrases';

/**
 * Two lead shapes that say when and how much rather than what: a denied verb held back to a
 * time ("Castlebrook's new eastern tram line will not carry passengers until June 2026") is a
 * claim about when it will happen, asked "When will Castlebrook's new eastern tram line carry
 * passengers?" → "June 2026"; and a second predicate joined by "and" whose object is a sum
 * ("… and will cost £547 million") is asked "How much will … cost?" → "£547 million".
 */

/** The time after "until": this many words at most, up to the clause's comma. */
const TIME_MAX = 5;
/** The words between the verb and "until" (its object): at most this many. */
const OBJECT_MAX = 6;

/** The question's verb group without the negation: "will … carry", "did … open", "was … completed". */
function askedVerbs(verbs: Token[]): { aux: string; rest: string } | null {
	const not = verbs.findIndex((t) => /^(?:not|never)$/i.test(t.text));
	const aux = verbs[0].text.toLowerCase();
	// "won't", "didn't" and a negation anywhere but after the first auxiliary do not invert cleanly.
	if (not !== 1 || !AUXILIARIES.has(aux) || verbs[0].post !== ' ') return null;
	const rest = verbs.slice(2);
	if (rest.length === 0 || !rest.every((t) => /^[a-z]+$/.test(t.text))) return null;
	return { aux, rest: rest.map((t) => t.text).join(' ') };
}

/** A denied verb held back to a time (see the module comment); null for "until" with a clause after it, or no time at all. */
export function untilClaim(text: string, tokens: Token[], v: number, verbs: Token[], subjectText: string, asked: string): LeadClaim | null {
	// The verb group stops at "not" ("will not"): the verbs after it ("carry", "be completed") are read on here.
	const held = [...verbs];
	while (v + 1 < tokens.length && tokens[v].post === ' ' && has(tokens[v + 1], 'Verb') && !has(tokens[v + 1], 'Gerund')) held.push(tokens[++v]);
	const group = askedVerbs(held);
	if (!group) return null;
	const until = tokens.findIndex((t, i) => i > v && t.text === 'until');
	if (until < 0 || until - v - 1 > OBJECT_MAX || tokens.slice(v, until).some((t) => t.post.trim() !== '')) return null;
	// The time runs to the clause's comma, or to an "and", "after" or "at" that starts something else.
	let end = until + 1;
	while (end < tokens.length && tokens[end - 1].post.trim() === '' && !has(tokens[end], 'Conjunction', 'Preposition')) end++;
	const time = tokens.slice(until + 1, end);
	// "until the council approves funding" is a condition, not a time: the phrase must hold a date or a year, and no verb.
	const dated = time.some((t) => has(t, 'Date') || /^\d{4}$/.test(t.text));
	if (time.length === 0 || time.length > TIME_MAX || !dated || time.some((t) => finite(t) && !/^\d/.test(t.text))) return null;
	const object = until > v + 1 ? ` ${text.slice(tokens[v + 1].start, tokens[until - 1].end)}` : '';
	const when = text.slice(time[0].start, time[time.length - 1].end);
	return {
		clause: `${subjectText} ${text.slice(held[0].start, time[time.length - 1].end)}`,
		asked,
		plural: false,
		verbs: held,
		object: when,
		complement: `Not until ${when}`,
		doer: `When ${group.aux} ${asked} ${group.rest}${object}?`
	};
}

/** A sum of money: "£547 million", "$2.1 billion". */
const SUM = /^(?:[$€£]|US\$)\d[\d.,]*(?: (?:million|billion|trillion))?/;

/**
 * "… and will cost £547 million": a second predicate of the lead's subject whose object is a sum,
 * asked "How much will <subject> cost?"; null when none follows the main verb at `v`.
 */
export function amountClaim(text: string, tokens: Token[], v: number, subjectText: string, asked: string, plural: boolean): LeadClaim | null {
	const and = tokens.findIndex((t, i) => i > v && t.text === 'and' && tokens[i + 1] && finite(tokens[i + 1]));
	if (and < 0) return null;
	let verb = and + 1;
	const aux = AUXILIARIES.has(tokens[verb].text.toLowerCase()) && tokens[verb + 1] && has(tokens[verb + 1], 'Verb') ? tokens[verb++] : null;
	const money = tokens[verb + 1];
	const sum = money && has(money, 'Money') ? SUM.exec(text.slice(money.start)) : null;
	if (!sum || tokens[verb].post !== ' ' || !/^[a-z]+$/.test(tokens[verb].text)) return null;
	// "cost £3 more than …": a sum that a comparison follows is a difference, not what it costs.
	const after = tokens.find((t) => t.start >= money.start + sum[0].length);
	const closed = !after || /[,.;]/.test(text.slice(money.start + sum[0].length, after.start));
	if (!closed && (!has(after, 'Preposition') || after.text === 'than')) return null;
	const said = text.slice(tokens[and + 1].start, money.start + sum[0].length);
	const question = aux
		? `How much ${aux.text.toLowerCase()} ${asked} ${tokens[verb].text}?`
		: `How much ${has(tokens[verb], 'PastTense') ? 'did' : plural ? 'do' : 'does'} ${asked} ${baseOf(tokens[verb].text)}?`;
	return {
		clause: `${subjectText} ${said}`,
		asked,
		plural,
		verbs: aux ? [aux, tokens[verb]] : [tokens[verb]],
		object: sum[0],
		complement: finish(`${subjectText} ${said}`),
		doer: question
	};
}
