import { figuresIn } from '../derivable-change';
import { FALL, oldLevel, RISE } from '../derivable-choices';

/**
 * A number that is one end of a change ("41,000 visitors, down from 57,000", "fell from 212 to
 * 168") has a side of the other end that the sentence fixes. A wrong value on the other side
 * ("41,000" changed to "82,000 visitors, down from 57,000") contradicts its own sentence: a false statement
 * that is false on its face, or a choice the prompt rules out (see derivable-choices.ts). Wrong
 * values are drawn from the answer's side only.
 */

/** The first figure of a text, as derivable-change reads it (so "£1.2bn" and "$900 million" compare). */
function figure(text: string): number | null {
	return figuresIn(text)[0]?.value ?? null;
}

/** The change's other end, when the number between `before` and `after` is one end of a change. */
function otherEnd(before: string, after: string): number | null {
	const moved = RISE.test(before) || FALL.test(before);
	// "fell from ____ to 168": the number is the old level, the new one follows "to".
	if (/\bfrom\s+(?:about |around |nearly |almost )?[$€£]?$/i.test(before)) {
		const to = /^[^.;]{0,30}?\bto\s+((?:about |around |nearly |almost )?[$€£]?\d[\d,.]*(?:\s*(?:%|per cent|percent|million|billion|bn|thousand))?)/i.exec(
			after
		);
		return moved && to ? figure(to[1]) : null;
	}
	// "rose from 212 to ____": the number is the new level, the old one stated before it.
	const old = moved ? oldLevel(before) : null;
	if (old !== null) return old;
	// "____ visitors, down from 57,000" or "rose to ____ from 4.4 per cent": the old level follows.
	if (/^[^.;]{0,40}?\b(?:up|down) from\b/i.test(after) || (moved && /^[^.;]{0,40}?\bfrom\b/i.test(after))) return oldLevel(after);
	return null;
}

/** Whether `wrong`, put in place of `answer`, stays on the answer's side of the change's other end. */
export function keepsSide(before: string, after: string, answer: string, wrong: string): boolean {
	const other = otherEnd(before, after);
	const a = figure(answer);
	const w = figure(wrong);
	if (other === null || a === null || w === null || a === other) return true;
	return a > other === w > other;
}
