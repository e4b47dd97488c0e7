// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from './json-syntax';

const at = (text: string) => {
	const e = findJsonSyntaxError(text);
	return e && `${e.line}:${e.column} ${e.message}`;
};

describe('findJsonSyntaxError', () => {
	it('finds nothing wrong in valid JSON, as JSON.parse would', () => {
		for (const text of ['{}', '[]', ' 1 ', '"a\\u00e9\\n"', '{"a":[true,false,null,-1.5e3,{"b":""}]}']) {
			expect(() => JSON.parse(text)).not.toThrow();
			expect(findJsonSyntaxError(text)).toBeUndefined();
		}
	});

	it('locates the mistakes people make when editing a bank by hand', () => {
		expect(at('{"a": 1,}')).toBe('1:9 unexpected "}" after "," (remove the trailing comma)');
		expect(at('{\n  "a": 1\n  "b": 2\n}')).toBe('3:3 expected "," or "}" but got "b"');
		expect(at("{'a': 1}")).toBe(`1:2 expected a property name in double quotes but got "'a'"`);
		expect(at('{"a": tru}')).toBe('1:7 expected a value but got "tru"');
		expect(at('{"a" 1}')).toBe('1:6 expected ":" after the property name but got "1"');
		expect(at('{"a": "b\nc"}')).toBe('1:9 line break or control character inside a string (write \\n)');
		expect(at('["\\x"]')).toBe('1:3 invalid escape "\\x" in a string');
		expect(at('{"a": [1, 2]')).toBe('1:13 expected "," or "}" but got the end of the file');
		expect(at('')).toBe('1:1 expected a value but got the end of the file');
		expect(at('{} {}')).toBe('1:4 expected the end of the file after the JSON value but got "{"');
		expect(at('"abc')).toBe('1:5 unterminated string: expected a closing "');
	});

	it('reads any depth of nesting without running out of stack', () => {
		const depth = 100_000;
		expect(at('['.repeat(depth))).toBe(`1:${depth + 1} expected a value but got the end of the file`);
		expect(at('{"a":'.repeat(depth))).toBe(`1:${5 * depth + 1} expected a value but got the end of the file`);
		expect(findJsonSyntaxError(`${'[{"a":'.repeat(depth)}1${'}]'.repeat(depth)}`)).toBeUndefined();
		expect(at(`${'['.repeat(depth)}1,]`)).toBe(`1:${depth + 3} unexpected "]" after "," (remove the trailing comma)`);
	});
});
