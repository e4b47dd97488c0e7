import { normaliseAnswer } from '../../quiz/normalise';
import { clauseRest, finish, wordCount } from '../english';
import type { FactRecord, RequirementFact, TaggedSentence } from '../facts/types';
import { askable, askClause, auxOf, baseOf, clause, subjectBefore } from './clause';
import type { FactKindModule } from './kind';
import { bareNoun, finite } from './lead-phrases';
import { relationFact, unintroduced } from './relation';

/** "Shops must take back …", "Operators will have to give …": what someone is bound to do. */
const MUST = / (must|will have to|has to|have to|had to|(?:is|are|was|were|will be) required to|(?:is|are|was|were|will be) obliged to) (not )?(\p{Ll}+ .+)$/u;
/** "The law requires shops to take back …": a rule and whom it binds. */
const REQUIRES =
	/ (requires|require|required|obliges|oblige|obliged|forces|force|forced) ((?:all |every |each |the )?[\p{L}-]+(?: [\p{Ll}-]+){0,2}) to (\p{Ll}+ .+)$/u;
/**
 * "The deal requires approval from shareholders", "Hot-weather rules require speed limits at …":
 * what a rule or deal needs, with no one named to do it. Lower-case after the verb, so a named
 * party ("requires Nordvik to …") and the passive ("required by law", "required to") are REQUIRES's or no duty.
 */
const NEEDS = / (requires|require|required) (?!(?:to|that)\b)(\p{Ll}[^;:]+)$/u;
/** "Milk is exempt (from the deposit)". */
const EXEMPT = / (is|are|was|were|will be|remains|remain) exempt(?: from ([^,;.]+))?/u;
/** "Wine will be added in 2028", "Cans will be included from May": what a rule takes in later. */
const ADDED = / (will be|is to be|are to be|would be) (added|included|brought in|covered) ([^,;]+)/u;

const MODAL_BASE: Record<string, string> = { 'will have to': 'have to', 'has to': 'have to', 'have to': 'have to', 'had to': 'have to' };

/** The question a requirement is asked by. */
function promptOf(f: RequirementFact): string {
	switch (f.rule) {
		case 'must': {
			const bound = /required|obliged/.exec(f.verb);
			if (bound) return `What ${f.verb.replace(/ (?:required|obliged) to$/, '')} ${f.subject} ${bound[0]} to do?`;
			if (f.verb === 'must') return `What must ${f.subject} do?`;
			const aux = f.verb === 'will have to' ? 'will' : f.verb === 'had to' ? 'did' : auxOf(f.verb.split(' ')[0]);
			return `What ${aux} ${f.subject} ${MODAL_BASE[f.verb] ?? 'have to'} do?`;
		}
		case 'requires':
			return `What ${auxOf(f.verb)} ${f.subject} ${baseOf(f.verb)}${f.object ? ` ${f.object} to do` : f.where ? ` ${f.where}` : ''}?`;
		case 'exempt':
			return `What ${f.verb} exempt from ${f.object}?`;
		case 'added':
			return `What ${f.verb} ${f.object}?`;
	}
}

function ruleFact(
	s: TaggedSentence,
	answer: string,
	at: number,
	key: string,
	rest: Omit<RequirementFact, keyof ReturnType<typeof relationFact> | 'kind'>
): RequirementFact {
	return { ...relationFact(s, answer, at, `requirement|${key}`), kind: 'requirement', ...rest };
}

/**
 * "The supply contract requires …", "The loan contract obliges …": compromise reads the second noun of
 * a compound as a verb, and the subject as a clause. A bare verb form between a determiner's noun
 * and the clause's finite verb cannot be a verb (lead-phrases.ts `bareNoun`), so it is read as the
 * noun the subject ends on.
 */
function subjectOf(s: TaggedSentence, at: number): ReturnType<typeof subjectBefore> {
	const found = subjectBefore(s, at);
	const last = s.tokens.findIndex((t, i) => t.end <= at && (s.tokens[i + 1]?.start ?? Infinity) >= at);
	if (found || last < 0 || !bareNoun(s.tokens, last) || !s.tokens[last + 1] || !finite(s.tokens[last + 1])) return found;
	const tokens = s.tokens.map((t, i) => (i === last ? { ...t, tags: new Set([...t.tags, 'Noun']) } : t));
	return subjectBefore({ ...s, tokens }, at);
}

/** A duty ("must …", "requires … to …"): the subject names who is bound, the answer what they must do. */
function duty(s: TaggedSentence): RequirementFact | null {
	const must = MUST.exec(s.text);
	const requires = must ? null : REQUIRES.exec(s.text);
	const m = must ?? requires;
	if (!m) return null;
	const subject = subjectOf(s, m.index);
	// "must not sell": the "not" is part of what is required.
	const answer = clause(must ? `${must[2] ?? ''}${must[3]}` : m[3]);
	// "someone must still be there", "you must charge it": a duty of no one in particular asks nothing.
	if (!subject || !askable(answer, 3, subject.text) || /^(?:be|still|also|now)\b/.test(answer)) return null;
	const at = s.text.indexOf(answer, m.index);
	const verb = m[1];
	return ruleFact(s, answer, at, normaliseAnswer(`${subject.text} ${answer}`).slice(0, 60), {
		subject: subject.asked,
		rule: must ? 'must' : 'requires',
		verb,
		...(requires ? { object: requires[2] } : {})
	});
}

