import type { Question } from '../bank/schema';

/**
 * "What must Dunmorrow Borough Council do?", "What do images show about Quillon?", "What does the
 * metal act like?": a short question whose verb asks for anything at all (do, show, say, find,
 * call, mean, become, have, pay, act like). The article says many things the subject does or
 * shows, so the question does not point to one answer; a longer question carries what narrows
 * it. On the dev set's judged questions, judges accepted 13 of 111 verdicts on such questions of
 * nine words or fewer (none of 32 at six words or fewer), against 26 of 56 for longer ones. A
 * commitment ("What has Brightwater agreed to do?") names one act and is left alone.
 */
const OPEN_VERB = /\b(?:do|show|say|find|call|mean|become|have|pay|act like)(?:\s+about\s+[^?]+)?\?$/i;
const WH_AUX = /^What (?:did|does|do|must|will|should|would|can|could|has|have|had)\b/;
const COMMITMENT = /\b(?:agree|agreed|agrees|promise|promised|promises|pledge|pledged|vow|vowed|plan|plans|planned)\s+to\s+do\?$/i;

/** The most words an open question may have and still fail to say which answer it wants. */
const OPEN_MAX_WORDS = 9;

export function openQuestion(q: Question): string | null {
	const prompt = q.prompt.trim();
	if (!WH_AUX.test(prompt) || !OPEN_VERB.test(prompt) || COMMITMENT.test(prompt)) return null;
	return prompt.split(/\s+/).length <= OPEN_MAX_WORDS ? 'an open question the article answers in many ways' : null;
}
