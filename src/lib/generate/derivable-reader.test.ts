import { describe, expect, it } from 'vitest';
import type { Question } from '../bank/schema';
import { badBlank } from './checks-blanks';
import { derivableBlank } from './derivable';

const source = { quote: 'x', start: 0, end: 1 };
const mcq = (prompt: string, choices: string[], answer = 0): Question => ({ id: 'q', type: 'mcq', prompt, choices, answer, tags: [], source });
const cloze = (prompt: string, answer: string): Question => ({ id: 'q', type: 'cloze', prompt, answer, tags: [], source });
const numeric = (prompt: string, answer: number): Question => ({ id: 'q', type: 'numeric', prompt, answer, tolerance: 0, tags: [], source });
const tf = (prompt: string, answer: boolean): Question => ({ id: 'q', type: 'true_false', prompt, answer, tags: [], source });
const struck = (q: Question) => derivableBlank(q) ?? badBlank(q);

describe('players left after a sending-off', () => {
	const asked: Question[] = [
		mcq('After Okafor was sent off on the hour, Dunmore finished with ____ men.', ['ten', 'nine', 'eight', 'eleven']),
		cloze('Harwick were reduced to ____ men when their goalkeeper was shown a red card.', 'ten'),
		mcq('Pellow played the last half-hour a man down and held on with ____ players.', ['10', '9', '12', '8']),
		numeric('How many players did Ostmark have on the field after the dismissal of their captain?', 10),
		mcq('Following two red cards, the visitors saw out the game with ____ men.', ['nine', 'ten', 'eight', 'seven']),
		cloze('Down to ____ men after Brandt’s second booking, Kelso still won the tie.', 'ten'),
		mcq('Ramos was sent off in the 52nd minute, and the visitors held on with ____ men for a draw.', ['ten', 'eight', 'nine', 'seven']),
		numeric('With how many players did City finish the final after Mbeki’s sending-off?', 10),
		mcq('The ten-man hosts, who lost Ivers to a straight red, defended with ____ players for forty minutes.', ['10', '11', '9', '8'])
	];
	it.each(asked.map((q) => [q.prompt, q]))('strikes %s', (_p, q) => expect(struck(q)).not.toBeNull());

	it('strikes choices more than a full side even without a sending-off', () => {
		expect(struck(mcq('The visitors held on with ____ men for a draw.', ['ten', 'twelve', 'nine', 'fourteen']))).not.toBeNull();
	});

	it('keeps a count of players that is no side on the field', () => {
		expect(struck(mcq('The club released ____ players at the end of the season.', ['14', '9', '11', '20']))).toBeNull();
		expect(struck(mcq('The squad of ____ players flew to Lisbon on Monday.', ['23', '18', '26', '30']))).toBeNull();
	});
});

describe('choices too close to tell apart', () => {
	const close: Question[] = [
		mcq('Turnout reached ____ in the second round.', ['44.9%', '44.6%', '44.7%', '44.8%']),
		mcq('The firm’s margin was ____ last year.', ['12.4%', '12.1%', '12.6%', '12.3%']),
		mcq('The bridge is ____ metres long.', ['1,240', '1,250', '1,230', '1,260']),
		mcq('Sales came to ____ in the third quarter.', ['$3.41 billion', '$3.38 billion', '$3.45 billion', '$3.47 billion']),
		mcq('About ____ people attended the festival over three days.', ['52,000', '51,000', '53,000', '50,000']),
		mcq('The index closed at ____ on Friday.', ['7,412.6', '7,409.2', '7,420.8', '7,398.1']),
		mcq('She ran the final lap in ____ seconds.', ['57.8', '57.9', '58.1', '57.6']),
		mcq('Inflation eased to ____ in May.', ['2.6%', '2.5%', '2.7%', '2.8%'])
	];
	it.each(close.map((q) => [q.prompt, q]))('strikes %s', (_p, q) => expect(struck(q)).toMatch(/close/));

	it('keeps choices a reader who remembers the rough figure can tell apart', () => {
		expect(struck(mcq('Turnout reached ____ in the second round.', ['44.9%', '38.2%', '51.6%', '29.7%']))).toBeNull();
		expect(struck(mcq('The club has won the cup ____ times.', ['seven', 'five', 'nine', 'four']))).toBeNull();
		expect(struck(mcq('The dam was finished in ____.', ['1931', '1929', '1934', '1936']))).toBeNull();
		expect(struck(mcq('The treaty was signed in ____.', ['1648', '1650', '1645', '1652']))).toBeNull();
		expect(struck(mcq('The meeting is on ____.', ['April 26', 'April 25', 'April 27', 'April 24']))).toBeNull();
	});
});

