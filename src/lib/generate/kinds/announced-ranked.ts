import { normaliseAnswer } from '../../quiz/normalise';
import { finish, lowerFirst, PERSONAL_WORD, PRONOUN_WORD, wordCount } from '../english';
import type { AnnouncedFact, TaggedSentence } from '../facts/types';
import { relationFact, standsAlone } from './relation';

/**
 * What the article ranks above or below the rest, a reviewer's verdict or a study's result:
 * "The final room, devoted to …, is the weakest", "The floating booms proved the weakest part of
 * the design", "Young lakes were the strongest emitters". The subject is the answer; the
 * superlative (compromise's tag, not a word list) and what it ranks among make the question.
 */

/** "X is/proved the weakest (part of the design)": the subject, the verb and the rest of the clause. */
const RANKED =
	/^(?:(?:But|And|Yet|So|Still|However),? )?([^;:“”"]{3,140}?) (is|was|are|were|proved|proves|remains|remained) the ([^;:,“”"]+?)(?:[.!]|: .*|; .*)?$/u;

/** A word that points elsewhere ("it", "this", "there"): a subject that is one, or opens on one, names nothing here. */
const POINTING = 'it|this|that|these|those|they|he|she|there|what';
const POINTING_ALONE = new RegExp(`^(?:${POINTING})$`, 'i');
const POINTING_FIRST = new RegExp(`^(?:${POINTING})\\b`, 'i');

export function announcedRanked(s: TaggedSentence): AnnouncedFact | null {
	const m = RANKED.exec(s.text);
	if (!m) return null;
	const [, subject, verb, ranked] = m;
	const at = s.text.indexOf(` the ${ranked}`, m.index + subject.length) + 5;
	const first = s.tokens.find((t) => t.start === at);
	if (!first || (!first.tags.has('Superlative') && !/^(?:most|least|best|worst)$/.test(first.text))) return null;
	// "The final room, devoted to …": the subject's core before an aside names it; the aside stays on the card's back.
	const core = subject.split(', ')[0].replace(/^(?:But|And|Yet|So|Still|However),? /, '');
	const coreTokens = s.tokens.filter((t) => t.start >= s.text.indexOf(core) && t.end <= s.text.indexOf(core) + core.length);
	// A verb among the words is a clause; the last word, right before "is", is the head noun whatever its tag ("Young lakes were").
	const verbal = (t: TaggedSentence['tokens'][number], i: number) =>
		i < coreTokens.length - 1 && t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective');
	const clausal = coreTokens.some((t, i) => verbal(t, i) || /^(?:which|that|who|because|if|when)$/i.test(t.text));
	// "For the engineers at the company, it is the most important number": an opening phrase leaves the subject after its comma.
	const last = subject.split(', ').pop() ?? '';
	const opens = coreTokens[0] && ['Preposition', 'Conjunction', 'Adverb'].some((tag) => coreTokens[0].tags.has(tag));
	if (opens || POINTING_ALONE.test(last)) return null;
	if (
		clausal ||
		wordCount(core) > 8 ||
		!standsAlone(core) ||
		POINTING_FIRST.test(core) ||
		// "the most vivid writing I have read": the writer's own measure.
		PERSONAL_WORD.test(`${ranked} ${core}`)
	)
		return null;
	const words = wordCount(ranked);
	let prompt: string;
	if (words > 1) {
		// "the weakest part of the design" says what was ranked among: "What proved the weakest part of the design?"
		// "the largest of its kind": a pronoun there means the answer itself, so the question would not say of what kind.
		if (words > 12 || !standsAlone(ranked) || PRONOUN_WORD.test(ranked)) return null;
		// "the strongest emitters" of what, among what? A superlative says its set only with a phrase after it ("… of the design").
		if (!/ (?:of|in|on|at|to|for|about|among|from|with) /.test(` ${ranked} `)) return null;
		prompt = `What ${verb} the ${finish(ranked)}?`;
	} else {
		// "is the weakest" alone: the subject's head says among what, when a word before it picks one of them out ("the final room").
		const head = /^(?:the|a|an|its|their) (?:[\p{Ll}-]+ ){1,3}([\p{Ll}-]+)$/u.exec(lowerFirst(core))?.[1];
		if (!head) return null;
		prompt = `Which ${head} ${verb} the ${finish(ranked)}?`;
	}
	const answer = finish(subject.replace(/^(?:But|And|Yet|So|Still|However),? /, ''));
	if (!standsAlone(answer.split(', ')[0])) return null;
	return { ...relationFact(s, answer, s.text.indexOf(answer), `announced|ranked|${normaliseAnswer(ranked)}`), kind: 'announced', sort: 'ranked', prompt };
}
