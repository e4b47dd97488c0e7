import { tokenize } from '../tokens';
import { finish } from '../english';
import { isFinite } from './wh';

/**
 * Clauses a phrase question reads through commas: an appositive between the subject and its verb
 * ("Typhus, a fever spread by lice, broke out …") and a participle phrase after the subject that
 * the phrase belongs to ("The inquest, held at the inn in April 1872, heard …").
 */

/** The subject (a name or "the/a …" noun phrase of up to six words) before its first comma. */
const SUBJECT = /^((?:(?:The|An?) )?[\p{L}\d’'-]+(?: [\p{L}\d’'-]+){0,5}), /u;

/**
 * "Typhus, a fever spread by lice, broke out in …" -> "Typhus broke out in …": an appositive
 * opened by "a", "an", "the" or a preposition ("at Gullhead Point"), closed by a comma and
 * followed at once by the main verb, is left out; null for any other shape.
 */
export function withoutAppositive(before: string): string | null {
	const subject = SUBJECT.exec(before);
	if (!subject) return null;
	const rest = before.slice(subject[0].length);
	const m = /^((?:a|an|the|at|in|on|near|from) [^,]+), /.exec(rest);
	if (!m) return null;
	const main = rest.slice(m[0].length);
	const verb = tokenize(main).find((t) => !t.tags.has('Adverb'));
	if (!verb || !isFinite(verb) || verb.start !== main.search(/\S/)) return null;
	return `${subject[1]} ${main}`;
}

/**
 * "The inquest, held at the Black Bull inn in April 1872, heard …" -> "When was the inquest held
 * at the Black Bull inn?": the phrase sits in a participle phrase set off by commas after the
 * subject, which says when or where the subject was so treated. `before` runs from the sentence's
 * start to the phrase, `after` from the phrase's end; the words of the participle phrase after the
 * phrase are kept up to its closing comma.
 */
export function participleQuestion(before: string, after: string, lead: string): string | null {
	const subject = SUBJECT.exec(before);
	if (!subject || !/^(?:The|An?) /.test(subject[1])) return null;
	const phrase = before.slice(subject[0].length);
	const words = tokenize(phrase);
	const first = words[0];
	// A past participle: "held", "built", "found" (not "-ing", not a finite verb with its own subject).
	if (
		!first ||
		first.start !== 0 ||
		!first.tags.has('Verb') ||
		!/(?:ed|en|held|built|made|found|sent|set|shown|won|run|brought|bought|taken|laid)$/.test(first.text)
	)
		return null;
	if (words.some((t, i) => i > 0 && t.tags.has('Verb')) || /[,;:()“”"]/.test(phrase)) return null;
	const close = after.indexOf(',');
	if (close < 0 || /[;:()“”"]/.test(after.slice(0, close))) return null;
	const tail = finish(after.slice(0, close));
	const np = subject[1].replace(/^(?:The|An?)\b/, (w) => w.toLowerCase());
	const plural = tokenize(np).at(-1)?.tags.has('Plural');
	const question = `${lead} ${plural ? 'were' : 'was'} ${np} ${finish(phrase)}${tail ? ` ${tail.trim()}` : ''}`.replace(/\s+/g, ' ');
	return `${question}?`;
}
