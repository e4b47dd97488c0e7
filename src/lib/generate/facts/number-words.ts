/**
 * Writing numbers the way the article wrote them: in words below a hundred ("seventeen",
 * "twenty-four"), with thousands separators, with the same decimals.
 */
const UNITS = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen'
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** A whole number below 100 in words ("twenty-four"); other numbers in digits. */
export function numberToWords(n: number): string {
	if (!Number.isInteger(n) || n < 0 || n >= 100) return String(n);
	if (n < 20) return UNITS[n];
	const unit = n % 10;
	return unit === 0 ? TENS[Math.floor(n / 10)] : `${TENS[Math.floor(n / 10)]}-${UNITS[unit]}`;
}

/** Digits with the given decimals, with thousands separators when `commas`. */
export function formatDigits(n: number, decimals: number, commas: boolean): string {
	const fixed = n.toFixed(decimals);
	if (!commas) return fixed;
	const [whole, frac] = fixed.split('.');
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** The words-or-digits variants a learner may type for a number: "17" and "seventeen". */
export function numberVariants(n: number): string[] {
	const out = [String(n)];
	if (Number.isInteger(n) && n >= 1000) out.push(formatDigits(n, 0, true));
	if (Number.isInteger(n) && n < 100) out.push(numberToWords(n));
	return out;
}
