import { normaliseAnswer } from '../../quiz/normalise';
import { asStatement, capitalise, finish, wordCount } from '../english';
import type { ArgumentFact, TaggedSentence } from '../facts/types';
import { movedSubject } from '../questions/phrasing';
import { askable, auxOf, baseOf, clause } from './clause';
import { contradict } from './contradict';
import { subjectOf } from './finding';
import type { FactKindModule } from './kind';
import { secondThat } from '../questions/card-backs';
import { cardBack, relationFact, relationQuestion, standsAlone, unintroduced } from './relation';
import { reporterCut } from './reported-clause';

const VERBS =
	'argues|argued|argue|contends|contended|maintains|maintained|insists|insisted|believes|believed|believe|claims|claimed|says|said|writes|wrote|holds|held|warns|warned|replies|reply|replied|counters|counter|countered|(?:has|have) come to believe|(?:has|have) argued';

/** "(In her book, )the author argues that …", "I have come to believe that …": who argues, the verb, the argued clause. */
const ARGUES = new RegExp(
	`^(?:(?:But|And|Yet|So|Still) )?(?:[^,]{0,60}, )?(I|(?:The |A |An )?[\\p{L}][\\p{L}\\p{N}'’ -]{1,50}?) ((?:(?:also|still|now) )?(?:${VERBS})) that (.+)$`,
	'u'
);

/** "The reviewer's main criticism is …", "My verdict is that …": a judgement named as such. */
const VERDICT =
	/^(?:But |However, )?(My|(?:The |the )?[\p{L}][\p{L} -]{1,40}?['’]s) ((?:main |chief |only |one |biggest |real |final )?(?:criticism|complaint|objection|verdict|reservation|conclusion|argument|point)) (?:is|was) (?:that )?(.+)$/u;

/** "What does the author argue about X?", "What has the author come to believe about X?". */
function promptOf(f: ArgumentFact, firstPerson: boolean): string {
	const topic = ` about ${f.topic}`;
	const perfect = /^(?:has|have) (.+)$/.exec(f.verb);
	if (perfect) return `What has ${f.arguer} ${perfect[1]}${topic}?`;
	// "Supporters reply that …" is asked as what they say: "reply about" reads wrong.
	const verb = (f.verb.split(' ').pop() ?? f.verb)
		.replace(/^(?:repl(?:y|ies)|counters?)$/, (v) => (/s$/.test(v) ? 'says' : 'say'))
		.replace(/^(?:replied|countered)$/, 'said');
	// The writer's "I believe" is the author's "believes": third person in the question.
	const aux = firstPerson && auxOf(verb) === 'do' ? 'does' : auxOf(verb);
	return `What ${aux} ${f.arguer} ${baseOf(verb)}${topic}?`;
}

function argued(s: TaggedSentence): ArgumentFact | null {
	const m = ARGUES.exec(s.text);
	if (!m) return null;
	const who = m[1];
	const at = m[0].length - m[3].length;
	const reporting = s.tokens.filter((t) => t.end <= at && t.tags.has('Verb')).pop();
	const answer = clause(reporterCut(s, at, m[3], reporting));
	const topic = subjectOf(s, at);
	const whoAt = m[0].indexOf(who);
	const whoTokens = s.tokens.filter((t) => t.start >= whoAt && t.end <= whoAt + who.length);
	// "he said that", "they claim that": a speaker with no name asks nothing; nor does a verb among the arguer's words.
	const arguerOk = who === 'I' || (standsAlone(who) && wordCount(who) <= 6 && !whoTokens.some((t) => t.tags.has('Verb') && !t.tags.has('Noun')));
	if (!topic || !arguerOk || !askable(answer, 5) || !standsAlone(topic) || /^(?:it|there|this|that)\b/i.test(topic)) return null;
	const first = whoTokens[0];
	return {
		...relationFact(s, answer, at, `argument|${normaliseAnswer(answer).slice(0, 60)}`),
		kind: 'argument',
		// "I" is the writer: the question names them as "the author".
		arguer: who === 'I' ? 'the author' : first ? movedSubject(who, first) : who,
		verb: m[2],
		topic: movedSubject(topic, s.tokens.find((t) => t.start >= at) ?? first)
	};
}

/** "The argument of the exhibition is that …": the judgement named after what it is of, asked as "the exhibition's argument". */
const VERDICT_OF =
	/^(?:But |However, )?The ((?:main |central |chief )?(?:argument|point|message|thesis|verdict)) of (the [\p{Ll}][\p{L} -]{1,40}?) (?:is|was) that (.+)$/u;

function verdict(s: TaggedSentence): ArgumentFact | null {
	const of = VERDICT_OF.exec(s.text);
	const m = of ? ([of[0], `${of[2]}’s`, of[1], of[3]] as const) : VERDICT.exec(s.text);
	if (!m) return null;
	const answer = clause(m[3]);
	const owner = m[1] === 'My' ? "the author's" : m[1].charAt(0).toLowerCase() === 't' ? m[1].replace(/^The /, 'the ') : m[1];
	if (!askable(answer, 3) || !standsAlone(owner.replace(/['’]s$/, ''))) return null;
	return {
		...relationFact(s, answer, s.text.indexOf(answer, s.text.length - m[3].length), `argument|${normaliseAnswer(answer).slice(0, 60)}`),
		kind: 'argument',
		arguer: owner,
		verb: m[2],
		topic: ''
	};
}

/**
 * Arguments and verdicts: what an author, reviewer or exhibition argues, believes or claims
 * ("The show argues that …", "I have come to believe that …") and a judgement named as such
 * ("The reviewer's main criticism is …"). Asked as a card ("What does the exhibition argue about
 * X?" → the whole clause) and, where its claim can be turned, as a true/false pair whose false
 * statement reverses it. No choice question: the article's other arguments are true of it too.
 */
export const argument: FactKindModule<'argument'> = {
	kind: 'argument',
	claims: false,
	find(s, ctx) {
		const f = verdict(s) ?? argued(s);
		return f && !unintroduced(f.topic, s, ctx.article.sentences) ? [f] : [];
	},
	ask(fact, ctx) {
		const firstPerson = /^(?:(?:[^,]{0,40}, )?(?:But |And |Yet |So |Still )?)I /.test(ctx.sentence.text);
		const prompt = fact.topic ? promptOf(fact, firstPerson) : `What is ${fact.arguer} ${fact.verb}?`;
		const out = [relationQuestion(fact, ctx.sentence, { type: 'flashcard', prompt, back: cardBack(secondThat(fact.answer)) }, 'card', 'argued')];
		// A claim with a figure is turned by its number elsewhere; "raised 1.2 million" → "lowered" reads as nonsense.
		if (!fact.topic || firstPerson || /\d/.test(fact.answer)) return out;
		const predicate = contradict(fact.answer.slice(fact.topic.length));
		if (predicate) {
			const said = `${capitalise(fact.arguer)} ${fact.verb} that ${fact.answer}`;
			const reversed = `${capitalise(fact.arguer)} ${fact.verb} that ${fact.answer.slice(0, fact.topic.length)}${predicate}`;
			out.push(
				relationQuestion(
					fact,
					ctx.sentence,
					{ type: 'true_false', prompt: asStatement(reversed), answer: false, explanation: `False: the article says ${finish(said)}.` },
					'statement',
					'argued-false'
				),
				relationQuestion(fact, ctx.sentence, { type: 'true_false', prompt: asStatement(said), answer: true }, 'statement', 'argued-true')
			);
		}
		return out;
	},
	score: () => 4
};
