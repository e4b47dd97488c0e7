import { describe, expect, it } from 'vitest';
import { extractFacts } from './facts';
import { buildCandidates } from './questions';
import { score } from './rank';
import { splitSentences } from './sentences';
import { acceptedBy } from './side-details-judged';
import { surnameMentions } from './side-details';
import { backgroundCount } from './side-details-recurrence';

const asRule = { name: 'background count', weight: 'minor' as const, test: backgroundCount };

describe('a small count of something the article names once', () => {
	const title = 'Orchard town opens its first cider school';
	const body = [
		'The town of Pellow opened a cider school on Monday with 40 students.',
		'The founder, Ada Ross, grew up on a farm with four sisters.',
		'The school has 12 teachers.',
		'The teachers come from the region’s orchards.'
	].join(' ');
	const found = acceptedBy(asRule, title, body);

	it('is background when the counted thing is said nowhere else', () => {
		expect(found.has('four')).toBe(true);
	});

	it('is not when the article comes back to it, or in the lead', () => {
		expect(found.has('12')).toBe(false);
		expect(found.has('40')).toBe(false);
	});
});

describe('ranking a background count', () => {
	/** The score of the count on "sisters" in an article with the given sentences after it. */
	function scoreOfSisters(more: string): number {
		const text = `Orchard town opens a cider school\n\nThe town of Pellow opened a cider school on Monday. The founder, Ada Ross, grew up on a farm with four sisters. ${more}`;
		const sentences = splitSentences(text);
		const facts = extractFacts(sentences, { year: 2024, month: 5, day: 1 });
		const view = {
			text,
			mentions: surnameMentions(facts, text),
			title: 'Orchard town opens a cider school',
			lead: sentences.find((s) => !s.heading)?.text,
			topics: new Set<string>(),
			centrality: new Map<number, number>(),
			floor: 0
		};
		const c = buildCandidates(facts, sentences, text).find((k) => k.fact.answer === 'four' && k.question.type === 'mcq');
		if (!c) throw new Error('no mcq on the sisters');
		return score(c, view);
	}

	it('ranks it below the same count of something the article comes back to', () => {
		expect(scoreOfSisters('The school sells cider in Pellow.')).toBeLessThan(scoreOfSisters('Her sisters now teach at the school.'));
	});
});
