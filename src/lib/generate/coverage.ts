import type { Question } from '../bank/schema';
import { normalText } from './normal-text';
import { parseNumber } from '../quiz/parse-number';
import type { Fact } from './facts';

/** The kinds of fact every bank must ask about: numbers, people, places, organisations and dates. */
const COVERED_KINDS = new Set(['quantity', 'person', 'place', 'organisation', 'date']);

/** Everything a learner reads or gives in a question: prompt, answer, choices, card back. */
function wordsOf(q: Question): string {
	const parts = [q.prompt];
	if (q.type === 'mcq') parts.push(q.choices[q.answer] ?? '');
	else if (q.type === 'true_false') parts.push(q.explanation ?? '');
	else if (q.type === 'flashcard') parts.push(q.back);
	else if (q.type === 'cloze' || q.type === 'short_answer') parts.push(q.answer);
	else if (q.type === 'numeric') parts.push(String(q.answer));
	return ` ${normalText(parts.join(' '))} `;
}

/**
 * The facts of the article that no question asks: a number, person, place, organisation or
 * date that appears in no question's prompt, answer or card. `titleNames` (the names the whole
 * article is about) are asked by every question implicitly and are left out.
 */
export function uncoveredFacts(questions: Question[], facts: Fact[], titleNames: Set<string> = new Set()): Fact[] {
	const texts = questions.map(wordsOf);
	return facts.filter((f) => {
		if (!COVERED_KINDS.has(f.kind) || titleNames.has(normalText(f.answer))) return false;
		const a = normalText(f.answer);
		// "two" is asked by a numeric question whose answer is 2.
		const value = f.kind === 'quantity' ? parseNumber(f.answer) : null;
		const forms = value === null ? [a] : [a, String(value)];
		return a.length > 0 && !texts.some((t) => forms.some((x) => t.includes(` ${x} `)));
	});
}
