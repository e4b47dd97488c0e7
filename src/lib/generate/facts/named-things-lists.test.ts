import { describe, expect, it } from 'vitest';
import { factsOf } from '../kinds/test-helpers';

/** The named things a sentence gives, with what each is said to be. */
const named = (s: string) => factsOf(s, 'named-thing').map((f) => [f.text, f.role]);

describe('a name inside a list is not defined by the next member', () => {
	// Each row: a sentence whose name is followed by the next member of a list, never its appositive.
	const lists: string[] = [
		'We went back to the papers: the minutes of the council, the reports of its rival, the Dunmore Gazette, the record of the inquest, and a bundle of letters.',
		'The stage crossed three climbs before the finish: the Col de Varne, the Pas de Lune and the short, steep Crête Rouge.',
		'The archive holds two ledgers, the Tarn Codex, the earliest hymn book of the valley, or a copy of the Ebbing Psalter.',
		'Buyers could choose between two bikes: the Veloro Trek, a touring frame, or a cheaper city model.',
		'The museum lent the Hallam Bell, the Orrin Clock and the Selby Chair to the exhibition.',
		'The quarterly results covered the Kestrel Pro, the Larch Mini, and the budget models sold in outlet stores.'
	];
	it.each(lists)('%s', (sentence) => {
		expect(named(sentence)).toEqual([]);
	});

	// Near misses: a real appositive, even one followed by "and" and a clause, still says what the name is.
	const appositives: [string, string, string][] = [
		['The Brackwater Prize, a medal for young engineers, was first awarded in 1921.', 'Brackwater Prize', 'a medal for young engineers'],
		['The Kessel Line, the oldest railway in the province, closed in 1962.', 'Kessel Line', 'the oldest railway in the province'],
		['Engineers inspected the Marrow Gate, a tidal barrier, and found it sound.', 'Marrow Gate', 'a tidal barrier'],
		['Investors sold the Arden Fund, a pension scheme for teachers, and bought bonds.', 'Arden Fund', 'a pension scheme for teachers'],
		['The agency plans to study Europa, a moon of Jupiter, and Enceladus, a moon of Saturn.', 'Europa', 'a moon of Jupiter']
	];
	it.each(appositives)('%s', (sentence, name, role) => {
		expect(named(sentence)).toContainEqual([name, role]);
	});
});
