import { describe, expect, it } from 'vitest';
import type { Question } from '../bank/schema';
import { badBlank } from './checks-blanks';

const cloze = (prompt: string, answer: string): Question => ({ id: 'q', type: 'cloze', prompt, answer, tags: [] });

describe('badBlank', () => {
	it('strikes a blank after "more than" or "at least", which any smaller figure fills', () => {
		expect(badBlank(cloze('Volunteers planted more than ____ trees along the canal.', '9,000'))).toMatch(/bound/);
		expect(badBlank(cloze('Sales were up at least ____ percent on the year.', '12'))).toMatch(/bound/);
		expect(badBlank(cloze('Volunteers planted ____ trees along the canal.', '9,000'))).toBeNull();
		const numeric: Question = { id: 'n', type: 'numeric', prompt: 'Volunteers planted more than ____ trees along the canal.', answer: 9000, tags: [] };
		expect(badBlank(numeric)).toMatch(/bound/);
	});

	it('strikes a number that is part of a name', () => {
		expect(badBlank(cloze('The reviewer says the Tallo ____ rides well on cobbles.', '3'))).toMatch(/name/);
		expect(badBlank(cloze('The reviewer says the Tallo rode ____ kilometres on cobbles.', '3'))).toBeNull();
		expect(badBlank(cloze('The shop opened in March ____ near the station.', '2019'))).toBeNull();
	});

	it('reads a capitalised word that opens a sentence of the prompt as no name', () => {
		// A context sentence before the blank's own: "With", "About", "Some" open the sentence.
		expect(badBlank(cloze('The gallery reopened in May. With ____ works drawn from 31 lenders, the show is its largest.', '112'))).toBeNull();
		expect(badBlank(cloze('Rain closed the course on Sunday! About ____ riders waited at the start.', '40'))).toBeNull();
		expect(badBlank(cloze('“We are ready,” she said. “Some ____ boats will sail at dawn.”', '12'))).toBeNull();
		expect(badBlank(cloze('Was the plan approved? Nearly ____ residents objected to it.', '300'))).toBeNull();
		// Near misses it must still catch: a model or place name inside the sentence, after a comma or a closing quote.
		expect(badBlank(cloze('The gallery reopened in May. The Tallo ____ rides well on cobbles.', '3'))).toMatch(/name/);
		expect(badBlank(cloze('“It is quick,” Tallo ____ owners say of the bike.', '3'))).toMatch(/name/);
		expect(badBlank(cloze('Last year, Route ____ carried more riders than any other bus.', '9'))).toMatch(/name/);
		expect(badBlank(cloze('The team flew the Falcon ____ twice in March.', '9'))).toMatch(/name/);
	});

	it('strikes a key that repeats the word after the blank', () => {
		expect(badBlank(cloze('The plant will add ____ jobs by 2027.', '340 jobs'))).toMatch(/repeats/);
		expect(badBlank(cloze('The plant will add ____ by 2027.', '340 jobs'))).toBeNull();
	});

	it('strikes a blank that covers only a unit', () => {
		expect(badBlank(cloze('The mill emitted 2,400 ____ of CO2 last year.', 'tonnes'))).toMatch(/unit/);
		expect(badBlank(cloze('The mill was sold to ____ last year.', 'Norvik'))).toBeNull();
	});

	it('strikes a number the prompt’s figures divide to', () => {
		expect(badBlank(cloze('The battery stores 140 MWh and can run for 35 hours at ____ MW.', '4'))).toMatch(/divide/);
		expect(badBlank(cloze('The battery stores 140 MWh and can run for 35 hours at ____ MW.', '5'))).toBeNull();
	});

	it('strikes the end of a period whose length and start the prompt gives', () => {
		expect(badBlank(cloze('The trial ran for 18 months, between September 2023 and ____.', 'March 2025'))).toMatch(/period/);
		expect(badBlank(cloze('The trial ran between September 2023 and ____.', 'March 2025'))).toBeNull();
	});

	it('strikes the size of a change whose both ends the prompt gives', () => {
		expect(badBlank(cloze('Quarterly sales at Orrin Mills rose ____ to $597 million from $470 million.', '27%'))).toMatch(/change/);
		expect(badBlank(cloze('Net income fell ____ to $96 million from $118 million, the bank said.', '$22 million'))).toMatch(/change/);
		expect(badBlank(cloze('Ridership climbed by ____ percent, from 1.2 million trips to 1.5 million.', '25'))).toMatch(/change/);
		expect(badBlank(cloze('Quarterly sales at Orrin Mills rose ____ to $597 million.', '27%'))).toBeNull();
	});

	it('strikes a blank that leaves the full stop of an abbreviated name behind', () => {
		expect(badBlank(cloze('____. raised its forecast for the year on Tuesday.', 'Kestrel Outdoor Inc'))).toMatch(/full stop/);
		expect(badBlank(cloze('The forecast was raised by ____.', 'Kestrel Outdoor'))).toBeNull();
	});

	it('strikes one end of an assumed range but keeps the new level of a change', () => {
		expect(badBlank(cloze('The new coating could cut heating bills by 30 to ____ percent, the makers say.', '45'))).toMatch(/range/);
		expect(badBlank(cloze('Fares would rise by between ____ and 12 percent.', '8'))).toMatch(/range/);
		expect(badBlank(cloze('Revenue rose from $5.55 billion to ____ last year.', '$6.1 billion'))).toBeNull();
		expect(badBlank(cloze('Sales rose 12% to ____ in the third quarter.', '$40 million'))).toBeNull();
		expect(badBlank(cloze('The new coating cut heating bills by ____ percent, the makers say.', '45'))).toBeNull();
	});

	it.each([
		['Seedlings are pricked out two to ____ weeks after sowing.', 'three'],
		['The kiln is fired for four or ____ days at a stretch.', 'five'],
		['Most patients go home after ____ or two nights on the ward.', 'one'],
		['Hedgehogs may travel one to ____ miles in a single night.', '2'],
		['Each colt is broken in over ten to ____ months.', 'twelve'],
		['Fees went up from three to ____ pounds a lesson.', 'four']
	])('strikes one end of a range in words unless it is a change: %s', (prompt, key) => {
		const struck = badBlank(cloze(prompt, key));
		if (prompt.startsWith('Fees went up')) expect(struck).toBeNull();
		else expect(struck).toMatch(/range/);
	});

	it('keeps a count in words that is no end of a range', () => {
		expect(badBlank(cloze('Seedlings are pricked out ____ weeks after sowing.', 'three'))).toBeNull();
		expect(badBlank(cloze('The kiln is fired for ____ days, then left to cool for two.', 'five'))).toBeNull();
	});

	it('strikes a percent change whose two ends the prompt gives', () => {
		expect(badBlank(cloze('Sales rose from $40 million to $50 million, a ____ increase.', '25%'))).toMatch(/change/);
		expect(badBlank(cloze('Sales reached $50 million, a ____ increase on the year.', '25%'))).toBeNull();
	});

	it('strikes a key with its unit in a hyphened slot', () => {
		expect(badBlank(cloze('The club signed him on a ____-year contract.', '20 years'))).toMatch(/hyphened/);
		expect(badBlank(cloze('The club signed him on a ____-year contract.', '20'))).toBeNull();
	});

	it('strikes a blank over a title’s abbreviation', () => {
		expect(badBlank(cloze('The study was led by ____. Ramona Ortiz of the county hospital.', 'Dr'))).toMatch(/title/);
		expect(badBlank(cloze('The study was led in ____. Ramona Ortiz then moved to the county hospital.', 'Tulsa'))).toBeNull();
	});

	it('strikes a count whose members the prompt lists', () => {
		expect(badBlank(cloze('The inquiry named the ____ causes, a blocked culvert and a broken pump, in its report.', 'two'))).toMatch(/lists/);
		expect(badBlank(cloze('The museum lent ____ paintings: a Turner, a Constable and a Gainsborough.', '3'))).toMatch(/lists/);
		expect(badBlank(cloze('The inquiry named ____ causes, of which a blocked culvert was the worst.', 'two'))).toBeNull();
		expect(badBlank(cloze('The museum lent ____ paintings: a Turner, a Constable and a Gainsborough.', '12'))).toBeNull();
	});
});
