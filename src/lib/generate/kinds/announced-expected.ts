import { normaliseAnswer } from '../../quiz/normalise';
import { clauseRest, finish, wordCount } from '../english';
import type { AnnouncedFact, TaggedSentence } from '../facts/types';
import { adviser } from './advice-adviser';
import { askable } from './clause';
import type { FindContext } from './kind';
import { relationFact, standsAlone } from './relation';

/**
 * What a company, utility or body expects, the forecast a business or policy story turns on:
 * "Kestrel now expects full-year revenue of $5.55 billion …" → "What does Kestrel now expect?",
 * "Kelderby Energi expects the network to supply about 41 gigawatt-hours …" → "What does Kelderby
 * Energi expect the network to do?", "Brightwater said it expected to achieve cost savings of …"
 * → "What did Brightwater say it expected to achieve?". The answer runs to its clause's end.
 */

/** "expects full-year revenue …", "now expects the network to supply …": the verb, an adverb before it, and what follows. */
const EXPECTS = / (?:(now|still|also) )?(expects|expected) (?!to\b|that\b)(\p{Ll}.+)$/u;
/** "the network to supply …": a thing expected to act, and the act. */
const TO_ACT = /^((?:the |its |their )?[\p{L}-]+(?: [\p{L}-]+){0,3}) to (\p{Ll}+ .+)$/u;
/** "said (on Tuesday) (that) it expected (to achieve) …": a body's own forecast, reported. */
const SAID_EXPECTED = / said(?: on \p{Lu}\p{Ll}+)?(?: that)? it (expects|expected)(?: to (\p{Ll}+))? (?!to\b)([\p{Ll}$€£\d].+)$/u;

/** Words that open a clause of time or condition inside the answer ("after the deal closes"). */
const SUBORDINATE = /^(?:after|before|when|once|until|unless|if|because|while)$/i;

/** The expected thing or act up to its clause's end, when it names what it speaks of and holds no clause of its own. */
function expectedPart(s: TaggedSentence, rest: string): { answer: string; at: number } | null {
	const answer = finish(clauseRest(rest));
	const at = s.text.lastIndexOf(answer);
	if (at < 0 || !askable(answer, 2)) return null;
	// "expected prices would fall": a finite verb before any "after …" or "when …" makes the answer a reported clause.
	const own = s.tokens.filter((t) => t.start >= at && t.end <= at + answer.length);
	const cut = own.findIndex((t) => SUBORDINATE.test(t.text));
	const main = cut < 0 ? own : own.slice(0, cut);
	if (main.some((t, i) => i > 0 && t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Gerund') && !t.tags.has('Infinitive'))) return null;
	return { answer, at };
}

const fact = (s: TaggedSentence, part: { answer: string; at: number }, prompt: string): AnnouncedFact => ({
	...relationFact(s, part.answer, part.at, `announced|expected|${normaliseAnswer(part.answer).slice(0, 60)}`),
	kind: 'announced',
	sort: 'expected',
	prompt
});

/** A forecast the sentence states, asked by who expects it; null when no one is named or the clause is no plain forecast. */
export function announcedExpected(s: TaggedSentence, ctx: FindContext): AnnouncedFact | null {
	const said = SAID_EXPECTED.exec(s.text);
	if (said) {
		const who = adviser(s, said.index, ctx);
		const part = who && expectedPart(s, said[3]);
		if (!who || !part) return null;
		return fact(s, part, `What did ${who} say it ${said[1]}${said[2] ? ` to ${said[2]}` : ''}?`);
	}
	const m = EXPECTS.exec(s.text);
	// "Russia's expected repetition of …": "expected" before a noun is an adjective, no one's forecast.
	const verb = m && s.tokens.find((t) => t.start === s.text.indexOf(m[2], m.index));
	const who =
		m && verb?.tags.has('Verb') && !verb.tags.has('Adjective') && !/['’]s?$/.test(s.text.slice(0, verb.start).trim()) ? adviser(s, m.index, ctx) : null;
	// "Not everyone expects …" names no one.
	if (!m || !who || /^not\b/i.test(who)) return null;
	const aux = m[2] === 'expects' ? 'does' : 'did';
	const now = m[1] ? `${m[1]} ` : '';
	const act = TO_ACT.exec(m[3]);
	if (act) {
		const does = s.tokens.find((t) => t.start === s.text.lastIndexOf(` to ${act[2]}`) + 4);
		const part = does?.tags.has('Verb') && standsAlone(act[1]) ? expectedPart(s, act[2]) : null;
		return part && wordCount(part.answer) >= 2 ? fact(s, part, `What ${aux} ${who} ${now}expect ${act[1]} to do?`) : null;
	}
	const part = expectedPart(s, m[3]);
	return part ? fact(s, part, `What ${aux} ${who} ${now}expect?`) : null;
}
