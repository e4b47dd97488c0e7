import { normaliseAnswer } from '../../quiz/normalise';
import { capitalise, clauseRest, outsideQuotes, wordCount } from '../english';
import type { DecisionFact, TaggedSentence } from '../facts/types';
import { isCommonWord } from '../frequency';
import type { Token } from '../tokens';
import type { FactKindModule } from './kind';
import { relationFact, relationQuestion, standsAlone } from './relation';

/**
 * A decision as the article reports it: "The committee voted unanimously on Tuesday to set up a
 * recovery fund", "Corran Instruments agreed to move part of its production to the estate", "The
 * board has decided to close the plant". Who decided and what they decided to do is the outcome
 * of a council, company or court story; no other kind asks it when no tally or figure is given.
 * Asked as a card: "What did the committee vote to do?" → "To set up a recovery fund …".
 */

/** The verbs that take a decision's infinitive, past tense → base (a closed class, like vote.ts's). */
const BASE: Record<string, string> = {
	voted: 'vote',
	agreed: 'agree',
	decided: 'decide',
	resolved: 'resolve',
	refused: 'refuse',
	declined: 'decline',
	pledged: 'pledge',
	promised: 'promise'
};

/**
 * Who (up to the verb), an optional perfect auxiliary, the verb, a short adverbial with no clause
 * break ("unanimously on Tuesday", "by 9 votes to 3") and the infinitive. The lazy gap passes
 * "to 3" and stops at the first "to" a lower-case word follows.
 */
const DECIDED = new RegExp(`^(.{3,140}?) (?:(has|have|had) )?(${Object.keys(BASE).join('|')})((?: [^,;:()]{1,40}?)??) to (\\p{Ll}[\\p{Ll}-]*)\\b`, 'u');

/** A decided deed this long is a paragraph, not a card's back. */
const MAX_WORDS = 30;

const tokensIn = (s: TaggedSentence, from: number, to: number): Token[] => s.tokens.filter((t) => t.start >= from && t.end <= to);

/**
 * Who decided, from the words before the verb: without an opening adverbial ("On 12 March 2025,",
 * "Last month", "The following year") or a trailing appositive (", a maker of …,"); null when
 * what is left is no plain noun phrase (a "said" clause, a relative "who", a pronoun).
 */
