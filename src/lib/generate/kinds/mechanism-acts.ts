import { clauseRest, wordCount } from '../english';
import type { TaggedSentence } from '../facts/types';
import { askable, subjectBefore } from './clause';

/**
 * "The tank acts like a battery", "the furrows acted as drains", "the boron seems to act as a
 * kind of glue", "Moor-grass has hollow stems that act like chimneys, venting methane …": what a
 * thing is in effect. The explainer's way of saying how something works, read here so that
 * mechanism.ts keeps to the other shapes.
 */

/** Words a bare plural's modifiers cannot be: "as part of its …", "as well as", "like this" say no thing. */
const NOT_A_NOUN =
	'(?!(?:this|its|his|is|was|thus|us|less|unless|plus|of|and|or|in|on|at|to|for|with|from|by|well|part|much|far|soon|long|though|if|it|they|he|she|we|you)\\b)';

/**
 * The verb, "as" or "like", and what follows: a noun phrase with its determiner, or a bare plural
 * ("drains", "one-way doors"), which says what a thing is in effect as much as "a drain" does. An
 * optional "seems to" or "appears to" before the verb is the writer's hedge, kept in the question.
 */
const ACTS_AS = new RegExp(
	` (?:(seems|seem|seemed|appears|appear|appeared) to )?(acts|act|acted|serves|serve|served|functions|function|functioned|works|work|worked) (as|like) ((?:an?|the) .+|(?:${NOT_A_NOUN}[\\p{Ll}-]+ ){0,2}${NOT_A_NOUN}[\\p{Ll}-]+s\\b.*)$`,
	'u'
);

/**
 * "Purple moor-grass has hollow stems that act like …": the thing that acts is a part the subject
 * has, named after "has" and before "that". Asked as "the hollow stems of purple moor-grass".
 */
const HAS_PART = /^(.+) (?:has|have|had) ((?:[\p{Ll}-]+ ){0,3}[\p{Ll}-]+) (?:that|which)$/u;

/** ", venting methane from deep in the peat": a participle after the comparison says what the thing does as it. */
const DOING = /^, (\p{Ll}+ing\b.*)$/u;

/** Longest comparison asked: a longer one is a whole description, not what the thing is in effect. */
const MAX_WHAT = 12;
const MAX_DOING = 12;

export interface ActsAs {
	/** Where the subject's clause ends, and the subject as the question reads it. */
	index: number;
	subject: string;
	verb: string;
	/** "like", "as", or "seem to act like" after a hedge. */
	object: string;
	answer: string;
}

/**
 * Whether the subject is someone: "the diplomat Alvise Contarini acted as mediator" gives a role,
 * the person kind's to ask. A person's noun ("diplomat", the tagger's Actor) or a full name.
 */
function person(s: TaggedSentence, from: number, to: number): boolean {
	const words = s.tokens.filter((t) => t.start >= from && t.end <= to);
	return words.some((t) => t.tags.has('Actor')) || words.filter((t) => t.tags.has('ProperNoun')).length >= 2;
}

/** The subject of the acting clause: a plain noun phrase, or a part its owner "has". */
function subjectOf(s: TaggedSentence, at: number): string | null {
	const plain = subjectBefore(s, at);
	if (plain) return person(s, plain.at, at) ? null : plain.asked;
	const part = HAS_PART.exec(s.text.slice(0, at));
	const owner = part ? subjectBefore(s, part[1].length) : null;
	return part && owner ? `the ${part[2]} of ${owner.asked}` : null;
}

/** What a thing acts as or like in this sentence, or null when it does not say so. */
export function actsAs(s: TaggedSentence): ActsAs | null {
	const m = ACTS_AS.exec(s.text);
	// "works as a nurse" is someone's job: only "works like" says what a thing is in effect.
	if (!m || (/^work/.test(m[2]) && m[3] === 'as')) return null;
	const [, hedge, verb, link, rest] = m;
	const what = clauseRest(rest);
	if (wordCount(what) > MAX_WHAT) return null;
	const subject = subjectOf(s, m.index);
	if (!subject) return null;
	// The participle runs to its own clause end; when it leans on the paragraph ("those boundaries"), the comparison alone is asked.
	const doing = DOING.exec(rest.slice(what.length));
	const said = doing ? `${what}, ${clauseRest(doing[1])}` : '';
	const answer = said && wordCount(clauseRest(doing![1])) <= MAX_DOING && askable(said, 1, subject) ? said : what;
	if (!askable(answer, 1, subject)) return null;
	return hedge
		? { index: m.index, subject, verb: hedge, object: `to ${verb.replace(/s$/, '')} ${link}`, answer }
		: { index: m.index, subject, verb, object: link, answer };
}
