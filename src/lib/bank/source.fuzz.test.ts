// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BankError } from './errors';
import { parseSource } from './source';

const line = fc.oneof(
	fc.constantFrom('---', 'title: An article', 'published: 2023-11-14', 'url: https://example.org/a', 'title: "Quoted"', 'title:', ': value', 'key value', ''),
	fc.string({ unit: 'grapheme', maxLength: 30 })
);
const sourceFile = fc.tuple(fc.array(line, { maxLength: 10 }), fc.constantFrom('\n', '\r\n')).map(([lines, newline]) => lines.join(newline));

describe('the article source decoder, fuzzed', () => {
	it('gives a source or a BankError naming each bad line, never anything else', () => {
		fc.assert(
			fc.property(sourceFile, (text) => {
				try {
					const source = parseSource(text, 'article.md');
					expect(text.slice(source.bodyOffset)).toBe(source.body);
				} catch (error) {
					expect(error).toBeInstanceOf(BankError);
					expect((error as BankError).problems.length).toBeGreaterThan(0);
					expect((error as BankError).message).toMatch(/^article\.md: /);
				}
			}),
			{ numRuns: 3000 }
		);
	}, 60_000);
});
