import { normaliseAnswer } from '../../quiz/normalise';
import { arrange, entityDistractors, type NameFact } from '../distractors';
import { asQuestion, capitalise, escapeRegExp } from '../english';
import type { FactRecord, OutcomeFact, TaggedSentence } from '../facts/types';
import type { Candidate } from '../questions/candidate';
import type { AskContext, FactKindModule } from './kind';
import { playerOutcome } from './outcome-player';
import { deciderAfter, scoreAfter, sideWon } from './outcome-shapes';
import { relationFact, relationQuestion, standsAlone } from './relation';

/**
 * A side the article names by a name and a common noun: "The Kessing eight", "the Harbridge
 * women's team". The name makes it one side; its last word is no "-ly" adverb ("finally").
 */
const NAMED_SIDE = String.raw`[Tt]he (?:\p{Lu}[\p{L}'’-]* ){1,3}\p{Ll}[\p{Ll}'’-]*(?: \p{Ll}[\p{Ll}-]*)?(?<!ly)`;

/** "X won the final …, beating Y": the winner, what was won and whom it beat. */
const WON = new RegExp(
	String.raw`(?:^|, (?:and|but) |; )(?:[^,]{0,30}, |(?:On|In|At) [\p{Lu}\d][\p{L}\d]* (?=[Tt]he ))?(${NAMED_SIDE}|[\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,3}) (?:won|clinched|claimed|secured|lifted) (the [^,;]+?)(?:(?: (?:on|in|at|by|after) [^,;]+?)?,? (?:beating|defeating|against|over) ([\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*){0,3}))?(?=[,;.]| by | after | in | on | at | for )`,
	'u'
);
/** "X beat Y …". */
const BEAT =
	/(?:^|, (?:and|but) |; )([\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,3}) (?:beat|defeated|overcame|edged|thrashed) ([\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*){0,3})/u;

/**
 * "X won her first title …, beating (the champion) Y 6-4, 3-6, 7-5 in the final of the Open": a
 * possessive title says nothing on its own, so the match it was won in is what is asked.
 */