function decider(s: TaggedSentence, before: string): { text: string; at: number } | null {
	const parts: { text: string; at: number }[] = [];
	for (let at = 0, i = 0; i <= before.length; i++) {
		if (i === before.length || before[i] === ',') {
			const raw = before.slice(at, i);
			const lead = raw.length - raw.trimStart().length;
			if (raw.trim()) parts.push({ text: raw.trim(), at: at + lead });
			at = i + 1;
		}
	}
	// An opening adverbial is a comma-closed phrase on a preposition or of time words alone: "On 12 March 2025,", "Last year,".
	while (parts.length > 1) {
		const first = tokensIn(s, parts[0].at, parts[0].at + parts[0].text.length);
		const timeOnly = first.every((t) => ['Date', 'Value', 'Determiner', 'Adjective'].some((tag) => t.tags.has(tag)));
		if (!first[0] || !(first[0].tags.has('Preposition') || timeOnly)) break;
		parts.shift();
	}
	// Anything after the subject must be its appositive, closed by a comma before the verb.
	if (parts.length > 1 && !before.trimEnd().endsWith(',')) return null;
	let { text, at } = parts[0] ?? { text: '', at: 0 };
	// "Last month the authority", "The following year Corran Instruments", "Two years later the company": a time phrase without its comma.
	const words = tokensIn(s, at, at + text.length);
	const date = words.findIndex((t) => t.tags.has('Date'));
	if (date >= 0 && words.slice(0, date).every((t) => ['Determiner', 'Adjective', 'Value'].some((tag) => t.tags.has(tag)))) {
		let next = date + 1;
		// "Two years later the company": the time phrase runs on over its dates and a "later" or "earlier".
		while (words[next]?.tags.has('Date') || (words[next]?.tags.has('Adjective') && words[next]?.tags.has('Comparative'))) next++;
		if (!words[next]) return null;
		text = text.slice(words[next].start - at);
		at = words[next].start;
	}
	const own = tokensIn(s, at, at + text.length);
	const verb = own.some((t) => t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective'));
	const relative = own.some((t) => /^(?:who|which|that|whose)$/i.test(t.text));
	if (verb || relative || !own.some((t) => t.tags.has('Noun')) || wordCount(text) > 8 || !standsAlone(text)) return null;
	// "The estate", "the company": a bare common noun points back at a name told elsewhere.
	if (/^the \p{Ll}[\p{Ll}-]*$/iu.test(text)) return null;
	return { text, at };
}

/** The decider as it reads inside a question: "The county council's …" opens its sentence, "Corran Instruments" is a name. */
const inQuestion = (who: string): string => {
	const first = who.split(' ')[0];
	return /^\p{Lu}\p{Ll}+$/u.test(first) && isCommonWord(first) ? who.charAt(0).toLowerCase() + who.slice(1) : who;
};

/** What was decided, up to its clause's end; its possessives are the decider's, any other pronoun leans elsewhere. */
function deed(rest: string): string | null {
	const text = clauseRest(rest)
		.replace(/[.!?]+$/, '')
		.trim();
	const own = text.replace(/\b(?:its|their)\b/gi, '');
	if (wordCount(text) < 3 || wordCount(text) > MAX_WORDS || /\bdo so\b/.test(text) || !standsAlone(own)) return null;
	return text;
}

/** "Has agreed" asks "What has X agreed to do?", "agreed" asks "What did X agree to do?". */
const decidedPrompt = (body: string, aux: string | undefined, verb: string): string =>
	aux ? `What ${aux} ${body} ${verb} to do?` : `What did ${body} ${BASE[verb]} to do?`;

/** A decision, in reading order: who, the verb and the deed, or null. */
function decided(s: TaggedSentence): DecisionFact | null {
	// A decision inside quoted words is someone's claim, not the report's.
	const m = DECIDED.exec(outsideQuotes(s.text));
	if (!m) return null;
	const verbEnd = m[1].length + 1 + (m[2] ? m[2].length + 1 : 0) + m[3].length;
	const at = m[0].length - m[5].length - 3;
	// The gap is an adverbial ("unanimously on Tuesday", "by 9 votes to 3"): "refused Brennock's request for permission to appeal" refused no deed.
	const gap = tokensIn(s, verbEnd, at);
	const infinitive = s.tokens.find((t) => t.start === at + 3);
	const adverbial = !gap[0] || gap[0].tags.has('Adverb') || gap[0].tags.has('Preposition');
	if (!infinitive?.tags.has('Verb') || !adverbial || gap.some((t) => t.tags.has('Verb') && !t.tags.has('Noun'))) return null;
	const who = decider(s, s.text.slice(0, m[1].length));
	const what = deed(s.text.slice(at));
	if (!who || !what) return null;
	const body = inQuestion(who.text);
	return {
		...relationFact(s, what, at, `decision|${normaliseAnswer(body)}|${normaliseAnswer(what)}`),
		kind: 'decision',
		body,
		prompt: decidedPrompt(body, m[2], m[3])
	};
}

export const decision: FactKindModule<'decision'> = {
	kind: 'decision',
	claims: false,
	find(s) {
		const fact = decided(s);
		return fact ? [fact] : [];
	},
	ask(fact, ctx) {
		return [relationQuestion(fact, ctx.sentence, { type: 'flashcard', prompt: fact.prompt, back: capitalise(fact.answer) }, 'card', 'decided')];
	},
	// What was decided is the outcome of a council or company story, like a vote's.
	score: () => 4
};
