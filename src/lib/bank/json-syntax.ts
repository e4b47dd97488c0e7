/** Where a JSON text stops being JSON, and what was expected there. */
export interface JsonSyntaxError {
	offset: number;
	/** 1-based. */
	line: number;
	/** 1-based, in UTF-16 code units like every other offset in this module. */
	column: number;
	message: string;
}

class Stop {
	constructor(
		readonly offset: number,
		readonly message: string
	) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const TOKEN = /"(?:[^"\\\n]|\\.)*"?|[^\s,:{}[\]"]+|[^\s]/y;
const ESCAPES = '"\\/bfnrtu';

/**
 * Finds the first syntax error of `text`, or `undefined` when it is valid JSON.
 *
 * `JSON.parse` alone is not enough: V8 reports no position for the commonest mistakes
 * (`Unexpected token ']'` for a trailing comma), and each engine words its messages
 * differently. This scanner runs only after `JSON.parse` has failed, so it favours clear
 * messages over speed.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
	let i = 0;

	const found = (): string => {
		if (i >= text.length) return 'the end of the file';
		TOKEN.lastIndex = i;
		const token = TOKEN.exec(text)?.[0] ?? text[i];
		const short = token.length > 20 ? `${token.slice(0, 20)}…` : token;
		// A string is shown as written, already in quotes; anything else is quoted.
		return short.startsWith('"') ? short : JSON.stringify(short);
	};
	const fail = (expected: string): never => {
		throw new Stop(i, `expected ${expected} but got ${found()}`);
	};
	const space = (): void => {
		while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
	};

	const string = (): void => {
		i++;
		for (;;) {
			if (i >= text.length) throw new Stop(i, 'unterminated string: expected a closing "');
			const c = text[i];
			if (c === '"') {
				i++;
				return;
			}
			if (c < ' ') throw new Stop(i, 'line break or control character inside a string (write \\n)');
			if (c === '\\') {
				const e = text[i + 1] ?? '';
				if (e === '' || !ESCAPES.includes(e)) throw new Stop(i, `invalid escape "\\${e}" in a string`);
				if (e === 'u' && !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
					throw new Stop(i, 'invalid \\u escape: expected 4 hex digits');
				}
				i += e === 'u' ? 6 : 2;
			} else {
				i++;
			}
		}
	};

	const value = (): void => {
		space();
		const c = text[i];
		if (c === '{') return members('}', () => {
			if (text[i] !== '"') fail('a property name in double quotes');
			string();
			space();
			if (text[i] !== ':') fail('":" after the property name');
			i++;
			value();
		});
		if (c === '[') return members(']', value);
		if (c === '"') return string();
		for (const word of ['true', 'false', 'null']) {
			if (text.startsWith(word, i)) {
				i += word.length;
				return;
			}
		}
		NUMBER.lastIndex = i;
		const number = NUMBER.exec(text);
		if (number === null) fail('a value');
		else i += number[0].length;
	};

	// Objects and arrays share their shape: open, items separated by commas, close.
	const members = (close: '}' | ']', item: () => void): void => {
		i++;
		space();
		if (text[i] === close) {
			i++;
			return;
		}
		for (;;) {
			space();
			item();
			space();
			if (text[i] === ',') {
				i++;
				space();
				if (text[i] === close) throw new Stop(i, `unexpected "${close}" after "," (remove the trailing comma)`);
				continue;
			}
			if (text[i] === close) {
				i++;
				return;
			}
			fail(`"," or "${close}"`);
		}
	};

	try {
		value();
		space();
		if (i < text.length) fail('the end of the file after the JSON value');
		return undefined;
	} catch (e) {
		if (!(e instanceof Stop)) throw e;
		const before = text.slice(0, e.offset);
		const line = before.split('\n').length;
		const column = e.offset - before.lastIndexOf('\n');
		return { offset: e.offset, line, column, message: e.message };
	}
}
