import { normaliseAnswer } from '../../quiz/normalise';
import { wordCount } from '../english';
import { isCommonWord } from '../frequency';
import type { EffectFact, TaggedSentence } from '../facts/types';
import { trimLead } from '../questions/phrasing';
import { sentenceBefore, type FindContext } from './kind';
import { NOT_A_SUBJECT } from './clause';
import { relationFact, standsAlone } from './relation';
import { resolveLeadPronoun } from '../references-resolve';

/**
 * The effect of an action with its size: "Shading the reef cut bleaching by more than half",
 * "The new cap will cut typical bills by 8 per cent". change-by.ts reads a quantity that moved
 * by itself ("Net income fell 19%"); this reads what something did to it, so the question can
 * ask how much the action changed the thing.
 */

/** The verbs of making a thing more or less (a closed class), base form to past, third person and opposite. */
export const VERBS: Record<string, { past: string; s: string; opposite: string }> = {
	cut: { past: 'cut', s: 'cuts', opposite: 'raise' },
	reduce: { past: 'reduced', s: 'reduces', opposite: 'increase' },
	lower: { past: 'lowered', s: 'lowers', opposite: 'raise' },
	slash: { past: 'slashed', s: 'slashes', opposite: 'raise' },
	halve: { past: 'halved', s: 'halves', opposite: 'double' },
	narrow: { past: 'narrowed', s: 'narrows', opposite: 'widen' },
	raise: { past: 'raised', s: 'raises', opposite: 'lower' },
	increase: { past: 'increased', s: 'increases', opposite: 'reduce' },
	boost: { past: 'boosted', s: 'boosts', opposite: 'reduce' },
	double: { past: 'doubled', s: 'doubles', opposite: 'halve' },
	widen: { past: 'widened', s: 'widens', opposite: 'narrow' }
};
const FORMS = new Map(Object.entries(VERBS).flatMap(([base, v]) => [[base, base] as const, [v.past, base] as const, [v.s, base] as const]));

/** "will cut", "could reduce", "has cut", "also raised": an auxiliary or modal before the verb. */
const AUX = /^(will|would|could|can|may|might|should|has|have|had)$/;

/** "(The utility estimates that) …", "(…, said) the switch …": a reporting frame before the clause whose agent is asked. */
const FRAME =
	/^(?:.{3,60}? )?(?:said|says|estimates|estimated|reported|reports|found|finds|showed|shows|concluded|expects|expected|calculates|calculated) (?:that )?/;

const NUMBER_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|a hundred|a few)';
const HEDGE = '(?:(?:about|around|roughly|nearly|almost|more than|less than|over|some|up to|at least|just over|just under|an estimated) )?';
/**
 * The amount after "by": a percentage, a number with its unit ("4,100 tonnes a year", "four
 * metres"), or a fraction ("half", "a third", "two-thirds"). A bare number or a year ("by 2030")
 * says no size.
 */
const AMOUNT = new RegExp(
	`^${HEDGE}(?:(?:\\d[\\d,.]*|${NUMBER_WORD}) ?(?:%|percent|per cent|percentage points?|(?!(?:and|or|in|on|at|to|from|the|a|an)\\b)\\p{Ll}+(?: (?:a|per) (?:year|day|week|month|hour))?)|half|a (?:half|third|quarter|fifth|tenth|day|week|month|year)|two-thirds|three-quarters|a factor of (?:\\d+|${NUMBER_WORD}))(?![\\p{L}\\d])`,
	'u'
);

