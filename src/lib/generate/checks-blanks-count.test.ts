import { describe, expect, it } from 'vitest';
import type { Question } from '../bank/schema';
import { badBlank } from './checks-blanks';
import { countsSpelledOut } from './checks-blanks-count';
import { derivableBlank } from './derivable';

const source = { quote: 'x', start: 0, end: 1 };
const cloze = (prompt: string, answer: string): Question => ({ id: 'q', type: 'cloze', prompt, answer, tags: [], source });
const numeric = (prompt: string, answer: number): Question => ({ id: 'q', type: 'numeric', prompt, answer, tolerance: 0, tags: [], source });

describe('a count the prompt spells out', () => {
	it('strikes a count whose members follow a colon some words after the blank', () => {
		expect(badBlank(cloze('Inspectors named ____ factors in their final report: the cracked bearing and the missed inspection.', 'two'))).toMatch(/lists/);
		expect(badBlank(cloze('Inspectors named ____ factors in their final report: the cracked bearing, the missed inspection, and the rain.', 'three'))).toMatch(
			/lists/
		);
	});

	it('strikes a count of ways each given with "by"', () => {
		expect(badBlank(cloze('Peat bogs lose carbon in ____ ways when drained, by burning and by slow decay.', 'two'))).toMatch(/lists/);
		expect(countsSpelledOut('The river floods by overtopping, by seepage or by backflow.').has(3)).toBe(true);
	});

	it('strikes a count that "both" or "first … second" spells out', () => {
		expect(badBlank(cloze('Both the Lund choir and the Oslo quartet were among the ____ finalists who sang unaccompanied.', 'two'))).toMatch(/lists/);
		expect(badBlank(cloze('The plan has ____ stages: first the dykes are raised, second the pumps are replaced.', 'two'))).toMatch(/lists/);
		expect(derivableBlank(numeric('How many stages does the plan have, first raising the dykes and second replacing the pumps?', 2))).toMatch(/lists/);
	});

	it('keeps a count when the list names something else, or holds another number of members', () => {
		expect(badBlank(cloze('The ____ satellites were built by students at the Tromsø campus and at the firm Vindur.', 'two'))).toBeNull();
		expect(badBlank(cloze('The jury named ____ causes in its report: the channel and the gate.', 'three'))).toBeNull();
		expect(derivableBlank(numeric('How many stages does the plan have?', 2))).toBeNull();
	});
});
