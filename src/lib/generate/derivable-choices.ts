import { BLANK, type Question } from '../bank/schema';
import { parseNumber } from '../quiz/parse-number';
import { MONTH_PATTERN } from './calendar';
import { figuresIn } from './derivable-change';

/**
 * Wrong choices the prompt rules out by itself, which leave the key the only one that fits: a new
 * level on the wrong side of the old one ("fell to ____ from $840 million" offering $900
 * million), a share over 100%, a day of the month past 31, a side of more than eleven.
 */

export const RISE = /\b(?:rose|risen|grew|grown|climbed|increased|jumped|gained|soared|surged|raised|up)\b/i;
export const FALL = /\b(?:fell|fallen|dropped|declined|decreased|slipped|lost|shrank|shrunk|plunged|slid|tumbled|cut|lowered|reduced|down)\b/i;

/** The prompt's stated old level of a change ("from $840 million"), when one is given. */
export function oldLevel(prompt: string): number | null {
	const m = /\bfrom ([$€£]?\d[\d,]*(?:\.\d+)?(?: ?(?:million|billion|trillion|thousand|bn)\b)?)/i.exec(prompt);
	return m ? (figuresIn(m[1])[0]?.value ?? null) : null;
}

/** Why the prompt alone rules out a wrong choice of a number MCQ, or null. */
export function choicesRuledOut(q: Question): string | null {
	if (q.type !== 'mcq' || !q.prompt.includes(BLANK)) return null;
	const values = q.choices.map((c) => (/\d/.test(c) ? parseNumber(c) : null));
	const key = values[q.answer];
	if (key === null || key === undefined || values.some((v) => v === null)) return null;
	const numbers = values as number[];
	const before = q.prompt.slice(0, q.prompt.indexOf(BLANK));
	const after = q.prompt.slice(q.prompt.indexOf(BLANK) + BLANK.length);
	// "rose to ____ from $470 million": the key's side of the old level is the side the verb says.
	const from = oldLevel(q.prompt);
	// "as much as ____, up from 2 million tonnes": the change may follow the blank too.
	const moved = RISE.test(before) || FALL.test(before) || /^\W*(?:up|down) from\b/i.test(after);
	if (from !== null && from !== key && moved) {
		if (numbers.some((v) => v > from !== key > from)) return 'a wrong choice is on the other side of the level the change started from';
	}
	// A share of a whole: a change may pass 100%, a level may not ("rose by ____%" may, "____% of voters" may not).
	const share = /^\s*(?:%|percent|per cent)/.test(after) && !/\b(?:by|up|down)\s*(?:about |around |nearly |almost )?$/i.test(before);
	if (share && key <= 100 && numbers.some((v) => v > 100)) return 'a wrong choice is a share over 100%';
	const day = new RegExp(`^\\s*${MONTH_PATTERN}\\b`).test(after) || new RegExp(`\\b${MONTH_PATTERN}\\s*$`).test(before);
	if (day && key <= 31 && numbers.some((v) => v > 31)) return 'a wrong choice is a day past the 31st';
	return null;
}
