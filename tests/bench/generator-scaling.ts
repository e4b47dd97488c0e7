// Whether the generator's time grows in step with the text: one run at 1, 10 and 100 thousand
// sentences in Node. The app takes at most 200,000 characters (about 2,000 sentences); the CLI
// takes any length, so a text a hundred times longer must cost about a hundred times more, not
// ten thousand times.
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { generateBank } from '../../src/lib/generate';

const ARTICLES = 'tests/fixtures/articles';
export const SCALING_SIZES = [1_000, 10_000, 100_000];

export interface ScalingRun {
	sentences: number;
	ms: number;
	/** Milliseconds per thousand sentences. */
	msPerThousand: number;
}

function fixtureSentences(): string[] {
	const text = readdirSync(ARTICLES)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.flatMap((f) =>
			readFileSync(`${ARTICLES}/${f}`, 'utf8')
				.split(/\n\s*\n/)
				.slice(1)
		)
		.join(' ');
	return text.match(/[^.!?]+[.!?]["”’]?/g)?.map((s) => s.trim()) ?? [];
}

/** A text of `count` sentences from the fixtures, in paragraphs of six, under a headline. */
function textOf(count: number, pool: string[]): string {
	const paragraphs: string[] = [];
	for (let i = 0; i < count; i += 6) {
		paragraphs.push(Array.from({ length: Math.min(6, count - i) }, (_, j) => pool[(i + j) % pool.length]).join(' '));
	}
	return `A long text for timing\n\n${paragraphs.join('\n\n')}`;
}

export function generatorScaling(sizes: number[] = SCALING_SIZES): ScalingRun[] {
	const pool = fixtureSentences();
	generateBank(textOf(200, pool));
	return sizes.map((sentences) => {
		const text = textOf(sentences, pool);
		const start = performance.now();
		const outcome = generateBank(text);
		const ms = performance.now() - start;
		if (!outcome.ok) throw new Error(`the ${sentences}-sentence text gave no questions: ${outcome.reason}`);
		return { sentences, ms, msPerThousand: (ms / sentences) * 1000 };
	});
}

/** The cost per sentence of the longest text over that of the shortest: 1 is perfectly linear. */
export function scalingGrowth(runs: ScalingRun[]): number {
	const first = runs[0];
	const last = runs.at(-1);
	return first && last ? last.msPerThousand / first.msPerThousand : Number.NaN;
}
