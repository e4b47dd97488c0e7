import { describe, expect, it } from 'vitest';
import { judged, onAnswer } from './side-details-judged';
import { SETTING_RULES } from './side-details-setting';

const [COUNT, CLOCK] = SETTING_RULES.map((r) => r.name);

/** The rule names the candidates on `answer` meet, in an article of one lead and the sentence. */
function rulesOn(sentence: string, answer: string, title = 'Harbour works go ahead'): (string | null)[] {
	const lead = 'The Pelham harbour board approved a new sea wall on Tuesday after a long public inquiry.';
	return onAnswer(judged(title, `${lead} ${sentence}`), answer, (c) => c.fact.kind !== 'date').map((j) => j.name);
}

describe('a count in a phrase that sets the scene', () => {
	it.each([
		['a load carried in so many wagons', 'The barge left the quay with 300 tonnes of gravel in 12 wagons bound for the coast.', '12'],
		['a fund spread over so many years', 'The ministry set aside a 2 million pound fund to repair the quays over five years.', 'five'],
		['a book spread across so many chapters', 'The memoir tells the story of the strike across 31 chapters and an epilogue.', '31'],
		['an inspection every so many months', 'Divers check the foundations every nine months for signs of scouring.', 'nine'],
		['a count after a hedge and a preposition', 'The crews rebuilt the outer breakwater in about 40 nights of work at low tide.', '40'],
		['a count after a determiner', 'Seals were counted on the rocks in those 17 coves the survey covered.', '17']
	])('is found in %s', (_, sentence, answer) => {
		expect(rulesOn(sentence, answer)).toContain(COUNT);
	});

	it.each([
		['the object of the verb', 'The board hired 14 engineers to design the wall.', '14'],
		['a ratio ("one in ten")', 'Roughly one in six boats in the harbour is now registered abroad.', 'six'],
		['a record that runs back over years', 'Traffic at the port reached its highest level in nine years last month.', 'nine'],
		['a share, not a count of things', 'Fish sales fell in 40 percent of the harbour’s shops over the winter.', '40 percent'],
		['the subject of the clause', 'Over the winter, 23 trawlers were laid up at the inner quay.', '23']
	])('is not found in %s', (_, sentence, answer) => {
		expect(rulesOn(sentence, answer)).not.toContain(COUNT);
	});

	it('is not found in the lead, where the setting is the story’s scope', () => {
		const all = judged('Free bus passes for pensioners', 'The scheme starts in May in 320 towns across the north. Officials expect heavy demand.');
		expect(onAnswer(all, '320').map((j) => j.name)).not.toContain(COUNT);
	});
});

describe('how long a part of an event lasted, to the second', () => {
	it.each([
		['a winning time in a race report', 'Ostrova crossed the line in 2 hours 11 minutes, a course record for the coastal marathon.', '2 hours 11 minutes'],
		['a running time in a review', 'The revival runs for 2 hours 20 minutes with one interval.', '2 hours 20 minutes'],
		['a lead held in a stage race', 'The breakaway held a lead of 4 minutes 30 seconds at the foot of the last climb.', '4 minutes 30 seconds']
	])('is found in %s', (_, sentence, answer) => {
		expect(rulesOn(sentence, answer)).toContain(CLOCK);
	});

	it('is not found in a height in two units', () => {
		expect(rulesOn('The new lighthouse keeper stands 6 feet 2 inches tall, the tallest on the coast.', '6 feet 2 inches')).not.toContain(CLOCK);
	});
});
