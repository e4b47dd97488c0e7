/** Where a command writes: the real console in the CLI, arrays in tests. */
export interface Output {
	out: (text: string) => void;
	err: (line: string) => void;
}

/** A file that is not text: NUL bytes, or many control characters, in its first 8 KB. */
export function looksBinary(bytes: Uint8Array): boolean {
	const head = bytes.subarray(0, 8192);
	let control = 0;
	for (const b of head) {
		if (b === 0) return true;
		if (b < 9 || (b > 13 && b < 32)) control++;
	}
	return head.length > 0 && control / head.length > 0.1;
}
