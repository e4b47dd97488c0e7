/**
 * Letters with no Unicode decomposition that learners commonly type as plain Latin letters.
 * NFKD handles the rest (é, ï, ñ, ligatures such as "ﬁ").
 */
const FOLD: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

const QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC`´]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const LEADING_ARTICLE = /^(?:the|an|a) (?=\S)/;

/**
 * Folds the accents, quotes and dashes of a string the way grading needs: NFKD with the
 * combining marks dropped, lower case, curly quotes and dashes made plain. Punctuation is kept
 * (the number parser needs "-4" and "3.5").
 */
export function foldText(s: string): string {
	return s
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[ßæœøłđðþı]/g, (c) => FOLD[c] ?? c)
		.replace(QUOTES, "'")
		.replace(DOUBLE_QUOTES, '"')
		.replace(DASHES, '-');
}

/**
 * The form two answers are compared in: `foldText`, then apostrophes and dots inside
 * abbreviations dropped ("don't" = "dont", "U.S." = "us"), thousands separators dropped
 * ("1,200" = "1200") while a decimal point survives ("3.5"), every other punctuation mark made
 * a space ("twenty-four" = "twenty four"), whitespace collapsed, and one leading article
 * ("the", "a", "an") dropped, so "The Hague" = "Hague".
 */
export function normaliseAnswer(s: string): string {
	return foldText(s)
		.replace(/'/g, '')
		.replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
		.replace(/(?<!\d)\.|\.(?!\d)/g, '')
		.replace(/[^\p{L}\p{N}.]+/gu, ' ')
		.trim()
		.replace(LEADING_ARTICLE, '');
}