describe('the far end of a range', () => {
	const ranges: Question[] = [
		mcq('Analysts put the cost at between 4.5% and ____ of output.', ['6%', '3%', '2%', '4%']),
		cloze('The repairs will cost from $2bn to ____, the ministry said.', '$3.5bn'),
		mcq('Estimates range from 4% to ____ a year.', ['7%', '2%', '3%', '5%']),
		mcq('The survey found a range of 120 to ____ nests per hectare.', ['180', '90', '60', '100']),
		mcq('Tickets will cost £40–____ each.', ['£65', '£30', '£20', '£35']),
		cloze('Officials expect between 3 million and ____ visitors.', '4 million'),
		mcq('The plant could save as much as ____, up from 2 million tonnes, the study said.', [
			'3 million tonnes',
			'1 million tonnes',
			'1.5 million tonnes',
			'0.5 million tonnes'
		]),
		mcq('Forecasts for the deficit run from €1.2 billion to ____.', ['€1.9 billion', '€0.8 billion', '€0.6 billion', '€1 billion'])
	];
	it.each(ranges.map((q) => [q.prompt, q]))('strikes %s', (_p, q) => expect(struck(q)).not.toBeNull());

	it('keeps a change whose new level is asked with choices on its side', () => {
		expect(struck(mcq('Profit rose from $40 million to ____ last year.', ['$52 million', '$61 million', '$47 million', '$70 million']))).toBeNull();
	});
});

describe('a true/false statement whose figures contradict each other', () => {
	const broken: Question[] = [
		tf('Revenue fell from $840 million to $823 million, a 5% fall.', false),
		tf('Ridership rose 12% to 2.3 million from 2.25 million passengers.', false),
		tf('The council cut its budget by 20%, from £50 million to £46 million.', false),
		tf('Sales jumped to 1,800 units from 1,200, an increase of 25%.', false),
		tf('Membership grew from 4,000 to 4,800, up 40% on the year.', false),
		tf('The population declined by 30 percent, from 10,000 in 1990 to 9,000 in 2020.', false),
		tf('Exports slipped 8% to €610 million from €620 million last year.', false),
		tf('Output doubled, climbing 15% from 300 tonnes to 600 tonnes.', false)
	];
	it.each(broken.map((q) => [q.prompt, q]))('strikes %s', (_p, q) => expect(derivableBlank(q)).toMatch(/contradict/));

	it('keeps a statement whose figures agree, or whose percent measures something else', () => {
		expect(derivableBlank(tf('Revenue fell from $840 million to $823 million, a 2% fall.', false))).toBeNull();
		expect(derivableBlank(tf('Revenue fell from $840 million to $760 million, a 10% fall.', false))).toBeNull();
		expect(derivableBlank(tf('Sales rose from 1,200 to 1,800 units, and 40% of buyers were new.', false))).toBeNull();
	});
});

describe('a count whose members the prompt lists', () => {
	const counted: Question[] = [
		cloze('Wetlands release methane in ____ main ways, diffusion and ebullition.', 'two'),
		cloze('The inquiry named ____ causes: the worn rail, the late signal and the fog.', 'three'),
		cloze('The treaty was signed in ____ stages, first by the ministers and then by the parliaments.', 'two'),
		cloze('Diffusion and ebullition are the ____ main ways wetlands release methane.', 'two'),
		cloze('The hospital cited ____ reasons for the delay; staff shortages, a broken scanner and a flu outbreak.', 'three'),
		numeric('In how many stages was the bridge built, first the piers and then the deck?', 2),
		cloze('Rice, wheat and maize are the ____ crops the scheme covers.', 'three'),
		cloze('The firm grew in ____ phases: it first opened shops, then moved online, and finally sold abroad.', 'three')
	];
	it.each(counted.map((q) => [q.prompt, q]))('strikes %s', (_p, q) => expect(struck(q)).not.toBeNull());

	it('keeps a count whose list names other things', () => {
		expect(struck(cloze('The ____ satellites were built by students at the Tromsø campus and at the firm Vindur.', 'two'))).toBeNull();
		expect(struck(cloze('Farmers in Lindow and Brede planted ____ hectares of rye.', 'three'))).toBeNull();
	});
});
