import type { Candidate } from './candidate';
import type { About } from './standalone';
import { tokenize } from '../tokens';
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
	if (!m || !subject || m[2] !== subject.pronoun || resolveLead(c.sentence.text, subject, about.othersBefore) === null) return nameWhObject(c, about);
	const prompt = `${m[1]} ${subject.surname}${c.question.prompt.slice(m[0].length)}`;
	return { ...c, question: { ...c.question, prompt } };
}

/**
 * A question's object "him" or "her" after its helper verb, before the rest of the predicate or
 * the question mark: "did the Guild of Tower Keepers award him its gold medal?".
 */
const OBJECT_PRONOUN =
	/^((?:In|On|When|Where|What|Which|How|Why)\b[^?]*?\b(?:did|does|do|was|were|is|are|had|has|have|will|would|could|can)\b[^?]*?) (him|her)(?= (?:its|the|a|an|to|as|in|on|for|with|at|into)\b|\?)/;

const OBJECT_OF = { he: 'him', she: 'her' } as const;

/**
 * "In what year did the Guild of Tower Keepers award Venn-Halloran its gold medal?" from "In 2011
 * the Guild … awarded him its gold medal" in his obituary: the object pronoun is the article's
 * subject when it is of the subject's gender, the sentence names no other person and nobody else
 * is named in the sentence before. Otherwise the question is left as it is, and the check for
 * unresolved pronouns drops it.
 */
function nameWhObject(c: Candidate, about: About): Candidate {
	const m = c.form === 'wh' ? OBJECT_PRONOUN.exec(c.question.prompt) : null;
	const subject = about.subject;
	if (!m || !subject || about.othersBefore || m[2] !== OBJECT_OF[subject.pronoun]) return c;
	// Anyone else the sentence names, whether or not the article reads them as a person fact, may be the one meant.
	const surnames = [...(about.people?.keys() ?? [])].map((name) => name.split(/\s+/).at(-1) ?? name).filter((s) => s !== subject.surname);
	if (surnames.some((s) => c.sentence.text.includes(s))) return c;
	if (tokenize(c.sentence.text).some((t) => t.tags.has('Person') && !subject.surname.includes(t.text))) return c;
	const prompt = `${m[1]} ${subject.surname}${c.question.prompt.slice(m[0].length)}`;
	return { ...c, question: { ...c.question, prompt } };
}
