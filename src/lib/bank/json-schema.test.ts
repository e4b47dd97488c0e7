// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BANK_SCHEMA_ID, bankJsonSchema, bankJsonSchemaText } from './json-schema';

describe('the published JSON Schema', () => {
	it('is identified and titled', () => {
		const schema = bankJsonSchema();
		expect(schema.$id).toBe(BANK_SCHEMA_ID);
		expect(schema.title).toBe('Factdeck question bank');
		expect(schema.required).toEqual(['schemaVersion', 'id', 'title', 'language', 'questions']);
	});

	it('is checked in up to date (run `npm run questions:schema` after changing schema.ts)', () => {
		expect(readFileSync('questions/bank.schema.json', 'utf8')).toBe(bankJsonSchemaText());
	});
});
