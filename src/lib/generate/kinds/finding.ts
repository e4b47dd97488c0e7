import { normaliseAnswer } from '../../quiz/normalise';
import { asStatement, capitalise, finish, wordCount } from '../english';
import type { TaggedSentence } from '../facts/types';
import { movedSubject } from '../questions/phrasing';
import { contradict } from './contradict';
import type { FactKindModule } from './kind';
import { auxOf, baseOf } from './clause';
import { secondThat } from '../questions/card-backs';
import { cardBack, relationFact, relationQuestion, standsAlone, unintroduced } from './relation';
import { reporterCut } from './reported-clause';
import { tokenize } from '../tokens';

const VERBS =
	'found|find|finds|showed|shown|show|shows|suggest|suggests|suggested|concluded|concludes|discovered|revealed|reveals|demonstrated|demonstrates|confirmed|confirms|estimate|estimates|estimated';

/** "(In 2020, )the researchers found that …": who found it, the verb, and the whole found clause. */
const FINDING = new RegExp(
	`^(?:[^,]{0,40}, )?(?:(?:But|And|Yet|So|Still) )?((?:The |A |An )?[\\p{L}][\\p{L}\\p{N}'’ -]{1,60}?) ((?:(?:also|have|has|had|later) )?(?:${VERBS})) that (.+)$`,
	'u'
);

/** The subject of a clause: its words before the first finite verb. */
export function subjectOf(s: TaggedSentence, from: number): string | null {
	const finite = (t: TaggedSentence['tokens'][number]) =>
		t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Infinitive') && !(t.tags.has('Noun') && !t.tags.has('PresentTense'));
	let relative = false;
	let verb: TaggedSentence['tokens'][number] | undefined;
	const clause = s.tokens.filter((x) => x.start >= from);
	// "the world's glacial lakes have grown": an "-s" word right after an adjective is the plural noun it qualifies, not a verb.
	const noun = (i: number) =>
		i > 0 &&
		clause[i - 1].tags.has('Adjective') &&
		clause[i - 1].post === ' ' &&
		/\p{L}s$/u.test(clause[i].text) &&
		!clause[i].tags.has('Auxiliary') &&
		i + 1 < clause.length;
	// "children who slept longer scored higher": the verb of a relative clause is not the clause's own.
	for (const [i, t] of clause.entries()) {
		if (noun(i)) continue;
		if (/^(?:who|that|which)$/i.test(t.text)) relative = true;
		else if (finite(t) && relative) relative = false;
		else if (finite(t)) {
			verb = t;
			break;
		}
	}
	if (!verb) return null;
	// "the buckle probably developed": an adverb before the verb is the verb's, not the subject's ("about the buckle probably?").
	const before = clause.filter((t) => t.end <= verb.start);
	let end = before.length;
	while (end > 1 && before[end - 1].tags.has('Adverb') && !before[end - 1].tags.has('Noun')) end--;
	const subject = s.text.slice(from, end < before.length ? before[end].start : verb.start).trim();
	const n = wordCount(subject);
	return n >= 1 && n <= 8 && !/,/.test(subject) ? subject : null;
}

/** Sentences that must name a bare topic ("the lakes") before "what was found about" it has many answers. */
const MANY_MENTIONS = 3;

/** Whether a topic is a bare "the" and one noun that the article names in several sentences. */
function crowded(topic: string, all: TaggedSentence[]): boolean {
	const head = /^the (\p{Ll}[\p{Ll}-]+)$/u.exec(topic)?.[1];
	return !!head && all.filter((t) => new RegExp(`\\b${head}\\b`, 'i').test(t.text)).length >= MANY_MENTIONS;
}

/**
 * "one resident in fifteen", "40 percent of households": a topic that is a share or a count puts the
 * figure in the question, and "What do historians estimate about one resident in fifteen?" asks
 * nothing the front has not told; the figure's own questions and the true/false pair ask it. A year ("the 2019 floods") names.
 */
function counted(s: TaggedSentence, at: number, topic: string): boolean {
	const words = s.tokens.filter((t) => t.start >= at && t.end <= at + topic.length);
	return words.some((t) => t.tags.has('Value') && !/^(?:1[5-9]|20)\d\d$/.test(t.text));
}

/**
 * "The team found that the lakes released an average of …": where the topic is a bare "the" and
 * one noun that the article names in several sentences, the team found many things about it, and
 * "What did the team find about the lakes?" has no one answer. The question then asks what the
 * topic did ("… find the lakes released?"), read from a single past or present verb and an
 * optional preposition after it; null where the clause goes on otherwise ("had been disturbed"),
 * and the finding then makes no card at all.
 */
