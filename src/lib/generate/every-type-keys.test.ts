import { describe, expect, it } from 'vitest';
import { everyType } from './every-type';
import { keepKeysApart } from './keys-apart';
import type { Candidate } from './questions';
import { fits } from './select';
import { keyShownBetween } from './shown-keys';
import { everyTypeSetting } from './every-type-setting';

const plant = `Marta Lindqvist, the chief engineer of the Orrby water board, opened the new filter plant on Monday.
The plant cost 48 million kronor and cleans water for 61,000 homes in Orrby and Vallen.
The board chose a slow sand filter after tests in 2021 showed it removed more parasites than the old system.
Work on a second plant in Vallen will start in 2027, according to the Orrby water board.
The town council agreed in 2023 to borrow the 48 million kronor from the state bank.
About 140 households in Orrby still draw water from private wells.`;

const setting = () => everyTypeSetting(plant);

const types = (cs: Candidate[]) => [...new Set(cs.map((c) => c.question.type))].sort();

describe('every type of question, with no key printed by another question', () => {
	// The bank's only true/false, on the loan, prints "48 million", the key of the blank on what the
	// plant cost: the give-away goes after this pass, and the statement with it unless another comes
	// in here, one that prints no key (the wells': no kept question asks their sentence).
	it('brings a true/false back in the place of the one that prints a kept key', () => {
		const { passing, view } = setting();
		const blank = passing.find((c) => c.question.type === 'mcq' && c.question.prompt.startsWith('The new filter plant cost ____ kronor'))!;
		const loan = passing.find((c) => c.question.type === 'true_false' && c.question.prompt.startsWith('The town council agreed in 2023'))!;
		expect(blank && loan).toBeTruthy();
		expect(keyShownBetween(blank, loan, '')).toBe(true);
		const kept: Candidate[] = [blank, loan];
		for (const c of passing) if (c.question.type !== 'true_false' && c.sentence.index !== 5 && fits(kept, c)) kept.push(c);
		const out = keepKeysApart(everyType(kept, passing, view, 60), passing, view);
		expect(types(out)).toContain('true_false');
		for (const a of out) for (const b of out) if (a !== b) expect(keyShownBetween(a, b, '')).toBe(false);
	});
});
