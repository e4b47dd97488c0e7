import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBank, sourceFiles } from './build-banks';

const root = process.cwd();

describe('questions:build', () => {
	it.each(sourceFiles(root))('the checked-in bank of %s is what the build makes (run npm run questions:build)', (source) => {
		const built = buildBank(root, source);
		if (!built.ok) throw new Error(built.problems.join('\n'));
		expect(readFileSync(built.file, 'utf8')).toBe(built.json);
	});
});
