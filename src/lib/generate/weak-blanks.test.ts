import { describe, expect, it } from 'vitest';
import { extractFacts } from './facts';
import { buildCandidates, type Candidate } from './questions';
import { splitSentences } from './sentences';
import { heldSpan, incidentalCount, incidentalDate, settingOfFigure } from './weak-blanks';

/** The blank candidates of one sentence whose key is `key`. */
function blanksOf(sentence: string, key: string): Candidate[] {
	const text = `A short report\n\n${sentence}`;
	const sentences = splitSentences(text);
	const facts = extractFacts(sentences, { year: 2024, month: 5, day: 2 });
	return buildCandidates(facts, sentences, text).filter((c) => c.form === 'blank' && c.fact.answer.toLowerCase() === key.toLowerCase());
}

/** Each row: a sentence, the key blanked in it, and whether the rule calls that blank weak. */
type Row = [sentence: string, key: string, weak: boolean];

function table(rule: (c: Candidate) => boolean, rows: Row[]) {
	for (const [sentence, key, weak] of rows) {
		it(`${weak ? 'weak' : 'kept'}: ${sentence} (${key})`, () => {
			const blanks = blanksOf(sentence, key);
			expect(blanks.length, 'the sentence gives a blank on the key').toBeGreaterThan(0);
			for (const c of blanks) expect(rule(c), c.question.prompt).toBe(weak);
		});
	}
}

describe('a date blanked off the head of its sentence', () => {
	table(incidentalDate, [
		['The orchard trust was set up in 1987 and now looks after forty hectares of old trees.', '1987', true],
		['Surveys carried out in 2019 showed that most of the hedges had gone.', '2019', true],
		['In 2016 the ferry company bought two second-hand boats from a Norwegian operator.', '2016', true],
		['The bakery on Mill Row has sold bread every morning since it opened in March 2003.', 'March 2003', true],
		['Ms Okoro hopes the new ward will open to patients by the end of 2027.', '2027', true],
		['March 2020 was the wettest month the county had ever recorded.', 'March 2020', false],
		['August 1976 brought the longest drought anyone in the valley could remember.', 'August 1976', false]
	]);
});

describe('a small count spelled out', () => {
	table(incidentalCount, [
		['Amos Tolland was the youngest of four sons of a harbour pilot and a seamstress.', 'four', true],
		['The lorry was carrying timber and seven passengers when it left the road.', 'seven', true],
		['The league has already held talks with three broadcasters about the next contract.', 'three', true],
		['Volunteers planted the saplings along nine miles of hedgerow and at five schools.', 'five', true],
		['A lithium battery would cost roughly six times as much to build.', 'six', false],
		['Around one in eight adults in the district has never visited a dentist.', 'eight', false],
		['The guide rated the inn four stars out of five.', 'four', false],
		['A good heat pump gives out three units of heat for every unit of electricity it draws.', 'three', false],
		['The club signed 212 new members in its first season.', '212', false]
	]);
});

describe('how long someone has held a place, or how often something runs', () => {
	table(heldSpan, [
		['Mr Haldane, who has kept bees on the estate for 23 years, said the spring had been poor.', '23', true],
		['Ruth Adair had taught at the village school for nearly 30 years before the council closed it.', '30', true],
		['For the past twelve years the festival has been run entirely by volunteers.', 'twelve', true],
		['The library will now open six days a week instead of four.', 'six', true],
		['The trial lasted eighteen months and enrolled patients from four hospitals.', 'eighteen', false],
		['The bridge will be closed to traffic within 14 days of the inspection.', '14', false],
		['Scientists expect the bloom to fade after about three weeks.', 'three', false]
	]);
});

describe('a place or organisation blanked in the setting of a measured finding', () => {
	table(settingOfFigure, [
		['Snowfall at Kirkhaven reached 86 centimetres in January, the most since records began.', 'Kirkhaven', true],
		['Walkers on the cliffs of Dunmoor counted 412 puffins, up 30 percent on last year.', 'Dunmoor', true],
		['Volunteers working along Mill Lane and Quarry Road cleared 3.5 tonnes of rubbish in a weekend.', 'Quarry Road', true],
		['Sales of heat pumps in Norway rose 40% last year, the trade body said.', 'Norway', true],
		['The charity received a grant of £40,000 from the Lindqvist Foundation.', 'Lindqvist Foundation', false],
		['The ferry sank near Hallam Point, about 2 miles off the coast, in a winter storm.', 'Hallam Point', false],
		['The museum in Corbridge reopened on Saturday after a long closure.', 'Corbridge', false],
		['Prices in Varnholt rose sharply last year, the council said.', 'Varnholt', false]
	]);
});
