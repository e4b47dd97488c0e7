import { normaliseAnswer } from '../../quiz/normalise';
import { parseNumber } from '../../quiz/parse-number';
import { MONTH_PATTERN } from '../calendar';
import type { Token } from '../tokens';
import { listAfter } from './counted-list';
import { readUnit } from './units';
import type { NumberForm, QuantityFact, TaggedSentence } from './types';

const WORD_NUMBER =
	'(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
const DIGITS = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';
const MULTIPLIER = '(?: (?:thousand|million|billion|trillion))';
/** ISO codes a currency is written with before its amount ("NOK 38 million", "CHF 2.4 million"): a closed list. */
const CURRENCY_CODE = '(?:NOK|SEK|DKK|ISK|CHF|EUR|USD|GBP|JPY|CAD|AUD|NZD|INR|CNY|ZAR|PLN|CZK|HUF) ';
/**
 * A number with its currency, multiplier and percent sign. "one" is left out on purpose: it is
 * far more often a pronoun ("one of the …") than a count.
 */
const NUMBER = new RegExp(
	`(?<![\\p{L}\\p{N}\\-.,:/])(US\\$|[$€£¥]|${CURRENCY_CODE})?(${DIGITS}|${WORD_NUMBER}(?: hundred)?)(${MULTIPLIER})?(%| percent\\b| per cent\\b)?(?![\\p{L}\\p{N}]|-\\p{L}|[-–:/]\\d|,\\d)`,
	'giu'
);
const QUALIFIERS =
	/(?:^|\s)(approximately|approx\.|about|around|roughly|nearly|almost|over|more than|less than|fewer than|at least|at most|up to|some|just|only|under|an estimated|estimated|a total of|a record)\s$/i;
