import { describe, expect, it } from 'vitest';
import { extractFacts } from '../facts';
import { splitSentences } from '../sentences';
import { withArticle } from './entity';

const facts = extractFacts(
	splitSentences(
		[
			'The Metropolitan Commission of Sewers met in May.',
			'Members of the Metropolitan Commission of Sewers argued for a year.',
			'Parliament approved the plan in 1858.',
			'Barley is shipped to the Netherlands by the Carrow Water Company.',
			'Orrin Water Company said the pipes were old, and the Orrin Water Company later replaced them.'
		].join(' ')
	),
	null
);

describe('a swapped-in name takes the "the" the article writes before it', () => {
	const rows: [string, string, string][] = [
		['Metropolitan Commission of Sewers', 'Engineers warned that ', 'the Metropolitan Commission of Sewers'],
		['Metropolitan Commission of Sewers', '', 'The Metropolitan Commission of Sewers'],
		['Netherlands', 'Wheat is shipped to ', 'the Netherlands'],
		// Near misses: the slot already has an article or an owner, the name is written bare, or bare as often as not.
		['Metropolitan Commission of Sewers', 'a report by the ', 'Metropolitan Commission of Sewers'],
		['Metropolitan Commission of Sewers', 'its ', 'Metropolitan Commission of Sewers'],
		['Metropolitan Commission of Sewers', "London's ", 'Metropolitan Commission of Sewers'],
		['Parliament', 'Engineers warned that ', 'Parliament'],
		['Orrin Water Company', 'Engineers warned that ', 'Orrin Water Company']
	];
	for (const [name, before, out] of rows) it(`reads "${before}${out}"`, () => expect(withArticle(name, before, facts)).toBe(out));
});
