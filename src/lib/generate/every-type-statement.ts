import { checkQuestion } from './checks';
import { asStatement } from './english';
import { questionId, type Candidate } from './questions/candidate';

/**
 * A "Who …?" question on what a person did asked as a true statement: "Who directs the first act
 * with real patience?" → "Tobias Reyes-Hallett directs the first act with real patience." The
 * question asks for the subject of its clause (questions/who.ts builds it from the words after a
 * name that opens one), so the name in the place of "Who" gives back the clause, whole and
 * grammatical. A review says what it thinks of each person of a work in such clauses, and few of
 * its sentences hold a number or a swappable name a false statement could change: this is the
 * way a true/false asks one of its central claims.
 * "Who is described in the article as …?" asks a role, not a clause, and is never one. Null when
 * the statement fails a check: a true statement is its sentence's words (a person the sentence
 * calls by surname may be named in full), so one comes only where the sentence ends with the
 * clause, not with more after it.
 */
export function whoStatement(c: Candidate): Candidate | null {
	if (c.form !== 'wh' || c.facet !== 'event' || c.fact.kind !== 'person') return null;
	const q = c.question;
	const name = q.type === 'short_answer' ? q.answer : q.type === 'mcq' ? q.choices[q.answer] : undefined;
	const clause = /^Who ((?!is described\b)\p{Ll}.*)\?$/u.exec(q.prompt)?.[1];
	if (!name || !clause) return null;
	const id = questionId(c.fact, c.sentence, 'true_false', 'who-true');
	const question = { id, type: 'true_false' as const, prompt: asStatement(`${name} ${clause}`), answer: true, tags: q.tags, source: q.source };
	if (checkQuestion(question).length > 0) return null;
	return { ...c, form: 'statement', question, dedupe: c.dedupe.replace(`|${q.type}|`, '|true_false|') };
}