const WON_OWN =
	/(?:^|, (?:and|but) |; )([\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,3}) (?:won|clinched|claimed|secured|lifted) (?:her|his|their|its) [^,;]+?, (?:beating|defeating) (?:the (?:[\p{Ll}-]+ ){1,3})?([\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*){0,3})[^;]*? in (the (?:[\p{Ll}'’-]+ ){0,2}final(?: of (?:the )?[\p{Lu}][^,;.]*?)?)(?= at | in | on |[,;.]|$)/u;

/** ", beating (the champion) Sparta Wrocław": the side beaten, later in the winner's clause. */
const BEATING = /^[^;]*?, (?:beating|defeating) (?:the (?:[\p{Ll}-]+ ){1,3})?([\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*){0,3})/u;

/** ", beating the champion Y 6-4, 3-6, 7-5 in the final": the rest of the winner's clause, up to the sentence's end. */
const HOW = /^[^;]*?, ((?:beating|defeating) [^;]+?)[.!]?$/u;

/** The fact of who won: the winner at their place in the sentence, what was won and whom it beat. */
function winnerFact(s: TaggedSentence, m: RegExpExecArray, winner: string, event: string | undefined, loser: string | undefined): OutcomeFact {
	const at = s.text.indexOf(winner, m.index ?? 0);
	return {
		...relationFact(s, winner, at, `outcome|${normaliseAnswer(event ?? loser ?? winner)}`),
		kind: 'outcome',
		...(event ? { event } : {}),
		...(loser ? { loser } : {})
	};
}

/** The named fact the article has for a side, so choices can be of its kind. */
const named = (all: FactRecord[], text: string) =>
	all.find((f): f is NameFact => (f.kind === 'person' || f.kind === 'organisation' || f.kind === 'place') && (f.text === text || f.key === text));

/** "Who was named the final's most valuable player?", typed and as a choice among the article's people. */
function askAward(fact: OutcomeFact, ctx: AskContext): Candidate[] {
	// The article's full name for a surname ("Okafor" → "Darnell Okafor").
	const full = ctx.all.find((f): f is NameFact => f.kind === 'person' && (f.text === fact.answer || f.text.endsWith(` ${fact.answer}`)));
	const answer = full?.text ?? fact.answer;
	const prompt = `Who ${fact.award}?`;
	const accept = answer === fact.answer ? [] : [fact.answer];
	const out = [relationQuestion(fact, ctx.sentence, { type: 'short_answer', prompt, answer, accept }, 'wh', 'award')];
	const others = full ? entityDistractors(full, ctx.all, prompt, fact.key) : [];
	if (others.length >= 2) {
		const { choices, answer: key } = arrange(answer, others.slice(0, 3), `${fact.key}|award`, false);
		out.push(relationQuestion(fact, ctx.sentence, { type: 'mcq', prompt, choices, answer: key }, 'wh', 'award-mcq'));
	}
	return out;
}

/**
 * Sequences and outcomes: who won what, and whom they beat. Asked as "Who won …?" (typed, and a
 * choice among the article's names of the same kind).
 */
export const outcome: FactKindModule<'outcome'> = {
	kind: 'outcome',
	claims: false,
	find(s, ctx) {
		const own = WON_OWN.exec(s.text);
		const won = own ? null : WON.exec(s.text);
		const beat = own || won ? null : BEAT.exec(s.text);
		const award = playerOutcome(s);
		let fact: OutcomeFact | null = null;
		if (own) fact = winnerFact(s, own, own[1], own[3], own[2]);
		else if (won && standsAlone(won[2])) fact = winnerFact(s, won, won[1], won[2], won[3]);
		else if (beat)
			fact = { ...relationFact(s, beat[1], s.text.indexOf(beat[1], beat.index ?? 0), `outcome|${normaliseAnswer(beat[2])}`), kind: 'outcome', loser: beat[2] };
		else if (!own && !won) fact = sideWon(s);
		if (!fact) return award ? [award] : [];
		// "won the Cup for the first time …, beating Sparta 2-1": the side beaten further on.
		const beaten = fact.loser ? null : BEATING.exec(s.text.slice(fact.answerEnd - s.start));
		if (beaten) fact = { ...fact, loser: beaten[1] };
		if (fact.loser && namedOnce(fact.loser, ctx.article.sentences)) fact = { ...fact, aside: true };
		const score = fact.loser ? scoreAfter(s, fact.loser, fact.answerEnd - s.start) : null;
		if (!score) return award ? [fact, award] : [fact];
		const scored: OutcomeFact = {
			...relationFact(s, score.text, score.at, `outcome-score|${fact.key}`),
			kind: 'outcome',
			// "the Harbour City Falcons" as the article writes it: the side is asked about by its whole name.
			winner: /\b[Tt]he $/.test(s.text.slice(0, fact.answerStart - s.start)) ? `the ${fact.answer}` : fact.answer,
			...(fact.loser ? { loser: fact.loser } : {}),
			...(fact.event ? { event: fact.event } : {}),
			...(fact.aside ? { aside: true } : {})
		};
		const decider = deciderAfter(s, fact, score);
		return [fact, scored, ...(decider ? [decider] : []), ...(award ? [award] : [])];
	},
	ask(fact, ctx) {
		// "Kovačević beat Japan's Haruka Ishimoto … in the other semi-final": a match whose beaten side the
		// article names once is a side result of the report, not asked beside the outcome it reports.
		if (fact.aside && ctx.all.some((f) => f.kind === 'outcome' && f.loser && !f.aside)) return [];
		if (fact.award) return askAward(fact, ctx);
		if (fact.decider) {
			// "Whose header gave Harrowgate Rovers the 3-2 win over Castleton Athletic?"
			const prompt = `Whose ${fact.decider} gave ${fact.winner} the ${fact.score} win over ${fact.loser}?`;
			return [relationQuestion(fact, ctx.sentence, { type: 'short_answer', prompt, answer: fact.answer }, 'wh', 'decider')];
		}
		if (fact.winner) {
			// "By what score did Okafor beat Novotná in the final of the Coastal Open?"
			const where = fact.event && !/\bfinal\b/.test(fact.event) ? '' : fact.event ? ` in ${fact.event}` : '';
			const asked = `By what score did ${fact.winner} beat ${fact.loser}${where}?`;
			const out = [
				relationQuestion(
					fact,
					ctx.sentence,
					{ type: 'short_answer', prompt: asked, answer: fact.answer, accept: [fact.answer.replace(/[–-]/g, ' ')] },
					'wh',
					'score'
				)
			];
			// The match's result as a card: who beat whom, by what score, without naming the winner in front.
			if (fact.event) {
				const back = capitalise(`${fact.winner} beat ${fact.loser} ${fact.answer}`);
				out.push(relationQuestion(fact, ctx.sentence, { type: 'flashcard', prompt: `What was the result of ${fact.event}?`, back }, 'card', 'result'));
			}
			return out;
		}
		const prompt = fact.event ? asQuestion(`Who won ${fact.event}`) : `Who beat ${fact.loser}?`;
		const out = [relationQuestion(fact, ctx.sentence, { type: 'short_answer', prompt, answer: fact.answer }, 'wh', 'won')];
		// "…, beating the world record holder Callum Morland in a sprint down the final straight": how it was
		// won is another fact than who won, so its card stands beside "Who won …?" and names no winner.
		const how = fact.event && fact.loser ? HOW.exec(ctx.sentence.text.slice(fact.answerEnd - ctx.sentence.start)) : null;
		if (how && how[1].includes(fact.loser ?? '')) {
			const card = { type: 'flashcard' as const, prompt: `How did the winner of ${fact.event} win?`, back: `By ${how[1]}` };
			out.push({ ...relationQuestion(fact, ctx.sentence, card, 'card', 'how'), facet: 'event' });
		}
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

/** Whether the article names a side in one sentence only (by its last word: "Ishimoto" of "Japan's Haruka Ishimoto"). */
function namedOnce(side: string, sentences: TaggedSentence[]): boolean {
	const word = new RegExp(`(?<!\\p{L})${escapeRegExp(side.split(/\s+/).pop() ?? side)}(?!\\p{L})`, 'u');
	return sentences.filter((s) => word.test(s.text)).length <= 1;
}
