// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from './errors';
import { findJsonSyntaxError } from './json-syntax';
import { parseBank, parseBankJson } from './parse';
import { bank } from './test-arbitraries';

/** A rejection a person can act on: every problem has a place and a message in words. */
function expectClear(problems: readonly Problem[]): void {
	expect(problems.length).toBeGreaterThan(0);
	for (const p of problems) {
		expect(p.field.length).toBeGreaterThan(0);
		expect(p.message).toMatch(/[a-z]{2}/);
		expect(formatProblem('bank.json', p)).toMatch(/^bank\.json: .+: .+: /);
	}
}

type Edit = { kind: 'cut'; at: number; length: number } | { kind: 'insert'; at: number; text: string } | { kind: 'truncate'; at: number };

/** Edits a text as a damaged or hand-edited file would be: cut, insert, truncate. */
const edit: fc.Arbitrary<Edit> = fc.oneof(
	fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
	fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ unit: 'binary', maxLength: 8 }) }),
	fc.record({
		kind: fc.constant('insert' as const),
		at: fc.nat(),
		text: fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', 'null', '1e999', '\u0000', '\uFEFF')
	}),
	fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() })
);

function mutate(text: string, edits: Edit[]): string {
	let out = text;
	for (const e of edits) {
		const at = out.length === 0 ? 0 : e.at % out.length;
		if (e.kind === 'cut') out = out.slice(0, at) + out.slice(at + e.length);
		else if (e.kind === 'insert') out = out.slice(0, at) + e.text + out.slice(at);
		else out = out.slice(0, at);
	}
	return out;
}

/** Replaces the value at a random place of a JSON value with another value of any kind. */
function replaceSomewhere(value: unknown, pick: number, replacement: unknown): unknown {
	const slots: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
	const walk = (v: unknown) => {
		if (Array.isArray(v)) {
			v.forEach((item, i) => {
				slots.push({ parent: v, key: i });
				walk(item);
			});
		} else if (typeof v === 'object' && v !== null) {
			for (const [k, item] of Object.entries(v)) {
				slots.push({ parent: v as Record<string, unknown>, key: k });
				walk(item);
			}
		}
	};
	const copy = structuredClone(value);
	walk(copy);
	if (slots.length === 0) return replacement;
	const slot = slots[pick % slots.length];
	(slot.parent as Record<string | number, unknown>)[slot.key] = replacement;
	return copy;
}

describe('the bank file decoder, fuzzed', () => {
	it('gives back every valid bank unchanged: parse(serialise(bank)) equals bank', () => {
		fc.assert(
			fc.property(bank, (b) => {
				const result = parseBankJson(JSON.stringify(b, null, 2), 'bank.json');
				expect(result.ok).toBe(true);
				if (result.ok) expect(result.bank).toEqual(b);
			}),
			{ numRuns: 1000 }
		);
	}, 60_000);

	it('never throws on a damaged file: a bank or a located, worded problem', () => {
		fc.assert(
			fc.property(bank, fc.array(edit, { minLength: 1, maxLength: 4 }), (b, edits) => {
				const text = mutate(JSON.stringify(b), edits);
				const result = parseBankJson(text, 'bank.json');
				if (!result.ok) expectClear(result.problems);
			}),
			{ numRuns: 2000 }
		);
	}, 60_000);

	it('finds where a file stops being JSON exactly when JSON.parse rejects it', () => {
		fc.assert(
			fc.property(bank, fc.array(edit, { minLength: 1, maxLength: 3 }), (b, edits) => {
				const text = mutate(JSON.stringify(b), edits);
				let valid = true;
				try {
					JSON.parse(text);
				} catch {
					valid = false;
				}
				const error = findJsonSyntaxError(text);
				expect(error === undefined).toBe(valid);
				if (error) {
					expect(error.offset).toBeLessThanOrEqual(text.length);
					expect(error.line).toBeGreaterThanOrEqual(1);
					expect(error.column).toBeGreaterThanOrEqual(1);
				}
			}),
			{ numRuns: 2000 }
		);
	}, 60_000);

	it('never throws on text that is not a bank at all', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.json()), (text) => {
				const result = parseBankJson(text, 'bank.json');
				if (!result.ok) expectClear(result.problems);
			}),
			{ numRuns: 2000 }
		);
	}, 60_000);

	it('never throws on a bank with any value anywhere, and names the question it is in', () => {
		fc.assert(
			fc.property(bank, fc.nat(), fc.jsonValue({ maxDepth: 3 }), (b, pick, replacement) => {
				const input = replaceSomewhere(b, pick, replacement);
				const result = parseBank(input);
				if (result.ok) return;
				expectClear(result.problems);
				// A problem inside a question names that question's id, as the file holds it.
				const questions = (input as { questions?: unknown }).questions;
				for (const p of result.problems) {
					const index = /^questions\[(\d+)\]/.exec(p.path)?.[1];
					if (p.questionId === undefined || index === undefined || !Array.isArray(questions)) continue;
					expect((questions[Number(index)] as { id?: unknown }).id).toBe(p.questionId);
				}
			}),
			{ numRuns: 2000 }
		);
	}, 60_000);
});