/** ", typically 20 mph, at sites with …": after a short aside, where or when the thing is needed. */
const NEEDED_WHERE = /^(?:, [^,]{1,30},)? ((?:at|in|on|for|during|when|where|before|after) [^,;:]+?)\.?$/;

/**
 * What a rule or deal needs ("requires approval from …"): the thing needed, up to its clause's
 * end, is the answer; where or when it is needed goes into the question, so the typed answer is short.
 */
function needed(s: TaggedSentence): RequirementFact | null {
	const m = NEEDS.exec(s.text);
	if (!m) return null;
	// "its required temperature", "the hours required by law": asked only where "require" is the clause's verb and a noun follows.
	const [verb, next] = s.tokens.filter((t) => t.start > m.index);
	if (!verb?.tags.has('Verb') || verb.tags.has('Adjective') || !next || ['Preposition', 'Conjunction', 'Adverb'].some((tag) => next.tags.has(tag))) return null;
	const subject = subjectOf(s, m.index);
	const answer = finish(clauseRest(m[2]));
	const at = s.text.indexOf(answer, m.index);
	// "requires every company that sells drinks to join …": someone required to act, a duty this reading would garble.
	const toVerb = s.tokens.some((t, i) => t.start >= at && t.end <= at + answer.length && t.text === 'to' && s.tokens[i + 1]?.tags.has('Infinitive'));
	if (!subject || toVerb || !askable(answer, 2, subject.text)) return null;
	const where = NEEDED_WHERE.exec(s.text.slice(at + answer.length))?.[1];
	return ruleFact(s, answer, at, normaliseAnswer(`${subject.text} ${answer}`).slice(0, 60), {
		subject: subject.asked,
		rule: 'requires',
		verb: m[1],
		...(where ? { where } : {})
	});
}

/** What a rule leaves out or takes in later: the thing is the answer, the rest of the clause its question. */
function scope(s: TaggedSentence): RequirementFact | null {
	const exempt = EXEMPT.exec(s.text);
	const added = exempt ? null : ADDED.exec(s.text);
	const m = exempt ?? added;
	if (!m) return null;
	const subject = subjectOf(s, m.index);
	const object = finish(exempt ? (exempt[2] ?? '') : `${m[2]} ${clauseRest(m[3])}`);
	if (!subject || wordCount(object) < 2 || !askable(object, 2)) return null;
	const answer = s.text.slice(subject.at, m.index);
	return ruleFact(s, answer, subject.at, normaliseAnswer(`${answer} ${object}`).slice(0, 60), {
		subject: subject.asked,
		rule: exempt ? 'exempt' : 'added',
		// A list of things is asked in the plural: "What are exempt …?" reads wrong, "What is" asks for one.
		verb: exempt ? 'is' : m[1],
		object
	});
}

/** Other duties of the same sort, on others and from other sentences: each false of this subject. */
const others = (f: RequirementFact, all: FactRecord[]) =>
	all
		.filter(
			(o): o is RequirementFact =>
				// A deed ("give notice") is no choice beside a thing needed ("approval from shareholders").
				o.kind === 'requirement' && o.rule === f.rule && !o.object === !f.object && o.sentence !== f.sentence && o.subject !== f.subject
		)
		.map((o) => o.answer);

/**
 * Requirements and rules: what someone must do, what a rule requires of whom, what it exempts
 * and what it will take in later. Asked whole ("What must shops do?", "What does the law require
 * shops to do?", "What is exempt from the deposit?"), on a card, typed when short, and as a
 * choice among the article's other duties of the same sort when it has three.
 */
export const requirement: FactKindModule<'requirement'> = {
	kind: 'requirement',
	claims: false,
	find(s, ctx) {
		const f = duty(s) ?? needed(s) ?? scope(s);
		// "What must candidates do?": a duty on someone the article never introduced says not whose.
		const unnamed = f && (f.rule === 'must' || f.rule === 'requires') && unintroduced(f.subject, s, ctx.article.sentences, true);
		return f && !unnamed && f.answerStart >= s.start ? [f] : [];
	},
	ask(fact, ctx) {
		// "What must the agency do?" has no one answer when the article lists several duties of the agency.
		const duties = (r: RequirementFact) => r.rule === 'must' || r.rule === 'requires';
		if (duties(fact) && ctx.all.some((o) => o.kind === 'requirement' && duties(o) && o.subject === fact.subject && o.answer !== fact.answer)) return [];
		return askClause(fact, ctx, promptOf(fact), fact.answer, fact.rule, fact.rule === 'must' || fact.rule === 'requires' ? others(fact, ctx.all) : []);
	},
	score: () => 4
};
