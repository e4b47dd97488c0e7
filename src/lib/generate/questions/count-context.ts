import { PROMPT_MAX } from '../checks';
import type { Sentence } from '../sentences';
import { tokenize } from '../tokens';
import type { Candidate } from './candidate';
import { leansBack } from './standalone';

/**
 * "How many main types are there?", "About how many workers have been moved to reduced hours?":
 * a count asked with no name and no year in the question says nothing of what was counted where
 * or when, so out of its paragraph it has no one answer. The sentence before it in the paragraph
 * holds that context ("A dehumidifier pulls water out of the air …"), so it is shown first.
 */

/** "How many …?", "About how many …?": a count question, with the words that open it. */
const COUNT_QUESTION = /^(?:(?:About|Roughly|Approximately|In all|In total),? )?[Hh]ow many\b/;

/** "… are there?", "… were there across 46 minutes?": the count of an existential "there", which names nothing at all. */
const EXISTENTIAL = /\b(?:are|were|will be|would be) there\b/;

/** Whether a text names something: a capitalised word after its first, or a year. */
const namesSomething = (text: string) => /\s["“‘(]?\p{Lu}/u.test(text) || /\b(?:1[5-9]|20)\d\d\b/.test(text);

/** Whether a sentence states something: it has a finite verb (a heading such as "Verdict: four stars." has none). */
const states = (text: string) => tokenize(text).some((t) => t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Noun'));

/**
 * A count question given the context it lacks: unchanged when it names something or is no count
 * question; with the sentence before shown first when that sentence stands on its own (and, for a
 * count that is not existential, names something itself: "The consequences were felt for years."
 * adds only words); null for an existential count no sentence before can be shown with, which
 * asks about nothing.
 */
export function countInContext(c: Candidate, previous: Sentence | undefined, earlier: Sentence[], text: string): Candidate | null {
	const prompt = c.question.prompt;
	if (c.form !== 'wh' || !COUNT_QUESTION.test(prompt) || namesSomething(prompt)) return c;
	const existential = EXISTENTIAL.test(prompt);
	const shown =
		previous !== undefined &&
		!previous.heading &&
		previous.index === c.sentence.index - 1 &&
		!/\?["”’]?$/.test(previous.text.trim()) &&
		states(previous.text) &&
		!leansBack(
			previous.text,
			earlier.filter((s) => s.index < previous.index)
		) &&
		(existential || namesSomething(previous.text)) &&
		previous.text.length + prompt.length < PROMPT_MAX;
	if (!shown) return existential ? null : c;
	const source = { quote: text.slice(previous.start, c.sentence.end), start: previous.start, end: c.sentence.end };
	return { ...c, question: { ...c.question, prompt: `${previous.text} ${prompt}`, source } };
}
