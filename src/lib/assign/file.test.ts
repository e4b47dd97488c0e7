import { describe, expect, it } from 'vitest';
import { csvFileName, fileName, readFile, writeFile } from './file';

describe('assignment and result files', () => {
	it('round-trip the code they hold, byte-order mark or not', () => {
		const text = writeFile('assignment', 'Check-up', 'a1.x.y.z');
		expect(readFile(text, 'f.json')).toEqual({ kind: 'assignment', code: 'a1.x.y.z' });
		expect(readFile(`\uFEFF${text}`, 'f.json', 'assignment').code).toBe('a1.x.y.z');
	});

	it('name the file after the title', () => {
		expect(fileName('Unit 3: "drones"?')).toBe('Unit 3 drones.factdeck.json');
		expect(fileName('  ')).toBe('assignment.factdeck.json');
		expect(csvFileName('Drones: true or false')).toBe('Drones true or false.csv');
	});

	it('refuse what is not one, saying which file', () => {
		expect(() => readFile('not json', 'notes.txt')).toThrow('notes.txt: this is not a Factdeck assignment or result file (it is not JSON).');
		expect(() => readFile('{"schemaVersion":1}', 'bank.json')).toThrow(/bank.json: this is not a Factdeck/);
		expect(() => readFile(writeFile('result', 'x', 'r1.abc'), 'r.json', 'assignment')).toThrow('r.json: this is a result file, not an assignment file.');
		expect(() => readFile(JSON.stringify({ factdeck: 'result', version: 2, code: 'r2.x' }), 'r.json')).toThrow(/newer version/);
	});

	it('refuse JSON nested 100,000 deep with a message, open or closed', () => {
		const depth = 100_000;
		expect(() => readFile('['.repeat(depth), 'deep.json')).toThrow('deep.json: this is not a Factdeck assignment or result file (it is not JSON).');
		const code = `${'['.repeat(depth)}${']'.repeat(depth)}`;
		expect(() => readFile(`{"factdeck":"result","version":1,"code":${code}}`, 'deep.json')).toThrow(
			'deep.json: this is not a Factdeck assignment or result file.'
		);
	});
});
