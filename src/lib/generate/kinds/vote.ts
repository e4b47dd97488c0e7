import { normaliseAnswer } from '../../quiz/normalise';
import { asStatement, capitalise, wordCount } from '../english';
import type { TaggedSentence, VoteFact } from '../facts/types';
import { isCommonWord } from '../frequency';
import { trimLead } from '../questions/phrasing';
import type { FactKindModule } from './kind';
import { relationFact, relationQuestion, standsAlone } from './relation';

/**
 * A decision and who made it, when the article gives the vote: "The council approved the scheme
 * by 27 votes to 8", "The scheme, approved by the council last week by 27 votes to 8, is …", "The
 * board voted 9 to 4 in favour of the proposal". What was decided is the fact; the tally says how.
 */

/** The decision verbs of a vote and their opposites, for the false statement (a closed class). */
const OPPOSITE: Record<string, string> = {
	approved: 'rejected',
	rejected: 'approved',
	passed: 'rejected',
	backed: 'rejected',
	endorsed: 'rejected',
	'voted in favour of': 'voted against',
	'voted in favor of': 'voted against',
	'voted against': 'voted in favour of'
};
const VERBS = 'approved|rejected|passed|backed|endorsed';

/** "27 votes to 8", "9 to 4", "27-8": the tally, for and against. */
const TALLY = '(\\d{1,4}(?: votes)? (?:to|against) \\d{1,4}|\\d{1,4}[-–]\\d{1,4})';

/** "X approved Y by 27 votes to 8". */
const ACTIVE = new RegExp(`^(.{3,60}?) (${VERBS}) (.{3,80}?) by (?:a vote of )?${TALLY}\\b`, 'u');
/** "Y, approved by X (last week) by 27 votes to 8, …". */
const PASSIVE = new RegExp(`^(.{3,80}?), (${VERBS}) by (.{3,60}?) by (?:a vote of )?${TALLY}\\b`, 'u');
/** "X voted 9 to 4 in favour of Y" / "against Y". */
const VOTED = new RegExp(`^(.{3,60}?) voted ${TALLY} (in favou?r of|against) (.{3,80}?)(?=[,;.]|$)`, 'u');

/** The tally in prose: "9 to 4" and "9-4" read "9 votes to 4". */
const votes = (tally: string): string => tally.replace(/^(\d+)(?: votes)?(?: to | against |[-–])(\d+)$/, '$1 votes to $2');

/** "last week", "on Monday", "in March": when the vote was held, which is no part of who held it. */
const WHEN = / (?:last|this|on|in|at|earlier) [^,]*$/;

/** The phrase as it reads inside a question: "The council" and "Shareholders" open their sentence, "Kelderby's council" is a name. */
const clean = (phrase: string): string => {
	const text = trimLead(phrase).text.replace(WHEN, '').trim();
	const first = text.split(' ')[0];
	return /^\p{Lu}\p{Ll}+$/u.test(first) && isCommonWord(first) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
};

/** A party or a motion: a short phrase that names its thing on its own. */
const named = (phrase: string): boolean => wordCount(phrase) >= 1 && wordCount(phrase) <= 8 && standsAlone(phrase) && !/[,;:()“”"]/.test(phrase);

function make(s: TaggedSentence, who: string, verb: string, what: string, tally: string): VoteFact[] {
	const body = clean(who);
	const motion = clean(what);
	if (!named(body) || !named(motion)) return [];
	const at = s.text.indexOf(tally);
	return [{ ...relationFact(s, tally, at, `vote|${normaliseAnswer(motion)}`), kind: 'vote', body, verb, motion }];
}

export const vote: FactKindModule<'vote'> = {
	kind: 'vote',
	claims: false,
	find(s) {
		// "The scheme, approved by the council …" also reads as an active clause with a comma in its subject, which names nothing: the next shape is tried.
		const active = ACTIVE.exec(s.text);
		const passive = PASSIVE.exec(s.text);
		const voted = VOTED.exec(s.text);
		return [
			...(active ? make(s, active[1], active[2], active[3], active[4]) : []),
			...(passive ? make(s, passive[3], passive[2], passive[1], passive[4]) : []),
			...(voted ? make(s, voted[1], `voted ${voted[3]}`, voted[4], voted[2]) : [])
		].slice(0, 1);
	},
	ask(fact, ctx) {
		const prompt = `What did ${fact.body} decide about ${fact.motion}, and by what vote?`;
		// In the article's words, so the card's back is what its quote says: "voted 9 to 4 in favour of", "approved … by 27 votes to 8".
		const did = (verb: string, motion: string) =>
			verb.startsWith('voted ') ? `voted ${fact.answer} ${verb.slice(6)} ${motion}` : `${verb} ${motion} by ${votes(fact.answer)}`;
		const back = `It ${did(fact.verb, 'it')}`;
		const said = `${capitalise(fact.body)} ${did(fact.verb, fact.motion)}`;
		const turned = `${capitalise(fact.body)} ${did(OPPOSITE[fact.verb], fact.motion)}`;
		return [
			relationQuestion(fact, ctx.sentence, { type: 'flashcard', prompt, back }, 'card', 'decided'),
			relationQuestion(
				fact,
				ctx.sentence,
				{ type: 'true_false', prompt: asStatement(turned), answer: false, explanation: `False: ${said}.` },
				'statement',
				'decided-false'
			)
		];
	},
	// What was decided is the outcome of a council or court story, like who won a match.
	score: () => 4
};
