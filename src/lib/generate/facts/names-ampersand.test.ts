import { describe, expect, it } from 'vitest';
import { factsOf } from '../kinds/test-helpers';

/** Names joined by an ampersand are one firm, asked among organisations; a partner's surname in it names no person. */
describe('a name with an ampersand is a firm', () => {
	const rows: [string, string][] = [
		['The novel was published by Harrow & Finch in 1931.', 'Harrow & Finch'],
		['She trained as a fitter at Pollard & Sons before the war.', 'Pollard & Sons'],
		['Analysts at Halden & Rowe cut their forecast on Tuesday.', 'Halden & Rowe'],
		['Whitlow & Sons built the engine house in 1874.', 'Whitlow & Sons'],
		['The chef cooked for six years at Fallow & Tide.', 'Fallow & Tide'],
		['In 1990 Mara Quist and her partner founded the practice Quist & Oduya in Leeds.', 'Quist & Oduya']
	];
	it.each(rows)('%s', (text, firm) => {
		expect(factsOf(text, 'organisation').map((f) => f.text)).toContain(firm);
		expect(factsOf(text, 'named-thing').map((f) => f.text)).not.toContain(firm);
	});

	it('leaves a partner’s surname inside the firm to the firm, and the partner named alone to the people', () => {
		const text = 'Ivo Renner said the firm was sound. In 1921 he and a friend founded Renner & Platt, a workshop in which both held shares.';
		expect(factsOf(text, 'person').map((f) => f.text)).toEqual(['Ivo Renner']);
		expect(factsOf(text, 'organisation').map((f) => f.text)).toContain('Renner & Platt');
	});
});