const DATE_BEFORE = new RegExp(`(?:${MONTH_PATTERN})\\s$`, 'i');
const DATE_AFTER = new RegExp(`^\\s(?:${MONTH_PATTERN})\\b`, 'i');
const TIME_AFTER = /^\s?(?:[ap]\.m\.|[ap]m\b|o'clock|GMT|UTC)/i;
const RANGE_BEFORE = /(?:between|aged)\s$/i;
/** "between 15% and 18%", "10 and 15": a number joined to another of the same shape. */
function inRange(before: string, after: string, whole: string): boolean {
	const shape = (n: string) => n.replace(/[\d,.]+/, '0').replace(/ (?:thousand|million|billion|trillion)/i, '');
	const next = /^\s?(?:and|to|or|–)\s?((?:US\$|[$€£¥])?\d[\d,.]*(?:%| percent| per cent)?)/i.exec(after);
	if (next && shape(next[1]) === shape(whole)) return true;
	const prev = /((?:US\$|[$€£¥])?\d[\d,.]*(?:%| percent| per cent)?)\s?(?:and|to|or|–)\s?$/i.exec(before);
	return !!prev && shape(prev[1]) === shape(whole);
}
const OF_AFTER = /^ of (?:the|them|their|its|his|her|our|these|those)\b/i;

const RELATIVE = /^(?:where|which|that|who|whom|whose|when|whereby)$/i;

/** Words that may stand in a counted noun phrase: "24 Ukrainian drones", "two S-200 anti-aircraft missiles". */
function isCountWord(t: Token, first: boolean): boolean {
	if (/^\(|\)$/.test(t.pre) || t.tags.has('Value') || t.tags.has('Date')) return false;
	// "stations where trains can stop": a relative word ends the phrase; what follows is another clause.
	if (t.tags.has('QuestionWord') || RELATIVE.test(t.text)) return false;
	if (t.tags.has('Determiner') || t.tags.has('Preposition') || t.tags.has('Conjunction') || t.tags.has('Pronoun')) return false;
	if (t.tags.has('Adverb') || t.tags.has('Copula') || t.tags.has('Auxiliary') || t.tags.has('Modal')) return false;
	// "one in ten adults has …": the auxiliaries ending in "s" (a closed class) are the clause's verb, never counted.
	if (/^(?:has|is|was|does)$/i.test(t.text)) return false;
	if (t.tags.has('Verb')) {
		// compromise tags "drones" or "works" after a number as a verb; a plural-looking word
		// straight after a number is a count noun.
		return (first || t.tags.has('PresentTense')) && /\p{L}s$/u.test(t.text) && !t.tags.has('PastTense') && !t.tags.has('Gerund');
	}
	return /^[\p{L}][\p{L}\p{N}’'-]*$/u.test(t.text);
}

function isPlural(t: Token): boolean {
	return (
		t.tags.has('Plural') ||
		(/[^s]s$/.test(t.text) && !t.tags.has('Possessive')) ||
		/^(?:people|police|staff|cattle|livestock|children|men|women)$/i.test(t.text)
	);
}

/** The counted noun phrase after a number: up to five words ending in a plural noun. */
function readCounts(tokens: Token[], sentence: string, from: number): { text: string; end: number } | null {
	const words: Token[] = [];
	let best = -1;
	let bracket = false;
	for (let i = 0; i < tokens.length && words.length < 6; i++) {
		const t = tokens[i];
		if (t.start < from) continue;
		if (words.length === 0 && t.start > from + 1) return null;
		// "HIMARS MLRS (multiple launch rocket systems) projectiles": skip the brackets.
		if (bracket || t.pre.includes('(')) {
			bracket = !t.post.includes(')');
			continue;
		}
		const compound = i > 0 && tokens[i - 1].post === '-';
		if (!compound && !isCountWord(t, words.length === 0)) break;
		words.push(t);
		if (isPlural(t)) best = words.length;
		if (t.tags.has('Verb') && !compound) break;
		if (/[,.;:!?)—–]/.test(t.post) || /["”]/.test(t.post)) break;
		if (t.post.includes('(')) bracket = false;
	}
	if (best < 0) return null;
	const phrase = words.slice(0, best);
	const text = phrase.map((w, k) => (k > 0 && phrase[k - 1].post === '-' ? '-' : k > 0 ? ' ' : '') + w.text).join('');
	const end = phrase[phrase.length - 1].end;
	// "112 barbers, stylists and pharmacy assistants": the number counts the whole list.
	const list = listAfter(tokens, tokens.indexOf(phrase[phrase.length - 1]));
	if (list === 'unclear') return null;
	return list === 'none' ? { text, end } : { text: `${text}${sentence.slice(end, list.end)}`, end: list.end };
}

function formOf(currency: string, numeral: string, multiplier: string, percent: string): NumberForm {
	const words = /^\p{L}/u.test(numeral);
	const base = parseNumber(numeral) ?? 0;
	return {
		currency,
		base,
		multiplier,
		percent,
		decimals: /\.(\d+)$/.exec(numeral)?.[1].length ?? 0,
		commas: numeral.includes(','),
		words,
		capital: /^\p{Lu}/u.test(numeral)
	};
}

/**
 * The quantities of a sentence: numbers with what they count or their unit. Years standing
 * alone, dates, times, scores ("2-1"), ranges, ordinals, parts of names ("S-200") and number
 * words meaning "one of" are left out.
 */
/** "an over-six-hour attack", "a 12-week trial": a number joined to its unit by hyphens, before a noun. */
const HYPHENATED = new RegExp(
	`(?<![\\p{L}\\p{N}])(?:(over|more-than|nearly|almost)-)?(\\d+|${WORD_NUMBER})-(hour|day|week|month|year|minute|mile|kilometre|metre)(?= \\p{Ll})`,
	'giu'
);

function hyphenated(s: TaggedSentence): QuantityFact[] {
	const out: QuantityFact[] = [];
	for (const m of s.text.matchAll(HYPHENATED)) {
		const value = parseNumber(m[2]);
		if (value === null) continue;
		const at = (m.index ?? 0) + (m[1] ? m[1].length + 1 : 0);
		const form = formOf('', m[2], '', '');
		const unit = `${m[3].toLowerCase()}s`;
		out.push({
			kind: 'quantity',
			text: s.text.slice(at, (m.index ?? 0) + m[0].length),
			value,
			unit,
			sentence: s.index,
			start: s.start + at,
			end: s.start + (m.index ?? 0) + m[0].length,
			answer: m[2],
			answerStart: s.start + at,
			answerEnd: s.start + at + m[2].length,
			key: `${value}|${unit}`,
			...(m[1] ? { qualifier: m[1].replace(/-/g, ' ') } : {}),
			form
		});
	}
	return out;
}

export function extractQuantities(s: TaggedSentence): QuantityFact[] {
	const out: QuantityFact[] = [...hyphenated(s)];
	const text = s.text;
	for (const m of text.matchAll(NUMBER)) {
		const at = m.index ?? 0;
		const [whole, currencyRaw, numeral, multRaw, pctRaw] = m;
		const currency = currencyRaw ?? '';
		const multiplier = multRaw ?? '';
		const percent = pctRaw ?? '';
		const before = text.slice(Math.max(0, at - 20), at);
		const after = text.slice(at + whole.length, at + whole.length + 40);
		if (DATE_BEFORE.test(before) || DATE_AFTER.test(after) || TIME_AFTER.test(after)) continue;
		if (RANGE_BEFORE.test(before) || inRange(before, after, whole)) continue;
		const form = formOf(currency, numeral, multiplier, percent);
		const value = parseNumber(`${numeral}${multiplier}`);
		if (value === null) continue;
		const plainYear = !currency && !multiplier && !percent && !form.commas && !form.words && Number.isInteger(value) && value >= 1000 && value <= 2100;
		const unitWord = percent ? null : readUnit(after);
		const counts = percent || unitWord ? null : readCounts(s.tokens, s.text, at + whole.length);
		if (plainYear && !counts && !unitWord) continue;
		if (form.words && !counts && !unitWord) continue;
		if (!currency && !percent && !unitWord && !counts && OF_AFTER.test(after)) continue;
		const unit = currency ? currency : percent ? '%' : (unitWord ?? undefined);
		let end = at + whole.length;
		if (unitWord) end += 1 + unitWord.length;
		if (counts) end = counts.end;
		const qualifier = QUALIFIERS.exec(before)?.[1];
		const factText = text.slice(at, end);
		out.push({
			kind: 'quantity',
			text: factText,
			value,
			unit: unit === '' ? undefined : unit,
			counts: counts?.text,
			sentence: s.index,
			start: s.start + at,
			end: s.start + end,
			answer: whole,
			answerStart: s.start + at,
			answerEnd: s.start + at + whole.length,
			key: `${value}|${normaliseAnswer(counts?.text ?? unit ?? '')}`,
			qualifier,
			form
		});
	}
	return out;
}
