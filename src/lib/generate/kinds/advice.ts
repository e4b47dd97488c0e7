import { normaliseAnswer } from '../../quiz/normalise';
import { clauseRest, lowerFirst, wordCount } from '../english';
import type { AdviceFact, FactRecord, TaggedSentence } from '../facts/types';
import { askable, askClause, auxOf, baseOf, clause, subjectBefore } from './clause';
import { adviser } from './advice-adviser';
import type { FactKindModule, FindContext } from './kind';
import { relationFact, standsAlone, unintroduced } from './relation';

/** "The inspector recommended (that) …", "installers often recommend larger radiators", "the team proposed (to the board) a box deck". */
const RECOMMEND =
	/ ((?:often |usually |strongly |also )?(?:recommended|recommends|recommend|advised|advises|advise|urged|urges|urge|proposed|proposes|propose))(?: to [^,]{2,40}?(?= that ))? (that )?(.+)$/u;
/** "Companies should measure …": what the article says someone ought to do. */
// "should have used": a past duty, asked as "What should … do?", gets a back in the wrong tense.
const SHOULD = / (should|ought to) (?!be\b|have\b)(\p{Ll}+ .+)$/u;
/** "The main risk (of X) is (that) …": a risk, drawback or limit the article names as the chief one. */
const RISK =
	/^(?:But |However, )?(?:The|the) (main|biggest|chief|greatest|key|largest|only|one|first|second|real) (risk|danger|drawback|weakness|flaw|limitation|downside|concern|caveat|catch) (?:((?:of|with|for|to) [^,:;]+?) )?(?:is|was|remains) (?:that )?(.+)$/u;
/** "Results may differ on drier bogs": a caveat on how far a result holds. */
const CAVEAT = / (may|might|could) (not )?(differ|vary|not apply|not hold|be different|be lower|be higher|be smaller|be larger|fall short|change)\b(.*)$/u;

function fact(s: TaggedSentence, answer: string, at: number, subject: string, sort: AdviceFact['sort'], verb: string): AdviceFact | null {
	if (at < 0 || !askable(answer, sort === 'recommend' ? 2 : 3, subject)) return null;
	return { ...relationFact(s, answer, at, `advice|${sort}|${normaliseAnswer(subject)}`), kind: 'advice', subject, sort, verb };
}

/**
 * What was recommended: a "that" clause whole; a list of acts ("replacing the culvert …,
 * widening the channel …, and building …") whole; a noun phrase to the end of its clause, past
 * a comma between its adjectives ("a shallow, streamlined steel deck").
 */
function recommended(rest: string, that: boolean): string {
	// After a colon come examples of the recommendation, not more of it.
	if (that || (/^\p{Ll}+ing\b/u.test(rest) && /, (?:and )?\p{Ll}+ing\b/u.test(rest))) return clause((that ? `that ${rest}` : rest).split(': ')[0]);
	let cut = clauseRest(rest);
	while (wordCount(cut) <= 2 && rest.charAt(cut.length) === ',') cut = `${cut},${clauseRest(rest.slice(cut.length + 1))}`;
	return clause(cut);
}

function recommendation(s: TaggedSentence, ctx: FindContext): AdviceFact | null {
	const m = RECOMMEND.exec(s.text);
	const who = m && adviser(s, m.index, ctx);
	if (!m || !who) return null;
	const answer = recommended(m[3], !!m[2]);
	// "proposed a different approach": a proposal named in a few words says nothing it is not.
	// "proposed a dividend of 4.20 kroner": a proposed figure is asked by the number kinds.
	if (/propos/.test(m[1]) && !m[2] && (wordCount(answer) < 6 || /\d/.test(answer))) return null;
	return fact(s, answer, s.text.indexOf(answer, m.index), who, 'recommend', m[1]);
}

function should(s: TaggedSentence): AdviceFact | null {
	const m = SHOULD.exec(s.text);
	const who = m && subjectBefore(s, m.index);
	if (!m || !who) return null;
	const answer = clause(m[2]);
	return fact(s, answer, s.text.indexOf(answer, m.index), who.asked, 'should', m[1]);
}

function risk(s: TaggedSentence): AdviceFact | null {
	const m = RISK.exec(s.text);
	if (!m || (m[3] && !standsAlone(m[3]))) return null;
	const answer = clause(m[4]);
	const what = `the ${m[1]} ${m[2]}${m[3] ? ` ${lowerFirst(m[3])}` : ''}`;
	return fact(s, answer, s.text.indexOf(answer, m.index), what, 'risk', 'is');
}

function caveat(s: TaggedSentence): AdviceFact | null {
	const m = CAVEAT.exec(s.text);
	const who = m && subjectBefore(s, m.index);
	if (!m || !who || wordCount(m[4]) < 2) return null;
	// The whole clause, subject and all: "Results may differ on drier bogs".
	const answer = clause(s.text.slice(who.at));
	return fact(s, answer, who.at, who.asked, 'caveat', m[1]);
}

/** The question a piece of advice is asked by. */
function promptOf(f: AdviceFact): string {
	switch (f.sort) {
		case 'recommend': {
			const [adverb, verb] = f.verb.includes(' ') ? f.verb.split(' ') : ['', f.verb];
			return `What ${auxOf(verb)} ${f.subject}${adverb ? ` ${adverb}` : ''} ${baseOf(verb)}?`;
		}
		case 'should':
			return `What does the article say ${f.subject} should do?`;
		case 'risk':
			return `According to the article, what is ${f.subject}?`;
		case 'caveat':
			return `What caveat does the article give about ${f.subject}?`;
	}
}

/** Other advice of the same sort from other sentences, given to others: each false of this subject. */
const others = (f: AdviceFact, all: FactRecord[]) =>
	all.filter((o): o is AdviceFact => o.kind === 'advice' && o.sort === f.sort && o.sentence !== f.sentence && o.subject !== f.subject).map((o) => o.answer);

/**
 * Recommendations, risks and limits: what someone recommends or should do, the risk or drawback
 * the article names as the main one, and a caveat on how far a result holds. Asked whole ("What
 * did the inspector recommend?"), on a card, typed when short, and as a choice among the
 * article's other advice of the same sort when it has three.
 */
export const advice: FactKindModule<'advice'> = {
	kind: 'advice',
	claims: false,
	find(s, ctx) {
		const f = risk(s) ?? recommendation(s, ctx) ?? should(s) ?? caveat(s);
		// "What caveat does the article give about the pattern?": which pattern, the card cannot say.
		return f && !(f.sort === 'caveat' && unintroduced(f.subject, s, ctx.article.sentences)) ? [f] : [];
	},
	ask(fact, ctx) {
		// "What should the agency do?", "What did Farrant recommend?" have no one answer when the article gives them several such.
		const several = (o: FactRecord) => o.kind === 'advice' && o.sort === fact.sort && o.subject === fact.subject && o.answer !== fact.answer;
		if ((fact.sort === 'should' || fact.sort === 'recommend') && ctx.all.some(several)) return [];
		return askClause(fact, ctx, promptOf(fact), fact.answer, fact.sort, fact.sort === 'caveat' ? [] : others(fact, ctx.all));
	},
	score: () => 4
};
