import { z } from 'zod';
import { BANK_SCHEMA_VERSION, bankSchema } from './schema';

/** Stable identifier of the published schema; it changes only with `schemaVersion`. */
export const BANK_SCHEMA_ID = `urn:factdeck:bank:v${BANK_SCHEMA_VERSION}`;

/**
 * The bank format as JSON Schema, for editors and for tools that do not run TypeScript.
 * `io: 'input'` describes what a file may contain (fields with defaults are optional), not
 * what `parseBank` returns. Cross-field rules (answer index in range, one blank, unique ids)
 * cannot be expressed here; `parseBank` enforces them.
 */
export function bankJsonSchema(): Record<string, unknown> {
	const schema = z.toJSONSchema(bankSchema, { io: 'input' });
	// Spreading `schema` last keeps `$schema` first and the identification right after it.
	return {
		$schema: schema.$schema,
		$id: BANK_SCHEMA_ID,
		title: 'Factdeck question bank',
		description: 'A bank of questions drawn from one article; see DESIGN.md, "The bank format".',
		...schema
	};
}

/** The text of `questions/bank.schema.json`: two-space indents and a final newline. */
export const bankJsonSchemaText = (): string => `${JSON.stringify(bankJsonSchema(), null, 2)}\n`;
