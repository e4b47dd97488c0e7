import { describe, expect, it } from 'vitest';
import { questionsOf } from '../kinds/test-helpers';

/** The statements a text gives about people, as "true: …" or "false: …". */
const statements = (text: string) =>
	questionsOf(text, 'person').flatMap((q) => (q.type === 'true_false' ? [`${q.answer ? 'true' : 'false'}: ${q.prompt}`] : []));

describe('a false statement never swaps a name a description after it belongs to', () => {
	const text =
		'Miss Edith Langley, then 24 and a teacher at the Bridge Street school, lodged above a baker’s shop. ' +
		'Mr Harold Brightwell, the coroner, opened the inquest in January. ' +
		'Alderman Thomas Reddaway launched a relief fund. ' +
		'Mr George Pell, an engineer, was sent to report on the river. ' +
		'Edith Langley, who taught in Ashcombe until 1988, lived to see the 50th anniversary. ' +
		'The new bridge was opened in 1958 by Harold Brightwell and the mayor.';
	const made = statements(text);
	it('keeps the true statement but swaps no name before a relative clause or an apposition', () => {
		expect(made).toContain('true: Edith Langley, who taught in Ashcombe until 1988, lived to see the 50th anniversary.');
		expect(made.filter((s) => s.startsWith('false:') && /, (?:who taught|the coroner)/.test(s))).toEqual([]);
	});
	it('still swaps a name the claim itself is about', () => {
		expect(made.some((s) => s.startsWith('false: The new bridge was opened in 1958 by'))).toBe(true);
	});
});
