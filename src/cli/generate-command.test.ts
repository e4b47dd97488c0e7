import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bankSchema } from '../lib/bank/schema';
import { runGenerate } from './generate-command';

const dir = mkdtempSync(join(tmpdir(), 'factdeck-generate-'));
const article = readFileSync('tests/fixtures/articles/sport.txt', 'utf8');

function run(...argv: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const status = runGenerate(argv, { out: (t) => out.push(t), err: (l) => err.push(l) });
	return { status, out: out.join(''), err };
}

function file(name: string, content: string | Buffer): string {
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
}

describe('npm run generate', () => {
	it('prints a schema-valid bank for an article', () => {
		const r = run(file('a.txt', article), '--title', 'Cup final', '--max', '20');
		expect(r.status).toBe(0);
		const bank = bankSchema.parse(JSON.parse(r.out));
		expect(bank.title).toBe('Cup final');
		expect(bank.questions.length).toBeGreaterThanOrEqual(15);
		expect(bank.questions.length).toBeLessThanOrEqual(20);
	});

	it('writes the bank to --out instead', () => {
		const out = join(dir, 'out.json');
		const r = run(file('b.md', article), '--out', out);
		expect(r.status).toBe(0);
		expect(r.out).toBe('');
		expect(bankSchema.safeParse(JSON.parse(readFileSync(out, 'utf8'))).success).toBe(true);
	});

	it.each([
		['a missing file', () => [join(dir, 'missing.txt')], /missing\.txt: no such file$/],
		['an empty file', () => [file('empty.txt', '  \n')], /empty\.txt: the file is empty$/],
		['a binary file', () => [file('x.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))], /x\.bin: this is not a text file/],
		[
			'Chinese text',
			() => [file('zh.txt', '无人机在夜间袭击了首都附近的一座炼油厂。当局说，没有人受伤。\n\n防空部队击落了十二架无人机。市长在电报上说，机场暂时关闭。\n')],
			/zh\.txt: no questions could be made from this text, because it does not look like English text$/
		],
		['text with no usable sentences', () => [file('n.txt', '1 2 3 4 5\n6 7 8\n')], /n\.txt: no questions could be made from this text, because /],
		['a bad --max', () => [file('m.txt', article), '--max', 'lots'], /--max must be a whole number above 0/],
		['no file at all', () => [], /give exactly one article file/]
	])('refuses %s with one line and exit status 1', (_name, args, message) => {
		const r = run(...args());
		expect(r.status).toBe(1);
		expect(r.err).toHaveLength(1);
		expect(r.err[0]).toMatch(message);
		expect(r.out).toBe('');
	});
});
