import { writeFileSync } from 'node:fs';
import { bankJsonSchemaText } from '../lib/bank/json-schema';

// Run from the repository root (npm run questions:schema), like every script in package.json.
const target = 'questions/bank.schema.json';
writeFileSync(target, bankJsonSchemaText());
console.log(`wrote ${target}`);
