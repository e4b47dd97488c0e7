import { normaliseAnswer } from '../../quiz/normalise';
import type { OutcomeFact, TaggedSentence } from '../facts/types';
import { relationFact, standsAlone } from './relation';

/** A side's name: up to four capitalised words ("Harbour City Falcons", "Anja Kovačević", "O'Driscoll"). */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}`;

/**
 * A game score: "88-84", "3–2", a set score with its tie-break "4-6, 7-6 (7-4), 6-3". Nothing
 * numeric may follow it ("2-1-0" is no score).
 */
export const SCORE = String.raw`\d{1,3}[-–]\d{1,3}(?: \(\d{1,2}[-–]\d{1,2}\))?(?:, \d{1,2}[-–]\d{1,2}(?: \(\d{1,2}[-–]\d{1,2}\))?)*(?![\d–-])`;

/**
 * "X (…and) came back to beat (top seed) Y", "as the Falcons came from 12 points down to beat the
 * holders Y": a comeback names its winner as the clause's subject, before the verb that says how
 * the game turned; a bare "to beat" ("hoping to beat", "failed to beat") says nothing of who won.
 */
const COMEBACK = new RegExp(
	String.raw`(?:^|\bas |, (?:and|but) |; )(?:[Tt]he )?(${NAME})(?: [^,;]*? and)? (?:came|fought|battled|rallied|recovered|bounced)(?: back| from [^,;]{1,30}?)? to (?:beat|defeat|overcome) (?:the )?(?:\p{Ll}[\p{Ll}-]* ){0,2}(${NAME})`,
	'u'
);

/**
 * "X produced the most dramatic turnaround of their season…, beating Y 3-2": the subject of the
 * clause the participle hangs on won, when the score is given (without it, "beating the traffic"
 * or "beating the odds" is no game). The subject follows a sentence start or an opening phrase's comma.
 */
const BEATING_CLAUSE = new RegExp(
	String.raw`^(?:[Tt]he )?(${NAME}) (\p{Ll}+)\b[^;]*?, (?:beating|defeating) (?:the )?(?:\p{Ll}[\p{Ll}-]* ){0,2}(${NAME}) (${SCORE})`,
	'u'
);

/** "in the final of the Lakeshore Championships", "in the National Cup final": a named final, after a score. */
const FINAL = /^ in (the (?:[^,;]*?\bfinal|final of (?:the )?\p{Lu}[^,;.]*?))(?= on | at | in | after |[,;.]|$)/u;

/** A game score right after the side beaten ("Sparta Wrocław 2-1", "Kovačević 4-6, 7-6 (7-4), 6-3"), with its sentence offset. */
export function scoreAfter(s: TaggedSentence, loser: string, from: number): { text: string; at: number } | null {
	const at = s.text.indexOf(loser, from);
	if (at < 0) return null;
	const m = new RegExp(`^ (${SCORE})`, 'u').exec(s.text.slice(at + loser.length));
	return m ? { text: m[1], at: at + loser.length + 1 } : null;
}

/** The named final a score was won in, when one follows it: only a final that names its competition is asked by name. */
function finalAfter(s: TaggedSentence, score: { text: string; at: number }): string | undefined {
	const m = FINAL.exec(s.text.slice(score.at + score.text.length));
	return m && /\p{Lu}/u.test(m[1]) && !/\bsemi[- ]?final/i.test(m[1]) ? m[1] : undefined;
}

/** ", beating Y 3-2 thanks to a header from centre-back Daniel Okonjo": after a score, the goal that won the game and its scorer. */
const THANKS = new RegExp(String.raw`^ thanks to (?:a|an|the) ((?:\p{Ll}[\p{Ll}-]* ){0,2}\p{Ll}[\p{Ll}-]*) from (?:\p{Ll}[\p{Ll}-]* ){0,2}(${NAME})`, 'u');

/** Who decided the game a score was won by, when the article thanks one player's goal for it. */
export function deciderAfter(s: TaggedSentence, won: OutcomeFact, score: { text: string; at: number }): OutcomeFact | null {
	const m = THANKS.exec(s.text.slice(score.at + score.text.length));
	if (!m || !won.loser) return null;
	// A name's initials keep their stops ("Iván R. Merino"); the sentence's own does not belong to it.
	const who = m[2].replace(/\.$/, '');
	const at = s.text.indexOf(who, score.at + score.text.length);
	const winner = /\b[Tt]he $/.test(s.text.slice(0, won.answerStart - s.start)) ? `the ${won.answer}` : won.answer;
	return { ...relationFact(s, who, at, `outcome-decider|${won.key}`), kind: 'outcome', decider: m[1], winner, loser: won.loser, score: score.text };
}

function sideFact(s: TaggedSentence, winner: string, from: number, loser: string): OutcomeFact | null {
	const score = scoreAfter(s, loser, from);
	const event = score ? finalAfter(s, score) : undefined;
	const at = s.text.indexOf(winner, from);
	return { ...relationFact(s, winner, at, `outcome|${normaliseAnswer(event ?? loser)}`), kind: 'outcome', loser, ...(event ? { event } : {}) };
}

/**
 * "Mattias Kroon of Brightwater-Velox won the sixth stage of the Volta": a rider or player named
 * with the team they ride for. The name is two or three words not opening with "The", so an
 * institution's own name ("The Bank of England", "University of Leeds") is never cut in two.
 */
const TEAM_WON = new RegExp(
	String.raw`^((?!The )\p{Lu}[\p{L}'’.-]* \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?) of \p{Lu}[\p{L}'’-]*(?:[ -]\p{Lu}[\p{L}'’-]*){0,3} (?:won|clinched|claimed|secured|lifted) (the [^,;]+?)(?=[,;.]| by | after | in | on | at | for )`,
	'u'
);

/**
 * Who won a game a sentence tells without "X beat Y" or "X won" at a clause's start: a winner named
 * with their team, a comeback ("came back to beat"), or the participle after the winner's clause
 * (", beating Y 3-2").
 */
export function sideWon(s: TaggedSentence): OutcomeFact | null {
	const team = TEAM_WON.exec(s.text);
	if (team && standsAlone(team[2])) {
		// "the sixth and hardest stage": the ordinal names the stage, the adjective joined to it only rates it.
		const event = team[2].replace(/^the (\p{Ll}+(?:th|st|nd|rd)) and \p{Ll}+ /u, 'the $1 ');
		return { ...relationFact(s, team[1], 0, `outcome|${normaliseAnswer(event)}`), kind: 'outcome', event };
	}
	const back = COMEBACK.exec(s.text);
	if (back) return sideFact(s, back[1], back.index, back[2]);
	// Each place a subject can start: the sentence's start and after each comma.
	for (let from = 0; from >= 0; from = s.text.indexOf(', ', from + 1)) {
		const start = from === 0 ? 0 : from + 2;
		const clause = BEATING_CLAUSE.exec(s.text.slice(start));
		if (!clause) continue;
		// The word after the subject is its verb: a past tense, not a noun of a longer name.
		const verbAt = start + clause[0].indexOf(` ${clause[2]}`, clause[1].length) + 1;
		const verb = s.tokens.find((t) => t.start === verbAt);
		if (verb?.tags.has('PastTense')) return sideFact(s, clause[1], start, clause[3]);
	}
	return null;
}