function askedPredicate(s: TaggedSentence, topicAt: number, topic: string, all: TaggedSentence[]): { verb: string; rest: string } | null {
	if (!crowded(topic, all)) return null;
	const after = s.tokens.filter((t) => t.start >= topicAt + topic.length);
	const [verb, next, third] = after;
	const finite = verb && verb.tags.has('Verb') && (verb.tags.has('PastTense') || verb.tags.has('PresentTense'));
	if (!finite || verb.tags.has('Copula') || verb.tags.has('Auxiliary') || verb.tags.has('Modal') || verb.tags.has('Noun')) return null;
	// "began on a length of rail" takes its preposition; "released about 40 tonnes" hedges a figure with it.
	const hedge = third && (third.tags.has('Value') || third.tags.has('Adverb'));
	const prep = next?.tags.has('Preposition') && !hedge ? next : undefined;
	const from = (prep ?? verb).end;
	const rest = finish(s.text.slice(from).trim());
	if (wordCount(rest) < 3 || !/^(?:a|an|the|\d|about|around|roughly|some|more|less|nearly|almost)\b/i.test(rest)) return null;
	return { verb: s.text.slice(verb.start, from), rest };
}

/** The verb word of a finding's verb phrase ("has shown" → "shown"), which takes the auxiliary. */
const verbWord = (phrase: string): string => phrase.split(' ').pop() ?? phrase;

/**
 * Findings and claims: "The study found that …", "Researchers showed that …". Asked as a card
 * ("What did the researchers find about X?" → the whole finding) and as a true/false pair whose
 * false statement reverses the finding's main claim.
 */
export const finding: FactKindModule<'finding'> = {
	kind: 'finding',
	claims: false,
	find(s, ctx) {
		const m = FINDING.exec(s.text);
		if (!m) return [];
		const finder = m[1];
		const clauseAt = (m.index ?? 0) + m[0].length - m[3].length;
		const reporting = s.tokens.filter((t) => t.end <= clauseAt && t.tags.has('Verb')).pop();
		const clause = finish(reporterCut(s, clauseAt, m[3], reporting));
		const topic = subjectOf(s, clauseAt);
		if (!topic || !standsAlone(finder) || !standsAlone(clause) || !standsAlone(topic) || wordCount(finder) > 7 || wordCount(clause) < 5) return [];
		const first = s.tokens.find((t) => t.start === m[0].indexOf(finder));
		if (
			!first ||
			s.tokens.some((t) => t.start >= m[0].indexOf(finder) && t.end <= m[0].indexOf(finder) + finder.length && t.tags.has('Verb') && !t.tags.has('Noun'))
		)
			return [];
		const predicate = askedPredicate(s, clauseAt, topic, ctx.article.sentences);
		// Where no one predicate can be asked, the finding is still stated true or false, but asks no open card.
		const open = predicate || !(crowded(topic, ctx.article.sentences) || unintroduced(topic, s, ctx.article.sentences) || counted(s, clauseAt, topic));
		return [
			{
				...relationFact(s, clause, clauseAt, `finding|${normaliseAnswer(clause).slice(0, 60)}`),
				kind: 'finding',
				finder: movedSubject(finder, first),
				verb: m[2],
				topic,
				...(predicate ? { predicate } : {}),
				...(open ? {} : { open: false as const })
			}
		];
	},
	ask(fact, ctx) {
		// "The lakes" moves inside the question as "the lakes"; "June and July" keeps its capital.
		const first = tokenize(fact.topic)[0];
		const topic = first ? movedSubject(fact.topic, first) : fact.topic;
		const asked = `What ${auxOf(verbWord(fact.verb))} ${fact.finder} ${baseOf(verbWord(fact.verb))}`;
		const front = fact.predicate ? `${asked} ${topic} ${fact.predicate.verb}?` : `${asked} about ${topic}?`;
		const back = cardBack(fact.predicate ? fact.predicate.rest : secondThat(fact.answer));
		const said = `${capitalise(fact.finder)} ${fact.verb} that ${fact.answer}`;
		const out = fact.open === false ? [] : [relationQuestion(fact, ctx.sentence, { type: 'flashcard', prompt: front, back }, 'card', 'found')];
		// The main claim is the predicate: "children who slept longer" stays, "scored higher" turns.
		const predicate = contradict(fact.answer.slice(fact.topic.length));
		const reversed = predicate ? `${fact.answer.slice(0, fact.topic.length)}${predicate}` : null;
		if (reversed) {
			const explanation = `False: the article says ${fact.finder} ${fact.verb} that ${fact.answer}.`;
			out.push(
				relationQuestion(
					fact,
					ctx.sentence,
					{ type: 'true_false', prompt: asStatement(`${capitalise(fact.finder)} ${fact.verb} that ${reversed}`), answer: false, explanation },
					'statement',
					'found-false'
				)
			);
			out.push(relationQuestion(fact, ctx.sentence, { type: 'true_false', prompt: asStatement(said), answer: true }, 'statement', 'found-true'));
		}
		return out;
	},
	score: () => 3.5
};
