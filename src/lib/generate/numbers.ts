import { findNumber } from '../quiz/parse-number';

/** Every number in a text, in digits or words, in order. */
export function numbersIn(text: string): { value: number }[] {
	const out: { value: number }[] = [];
	let rest = text.replace(/(\d),(?=\d{3})/g, '$1');
	for (let guard = 0; guard < 50; guard++) {
		const m = findNumber(rest);
		if (!m) break;
		out.push({ value: m.value });
		rest = m.after.join(' ');
	}
	return out;
}

/** Whether a key or a choice is a number, said in figures or in words ("two", "1.2 million"). */
export function isNumber(choice: string): boolean {
	const t = choice.trim();
	if (/^[$€£¥]?\s?\d/.test(t)) return true;
	const words = findNumber(t);
	return !!words && words.before.length === 0 && words.after.length === 0;
}