/** What follows the verb: what it changed (no comma, quote or second "by") and "by". */
const OBJECT_BY = /^ ((?:(?!\bby\b)[^,;:()“”"])+?) by (?=\S)/u;

/** An opening word that a question lowers: a common word or a gerund ("Floating", "Shading"), not a name ("Veridia"). */
function asked(agent: string): string {
	const first = agent.split(' ')[0];
	return /^\p{Lu}\p{Ll}+$/u.test(first) && (isCommonWord(first) || /ing$/.test(first)) ? agent.charAt(0).toLowerCase() + agent.slice(1) : agent;
}

/**
 * The agent: the clause's words before the verb, without a reporting frame, a connective or an
 * opening phrase cut off by a comma. One to ten words that name something on their own (a
 * gerund phrase such as "Shading the reef" counts; "That change", "it" and a relative clause do not).
 */
function agentOf(before: string): string | null {
	let text = before.slice(before.lastIndexOf(', ') + 1).trim();
	text = trimLead(text.replace(FRAME, '')).text.replace(/^(?:but|and|yet|so|still|also) /i, '');
	const n = wordCount(text);
	if (
		n < 1 ||
		n > 10 ||
		NOT_A_SUBJECT.test(text) ||
		!standsAlone(text) ||
		/[“”"()]|\b(?:that|which|who|whose|where|while|if|when|because|although|though|unless|until|whereas)\b/i.test(text)
	)
		return null;
	// "In 2016 a marine heatwave": an opening preposition leaves the agent further on, cut by no comma.
	if (/^(?:In|On|At|By|From|After|Before|During|Since|Over|For|With|Without|Under|Than|As)\b/.test(text)) return null;
	return text;
}

/** The auxiliary of the question: the modal as written, "did" for a past verb, "does"/"do" for a present one. */
function auxFor(aux: string, verb: string, base: string, agent: string): string | null {
	if (aux) return /^(?:has|have|had)$/.test(aux) ? 'did' : aux;
	if (verb === VERBS[base].s) return 'does';
	// "cut" is past or present: a news report's "cut" is past; a plural present ("The screens cut") reads the same asked as past.
	if (verb === VERBS[base].past) return 'did';
	return /s$/.test(agent.split(' ').pop() ?? '') ? 'do' : null;
}

/** "about 40 percent" → 40: the amount as a number, when it is a percentage. */
function percentOf(amount: string): number | undefined {
	const m = /(\d[\d,.]*) ?(?:%|percent|per cent)$/.exec(amount);
	return m ? Number(m[1].replace(/,/g, '')) : undefined;
}

/** The auxiliary right before the verb ("will", "has"), with an "also" between them skipped. */
function auxBefore(s: TaggedSentence, i: number): { text: string; at: number } {
	const also = s.tokens[i - 1]?.text.toLowerCase() === 'also';
	const t = s.tokens[also ? i - 2 : i - 1];
	if (t && AUX.test(t.text.toLowerCase())) return { text: t.text.toLowerCase(), at: t.start };
	return { text: '', at: s.tokens[also ? i - 1 : i].start };
}

/** "…raised its forecast to between $4.30 and $4.40 a share (from a range of $4.10 to $4.25)": the object, the new value and the old. */
const OBJECT_TO =
	/^ ((?:(?!\b(?:to|by)\b)[^,;:()“”"\d])+?) to ((?:between |about |around |roughly |nearly |almost )?[$€£]?\d[^,;]*?)(?: from ([^,;]*?\d[^,;]*?))?(?=[,;]|\.?$| in | on | after | as | because )/u;

/**
 * "…showed that cutting long slots along the deck allowed air to pass. That change raised …":
 * "that change" is the one action the sentence before names as a subject, a gerund phrase
 * opening it or one of its "that" clauses. Null when it names none or more than one.
 */
function actionIn(prev: TaggedSentence): string | null {
	const starts = [0, ...[...prev.text.matchAll(/\bthat /g)].map((m) => (m.index ?? 0) + 5)];
	// The words up to the first finite verb after the gerund ("cutting long slots … deck | allowed").
	const subjectAt = (from: number) => {
		const verb = prev.tokens.find(
			(t) => t.start > from && t.tags.has('Verb') && (t.tags.has('PastTense') || t.tags.has('PresentTense')) && !t.tags.has('Gerund')
		);
		return verb ? prev.text.slice(from, verb.start).trim() : null;
	};
	const actions = starts
		.map(subjectAt)
		.filter((a): a is string => !!a && /^\p{L}+ing\b/u.test(a) && wordCount(a) >= 3 && wordCount(a) <= 12 && standsAlone(a) && !/[,;:]/.test(a));
	return actions.length === 1 ? actions[0].charAt(0).toLowerCase() + actions[0].slice(1) : null;
}

/**
 * The agent of the verb at `at`: the words before it, or an opening "It"/"They" named from the
 * sentence before ("It raised its forecast …" after "Kestrel now expects …").
 */
function agentAt(s: TaggedSentence, at: number, ctx: FindContext): string | null {
	const own = agentOf(s.text.slice(0, at));
	if (own) return own;
	const prev = sentenceBefore(s, ctx);
	if (/^(?:That|This) \p{Ll}+ $/u.test(s.text.slice(0, at))) return prev ? actionIn(prev) : null;
	if (!/^(?:It|They) $/.test(s.text.slice(0, at))) return null;
	const resolved = prev ? resolveLeadPronoun(s.text, prev) : null;
	return resolved?.ok && resolved.replacements.length === 1 ? resolved.replacements[0].to : null;
}

export function effectsIn(s: TaggedSentence, ctx: FindContext): EffectFact[] {
	const out: EffectFact[] = [];
	for (const [i, t] of s.tokens.entries()) {
		const base = FORMS.get(t.text);
		if (!base) continue;
		const by = OBJECT_BY.exec(s.text.slice(t.end));
		const to = by ? null : OBJECT_TO.exec(s.text.slice(t.end));
		const m = by ?? to;
		if (!m) continue;
		const valueAt = by ? t.end + m[0].length : t.end + m[0].indexOf(` to ${m[2]}`) + 4;
		const amount = by ? AMOUNT.exec(s.text.slice(valueAt))?.[0] : m[2];
		const aux = auxBefore(s, i);
		const agent = agentAt(s, aux.at, ctx);
		const object = m[1].trim();
		// "Norvik increased its stake": an "its" in the object may mean the agent, never a thing before the sentence.
		if (!amount || !agent || !standsAlone(`${agent} ${t.text} ${object}`) || wordCount(object) > 12 || /\d/.test(object)) continue;
		// "to between $4.30 and $4.40 a share": a value of a few words, not a clause that happens to hold a number.
		if (to && (wordCount(amount) > 10 || wordCount(object) > 8 || /^(?:1[89]|20)\d\d$/.test(amount))) continue;
		const asks = auxFor(aux.text, t.text, base, agent);
		if (!asks) continue;
		const percent = by ? percentOf(amount) : undefined;
		// "In 2016, a marine heatwave raised …": the year the sentence opens on says which event, so the question keeps it.
		const when = /^((?:In|By|Last|Earlier|Later|Since|During) (?:(?:early|late|mid-?)?\s?\d{4}|\p{Lu}\p{Ll}+(?: \d{4})?|year|month|the [\p{Ll} ]+?)), /u.exec(
			s.text
		)?.[1];
		out.push({
			...relationFact(s, amount, valueAt, `effect|${normaliseAnswer(object)}`),
			kind: 'effect',
			agent: asked(agent),
			verb: base,
			aux: asks,
			object,
			form: by ? 'by' : 'to',
			...(percent !== undefined ? { percent } : {}),
			...(to?.[3] ? { from: to[3] } : {}),
			...(when && s.text.startsWith(`${when}, `) && aux.at === when.length + 2 + agent.length + 1 ? { when } : {})
		});
	}
	return out;
}
