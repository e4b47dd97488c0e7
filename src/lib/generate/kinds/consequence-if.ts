import { normaliseAnswer } from '../../quiz/normalise';
import { capitalise, finish, lowerFirst, PERSONAL_WORD, wordCount } from '../english';
import type { ConsequenceFact, TaggedSentence } from '../facts/types';
import { sentenceSubject } from '../references-subject';
import { sentenceBefore, type FindContext } from './kind';
import { relationFact, standsAlone } from './relation';

/**
 * A condition and what follows from it: "If the water passes 30 degrees, the screens will be
 * deployed", "Brightwater will pay a break fee of $95 million if the deal is blocked", "But if it
 * misses its targets, it must pay a penalty into the fund". Asked "What will happen if …?" with
 * the consequence whole on the back, or, for a duty, "What must the PRO do if it misses its
 * targets?" with what it must do.
 */

/** The modal verbs a consequence is stated with (a closed class), and how the question asks each. */
const MODAL = /\b(will|would|must|can|could|may|might|has to|have to)\b/;
const ASKED: Record<string, string> = {
	will: 'What will happen',
	would: 'What would happen',
	can: 'What can happen',
	could: 'What could happen',
	may: 'What may happen',
	might: 'What might happen'
};

/** "If A, B": the condition first, B a clause with a modal in its first six words. */
const IF_FIRST = /^(?:(?:But|And|So|Yet|However),? )?[Ii]f ([^“”"]{6,}?), ((?:[^\s,]+ ){0,5}?(?:will|would|must|can|could|may|might|has to|have to) [^“”"]+)$/u;
/** "B if A": the consequence first, with its modal, then the condition to the sentence's end. */
const IF_AFTER = /^([^“”"]{4,}?\b(?:will|would|can|could) [^“”"]+?) if ([^“”",;]{6,})$/u;

/** "it misses its targets" with "it" the subject of the sentence before ("the PRO"), or null. */
function named(pronoun: string, s: TaggedSentence, ctx: FindContext): string | null {
	const prev = sentenceBefore(s, ctx);
	// "Under the law, the PRO keeps …": sentenceSubject reads a subject after an opening phrase only when it is capitalised.
	const subject = prev ? (sentenceSubject(prev.text) ?? sentenceSubject(capitalise(prev.text.replace(/^[^,]{2,70}, /, '')))) : null;
	if (!subject || subject.person) return null;
	const fits = /^it$/i.test(pronoun) ? subject.singular : subject.plural;
	return fits ? subject.text : null;
}

function fact(s: TaggedSentence, condition: string, result: string, prompt: string): ConsequenceFact | null {
	const at = s.text.lastIndexOf(result);
	// "If you must carry the battery …" is advice, not a rule (PERSONAL_WORD).
	if (at < 0 || wordCount(condition) > 25 || wordCount(result) < 3 || wordCount(result) > 30 || PERSONAL_WORD.test(`${condition} ${result}`)) return null;
	return { ...relationFact(s, result, at, `consequence|if|${normaliseAnswer(condition).slice(0, 60)}`), kind: 'consequence', event: condition, prompt };
}

/** The condition in a sentence, and what follows from it, or null. */
export function conditional(s: TaggedSentence, ctx: FindContext): ConsequenceFact | null {
	const first = IF_FIRST.exec(s.text);
	const after = first ? null : IF_AFTER.exec(s.text);
	const condition = finish((first ? first[1] : after?.[2]) ?? '');
	const result = finish((first ? first[2] : after?.[1]) ?? '');
	if (!condition || !result || / if /.test(result)) return null;
	// "the fuse would not cut in if the thermostat failed until the element was far hotter": the
	// "until" belongs to the consequence ("not … until"), so the condition cut there is garbled.
	if (after && /\buntil\b/i.test(condition)) return null;
	const modal = MODAL.exec(result);
	if (!modal) return null;
	const subject = result.slice(0, modal.index).trim();
	// "it must pay …" after "if it misses …": the "it" named from the sentence before, in the question only.
	const pronoun = /^(it|they)$/i.exec(subject)?.[1];
	const who = pronoun && new RegExp(`^${pronoun}\\b`, 'i').test(condition) ? named(pronoun, s, ctx) : null;
	const standing = standsAlone(condition) || (who !== null && standsAlone(`${who} ${condition.replace(/^\S+ /, '')}`));
	if (!standing) return null;
	if (modal[1] === 'must' || modal[1] === 'has to' || modal[1] === 'have to') {
		// A duty under a condition: "What must the PRO do if it misses its targets?" → "Pay a penalty …".
		const doer = who ?? (standsAlone(subject) && wordCount(subject) <= 6 && !/^(?:it|they|this|that)$/i.test(subject) ? lowerFirst(subject) : null);
		const duty = result.slice(modal.index + modal[0].length).trim();
		if (!doer || !/^\p{Ll}/u.test(duty)) return null;
		const verb = modal[1] === 'must' ? 'must' : modal[1] === 'has to' ? 'does' : 'do';
		const prompt = verb === 'must' ? `What must ${doer} do if ${condition}?` : `What ${verb} ${doer} have to do if ${condition}?`;
		return fact(s, condition, duty, prompt);
	}
	if (!standsAlone(result) && !who) return null;
	const asked = who && !standsAlone(condition) ? `${who} ${condition.replace(/^\S+ /, '')}` : condition;
	return fact(s, condition, result, `${ASKED[modal[1]]} if ${asked}?`);
}
