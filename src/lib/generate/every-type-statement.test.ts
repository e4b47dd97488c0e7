import { describe, expect, it } from 'vitest';
import { everyType } from './every-type';
import { whoStatement } from './every-type-statement';
import type { Candidate } from './questions';
import { fits } from './select';
import { everyTypeSetting } from './every-type-setting';

const plant = `Marta Lindqvist, the chief engineer of the Orrby water board, opened the new filter plant on Monday.
The plant cost 48 million kronor and cleans water for 61,000 homes in Orrby and Vallen.
The board chose a slow sand filter after tests in 2021 showed it removed more parasites than the old system.
Work on a second plant in Vallen will start in 2027, according to the Orrby water board.
The lock keeper opened the sluice, a gate that controls how much water leaves the canal.`;

/** The passing candidates of the plant's sentences and `lines`, every sentence central. */
const setting = (lines: string) => everyTypeSetting(`${plant}\n${lines}`);

/** A person and what they did: the "Who …?" question on it, and the statement it gives. */
const PEOPLE: [string, string][] = [
	['Jonas Brekke, the festival’s designer, has built a set of rotating wooden walls.', 'Jonas Brekke has built a set of rotating wooden walls.'],
	['Ana Brandt, the head chef, cooks every fish over an open wood fire.', 'Ana Brandt cooks every fish over an open wood fire.'],
	['Lena Vos, the museum’s curator, hung the paintings in the order of their making.', 'Lena Vos hung the paintings in the order of their making.'],
	['Omar Haddad, the band’s drummer, keeps the tempo steady through the long final song.', 'Omar Haddad keeps the tempo steady through the long final song.'],
	// Named in full before, by surname in the sentence: the statement names the person in full.
	['The designer is Jonas Brekke.\nBrekke has built a set of rotating wooden walls.', 'Jonas Brekke has built a set of rotating wooden walls.']
];

/**
 * A statement is its sentence's words (the checks hold a true one to its quote, a surname given in
 * full allowed): none where the sentence goes on past the clause asked.
 */
const UNSAID = ['Ana Brandt, the head chef, cooks every fish over an open wood fire, and the bread is baked each morning.'];

/** The setting's candidates but true/false ones, and no "Who …?" but on the person's sentence. */
function pool(lines: string) {
	const { passing, view, last } = setting(lines);
	return {
		view,
		last,
		passing: passing.filter((c) => c.question.type !== 'true_false' && (c.sentence.index === last || !c.question.prompt.startsWith('Who')))
	};
}

const whoOn = (passing: Candidate[], last: number) => passing.find((c) => c.sentence.index === last && /^Who (?!is described)/.test(c.question.prompt));

describe('a "Who …?" question asked as a true statement', () => {
	it.each(PEOPLE)('%s', (lines, statement) => {
		const { passing, last } = setting(lines);
		const who = whoOn(passing, last);
		expect(who).toBeTruthy();
		const stated = whoStatement(who!);
		expect(stated?.question).toMatchObject({ type: 'true_false', prompt: statement, answer: true });
		expect(stated?.fact).toBe(who!.fact);
	});

	it.each(UNSAID)('asks nothing the sentence does not say as it stands: %s', (lines) => {
		const { passing, last } = setting(lines);
		const who = whoOn(passing, last);
		expect(who).toBeTruthy();
		expect(whoStatement(who!)).toBeNull();
	});

	it('never states a role ("Who is described in the article as …?")', () => {
		const { passing } = setting(PEOPLE[0][0]);
		const role = passing.filter((c) => c.question.prompt.startsWith('Who is described'));
		expect(role.length).toBeGreaterThan(0);
		for (const c of role) expect(whoStatement(c)).toBeNull();
	});

	// The bank has every type but a true/false, and the pool holds no statement of its own: the
	// person's question (the pool's only "Who …?") comes in as one beside the kept questions, which
	// ask the other sentences.
	it.each(PEOPLE)('brings a missing true/false back beside the rest: %s', (lines, statement) => {
		const { passing, view, last } = pool(lines);
		const kept: Candidate[] = [];
		for (const c of passing) if (c.sentence.index < last && fits(kept, c)) kept.push(c);
		const out = everyType(kept, passing, view, 60);
		expect(out.filter((c) => c.question.type === 'true_false').map((c) => c.question.prompt)).toEqual([statement]);
	});

	// When the bank asks the person's clause already, as one of two short answers, the statement takes its place.
	it.each(PEOPLE)('asks a kept "Who …?" as a statement in its place: %s', (lines, statement) => {
		const { passing, view, last } = pool(lines);
		const who = whoOn(passing, last)!;
		const kept: Candidate[] = [who];
		const typedFirst = [...passing].sort((a, b) => Number(b.question.type === 'short_answer') - Number(a.question.type === 'short_answer'));
		for (const c of typedFirst) if (c.sentence.index < last && fits(kept, c)) kept.push(c);
		expect(kept.filter((c) => c.question.type === 'short_answer').length).toBeGreaterThan(1);
		const out = everyType(kept, passing, view, 60);
		expect(out.filter((c) => c.question.type === 'true_false').map((c) => c.question.prompt)).toEqual([statement]);
		expect(out).not.toContain(who);
		expect(out).toHaveLength(kept.length);
	});
});
