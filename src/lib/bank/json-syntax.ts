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

type Close = '}' | ']';

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

	const string = (): undefined => {
		i++;
		for (;;) {
			if (i >= text.length) throw new Stop(i, 'unterminated string: expected a closing "');
			const c = text[i];
			if (c === '"') {
				i++;
				return undefined;
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

	const property = (): void => {
		if (text[i] !== '"') fail('a property name in double quotes');
		string();
		space();
		if (text[i] !== ':') fail('":" after the property name');
		i++;
	};

	/**
	 * Reads a scalar whole, or the opening of an object or array. Returns the closing bracket
	 * the opened container now waits for, or `undefined` when the value is complete.
	 */
	const begin = (): Close | undefined => {
		space();
		const c = text[i];
		if (c === '{' || c === '[') {
			const close = c === '{' ? '}' : ']';
			i++;
			space();
			if (text[i] === close) {
				i++;
				return undefined;
			}
			if (close === '}') property();
			return close;
		}
		if (c === '"') return string();
		for (const word of ['true', 'false', 'null']) {
			if (text.startsWith(word, i)) {
				i += word.length;
				return undefined;
			}
		}
		NUMBER.lastIndex = i;
		const number = NUMBER.exec(text);
		if (number === null) fail('a value');
		else i += number[0].length;
		return undefined;
	};

	// A loop over an explicit stack of open containers, not recursion: a file of 100,000 "["
	// must get a message, not a stack overflow.
	const scan = (): void => {
		const open: Close[] = [];
		let opened = begin();
		for (;;) {
			if (opened !== undefined) {
				open.push(opened);
				opened = begin();
				continue;
			}
			const close = open.at(-1);
			if (close === undefined) return;
			space();
			if (text[i] === ',') {
				i++;
				space();
				if (text[i] === close) throw new Stop(i, `unexpected "${close}" after "," (remove the trailing comma)`);
				if (close === '}') property();
				opened = begin();
			} else if (text[i] === close) {
				i++;
				open.pop();
			} else {
				fail(`"," or "${close}"`);
			}
		}
	};

	try {
		scan();
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
