/**
 * Whether a text is English enough for the English rules to work on: most letters are Latin
 * and common English function words make up a fair share of the words. A news article in
 * English scores ~0.3 on function words; French or Spanish text scores near 0.05.
 */
const FUNCTION_WORDS = new Set(
	'the of and to a in is was for on that with as by at from it has have had were be are said this an its their which not but or will would they he she his her been who after'.split(
		' '
	)
);

export function looksEnglish(text: string): boolean {
	const sample = text.slice(0, 20_000);
	const letters = sample.match(/\p{L}/gu) ?? [];
	if (letters.length === 0) return false;
	const latin = letters.filter((c) => /[A-Za-z]/.test(c)).length;
	if (latin / letters.length < 0.7) return false;
	const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
	if (words.length < 5) return true;
	const common = words.filter((w) => FUNCTION_WORDS.has(w)).length;
	return common / words.length >= 0.12;
}
