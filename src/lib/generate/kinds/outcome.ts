import { normaliseAnswer } from '../../quiz/normalise';
import { arrange, entityDistractors, type NameFact } from '../distractors';
import { asQuestion } from '../english';
import type { FactRecord } from '../facts/types';
import type { FactKindModule } from './kind';
import { relationFact, relationQuestion, standsAlone } from './relation';

/** "X won the final …, beating Y": the winner, what was won and whom it beat. */
const WON =
	/(?:^|, (?:and|but) |; )(?:[^,]{0,30}, )?([\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,3}) (?:won|clinched|claimed|secured|lifted) (the [^,;]+?)(?:(?: (?:on|in|at|by|after) [^,;]+?)?,? (?:beating|defeating|against|over) ([\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*){0,3}))?(?=[,;.]| by | after | in | on | at | for )/u;
/** "X beat Y …". */
const BEAT =
	/(?:^|, (?:and|but) |; )([\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,3}) (?:beat|defeated|overcame|edged|thrashed) ([\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*){0,3})/u;

/**
 * "X won her first title …, beating (the champion) Y 6-4, 3-6, 7-5 in the final of the Open": a
 * possessive title says nothing on its own, so the match it was won in is what is asked.
 */
const WON_OWN =
	/(?:^|, (?:and|but) |; )([\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,3}) (?:won|clinched|claimed|secured|lifted) (?:her|his|their|its) [^,;]+?, (?:beating|defeating) (?:the (?:[\p{Ll}-]+ ){1,3})?([\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*){0,3})[^;]*? in (the (?:[\p{Ll}'’-]+ ){0,2}final(?: of (?:the )?[\p{Lu}][^,;.]*?)?)(?= at | in | on |[,;.]|$)/u;

/** The named fact the article has for a side, so choices can be of its kind. */
const named = (all: FactRecord[], text: string) =>
	all.find((f): f is NameFact => (f.kind === 'person' || f.kind === 'organisation' || f.kind === 'place') && (f.text === text || f.key === text));

/**
 * Sequences and outcomes: who won what, and whom they beat. Asked as "Who won …?" (typed, and a
 * choice among the article's names of the same kind).
 */
export const outcome: FactKindModule<'outcome'> = {
	kind: 'outcome',
	claims: false,
	find(s) {
		const own = WON_OWN.exec(s.text);
		if (own) {
			const at = s.text.indexOf(own[1], own.index ?? 0);
			return [{ ...relationFact(s, own[1], at, `outcome|${normaliseAnswer(own[3])}`), kind: 'outcome', event: own[3], loser: own[2] }];
		}
		const won = WON.exec(s.text);
		if (won && standsAlone(won[2])) {
			const at = s.text.indexOf(won[1], won.index ?? 0);
			return [{ ...relationFact(s, won[1], at, `outcome|${normaliseAnswer(won[2])}`), kind: 'outcome', event: won[2], ...(won[3] ? { loser: won[3] } : {}) }];
		}
		const beat = BEAT.exec(s.text);
		if (beat) {
			const at = s.text.indexOf(beat[1], beat.index ?? 0);
			return [{ ...relationFact(s, beat[1], at, `outcome|${normaliseAnswer(beat[2])}`), kind: 'outcome', loser: beat[2] }];
		}
		return [];
	},
	ask(fact, ctx) {
		const prompt = fact.event ? asQuestion(`Who won ${fact.event}`) : `Who beat ${fact.loser}?`;
		const out = [relationQuestion(fact, ctx.sentence, { type: 'short_answer', prompt, answer: fact.answer }, 'wh', 'won')];
		const winner = named(ctx.all, fact.answer);
		const others = winner ? entityDistractors(winner, ctx.all, prompt, fact.key) : [];
		if (fact.loser && !others.some((o) => normaliseAnswer(o) === normaliseAnswer(fact.loser ?? '')) && !prompt.includes(fact.loser)) others.unshift(fact.loser);
		if (others.length >= 2) {
			const { choices, answer } = arrange(fact.answer, others.slice(0, 3), `${fact.key}|won`, false);
			out.push(relationQuestion(fact, ctx.sentence, { type: 'mcq', prompt, choices, answer }, 'wh', 'won-mcq'));
		}
		return out;
	},
	score: () => 4
};
