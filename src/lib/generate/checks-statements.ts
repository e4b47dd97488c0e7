import type { Question } from '../bank/schema';
import { tokenize } from './tokens';

/**
 * "Rating: two stars out of five.", "Running time: 2 hours 35 minutes.": a heading line has no
 * verb, so as a true/false statement it claims nothing a learner could weigh.
 */
export function noClaim(q: Question): string | null {
	if (q.type !== 'true_false') return null;
	const verb = tokenize(q.prompt).some((t) => t.tags.has('Verb') && !t.tags.has('Gerund') && !(t.tags.has('Noun') && !t.tags.has('PresentTense')));
	return verb ? null : 'the statement has no verb, so it claims nothing';
}
