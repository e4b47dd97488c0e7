// The question generator's speed in Node: words of article text per second, on a 1,500-word
// article made of whole paragraphs of the fixture articles (median of 7 runs after a warm-up).
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { generateBank } from '../../src/lib/generate';
import { summarise } from './stats';

const ARTICLES = 'tests/fixtures/articles';
const words = (text: string) => text.trim().split(/\s+/).length;

function articleOf(targetWords: number): string {
	const paragraphs = readdirSync(ARTICLES)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.flatMap((f) =>
			readFileSync(`${ARTICLES}/${f}`, 'utf8')
				.split(/\n\s*\n/)
				.slice(1)
		);
	const picked: string[] = [];
	for (const p of paragraphs) {
		if (words(picked.join('\n\n')) >= targetWords) break;
		picked.push(p);
	}
	return `A benchmark article\n\n${picked.join('\n\n')}`;
}

export function generatorSpeed(): { words: number; medianMs: number; wordsPerSec: number } {
	const text = articleOf(1500);
	const n = words(text);
	generateBank(text);
	const times: number[] = [];
	for (let i = 0; i < 7; i++) {
		const start = performance.now();
		const outcome = generateBank(text);
		times.push(performance.now() - start);
		if (!outcome.ok) throw new Error(`the benchmark article gave no questions: ${outcome.reason}`);
	}
	const { median } = summarise(times);
	return { words: n, medianMs: median, wordsPerSec: Math.round((n / median) * 1000) };
}
