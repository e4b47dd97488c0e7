import type { Candidate } from './candidate';
import type { About } from './standalone';
import { resolveLead } from './subject';

/** A real question whose subject is still "he" or "she", after its lead and auxiliary ("In what year did she …"). */
const SUBJECT_PRONOUN = /^((?:In|On|When|Where)\b[^?]*?\b(?:did|does|do|was|were|is|are|had|has|have|will|would|could|can)) (she|he)\b/;

/**
 * "In what year did she earn her doctorate …?" from "She earned her doctorate … in 1961" in an
 * obituary of Vance: the article's subject named in place of the pronoun ("did Vance earn …"), as
 * a blank over the same sentence names her (see `resolveLead`). The sentence must open on the
 * pronoun (perhaps after a short phrase) with nobody else named just before; otherwise the
 * question is left as it is, and the check for unresolved pronouns drops it.
 */
export function nameWhSubject(c: Candidate, about: About): Candidate {
	const m = c.form === 'wh' ? SUBJECT_PRONOUN.exec(c.question.prompt) : null;
	const subject = about.subject;
	if (!m || !subject || m[2] !== subject.pronoun || resolveLead(c.sentence.text, subject, about.othersBefore) === null) return c;
	const prompt = `${m[1]} ${subject.surname}${c.question.prompt.slice(m[0].length)}`;
	return { ...c, question: { ...c.question, prompt } };
}
