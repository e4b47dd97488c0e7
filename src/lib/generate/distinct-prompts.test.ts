import { describe, expect, it } from 'vitest';
import { generateBank } from '.';

// The dev article where the floor's backfill once kept "How many changes does Quillstack list?"
// twice (an mcq keyed "six" and a numeric keyed 6), and the fixtures.
const articles = import.meta.glob(['/tests/dev/articles/quillstack-outage-post-mortem.txt', '/tests/fixtures/articles/*.txt'], {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

describe('no bank asks one prompt twice', () => {
	it.each(Object.keys(articles))('%s', (path) => {
		const outcome = generateBank(articles[path]);
		if (!outcome.ok) throw new Error(outcome.reason);
		const prompts = outcome.bank.questions.map((q) => q.prompt);
		expect(prompts.filter((p, i) => prompts.indexOf(p) !== i)).toEqual([]);
	});
});
