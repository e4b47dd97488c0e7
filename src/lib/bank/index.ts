export * from './schema';
export { BankError, formatProblem, type Problem } from './errors';
export { describeProblem } from './describe';
export { parseBank, parseBankJson, type BankJsonResult, type BankParseResult } from './parse';
export { findJsonSyntaxError, type JsonSyntaxError } from './json-syntax';
export { checkSources, parseSource, sourceMetaSchema, type Source, type SourceMeta } from './source';
export { BANK_SCHEMA_ID, bankJsonSchema, bankJsonSchemaText } from './json-schema';
export { applyOverrides, overridesSchema, type Overrides } from './overrides';
