import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences';
import { extractFacts } from '.';

const factsOf = (text: string) => extractFacts(splitSentences(text), { year: 2023, month: 11, day: 15 });

describe('quantities', () => {
	it('reads a count with what it counts', () => {
		const q = factsOf('Within a day, 24 Ukrainian drones were intercepted and shot down.').find((f) => f.kind === 'quantity');
		expect(q).toMatchObject({ value: 24, counts: 'Ukrainian drones' });
	});

	it('reads a unit and a qualifier', () => {
		const q = factsOf('With a range of approximately 620 miles, this drone is fast.').find((f) => f.kind === 'quantity');
		expect(q).toMatchObject({ value: 620, unit: 'miles', qualifier: 'approximately' });
	});

	it('reads money named in words after the number, which has no plural to count by', () => {
		const facts = factsOf('The deposit will be 20 pence on every can. A ticket costs 500 yen at the gate.');
		const units = facts.filter((f) => f.kind === 'quantity').map((f) => [f.value, f.unit]);
		expect(units).toEqual([
			[20, 'pence'],
			[500, 'yen']
		]);
	});

	it('reads number words, money, percentages and decimals', () => {
		const facts = factsOf(
			'Seventeen HIMARS projectiles have been intercepted. Revenue was $4.2 billion, up 35%, and 1.5 million people saw 3.2 degrees Celsius. Over 50 UAVs fell and 35 percent cheered.'
		);
		const values = facts.filter((f) => f.kind === 'quantity').map((f) => [f.value, f.unit ?? f.counts]);
		expect(values).toEqual(
			expect.arrayContaining([
				[17, 'HIMARS projectiles'],
				[4.2e9, '$'],
				[35, '%'],
				[1.5e6, 'people'],
				[3.2, 'degrees Celsius'],
				[50, 'UAVs']
			])
		);
	});

	it('fixes a plural noun compromise tags as a verb', () => {
		const q = factsOf('Russia deployed 75 Iranian-made Shahed kamikaze drones against Ukrainian targets.').find((f) => f.kind === 'quantity');
		expect(q?.counts).toBe('Iranian-made Shahed kamikaze drones');
	});

	it('leaves years, times, scores and names with numbers alone', () => {
		const facts = factsOf('In 2011 Sparta won 2-1 at 10:14 a.m. with the S-200 and Nordlys-1 nearby.');
		expect(facts.filter((f) => f.kind === 'quantity')).toEqual([]);
		expect(facts.find((f) => f.kind === 'date')?.value).toBe(2011);
	});
});

describe('people', () => {
	it('takes no person from the end of a longer name after "of"', () => {
		const facts = factsOf('The Federation of Small Retailers argued that the rules were unfair.');
		expect(facts.filter((f) => f.kind === 'person')).toEqual([]);
	});

	it('reads a title after a sentence-opening "The", and the titles of performers', () => {
		const people = factsOf('The Malian singer Aminata Keïta played first. The pianist Daniel Okonjo followed.').filter((f) => f.kind === 'person');
		expect(people.map((p) => [p.text, p.kind === 'person' ? p.role : ''])).toEqual([
			['Aminata Keïta', 'Malian singer'],
			['Daniel Okonjo', 'pianist']
		]);
	});

	it('finds a role in an appositive', () => {
		const p = factsOf('Alexey Dyumin, the governor of the Tula region, reported a drone crash.').find((f) => f.kind === 'person');
		expect(p).toMatchObject({ text: 'Alexey Dyumin', role: 'the governor of the Tula region' });
	});

	it('finds a role in a title before the name', () => {
		const facts = factsOf('Moscow Mayor Sergey Sobyanin said there were no injuries. Ukrainian President Volodymyr Zelensky warned of strikes.');
		expect(facts.filter((f) => f.kind === 'person').map((f) => [f.text, f.role])).toEqual([
			['Sergey Sobyanin', 'Moscow Mayor'],
			['Volodymyr Zelensky', 'Ukrainian President']
		]);
	});

	it('links a surname to the full name and a quote to its speaker', () => {
		const facts = factsOf('Ukrainian President Volodymyr Zelensky spoke. “We must be prepared for the fact that the enemy may strike,” Zelensky posted.');
		expect(facts.find((f) => f.kind === 'person' && f.text === 'Zelensky')?.key).toBe('Volodymyr Zelensky');
		expect(facts.find((f) => f.kind === 'quote')?.speaker).toBe('Volodymyr Zelensky');
	});
});

describe('places, organisations, dates and named things', () => {
	it('types capitalised words by context', () => {
		const facts = factsOf('Drones fell over Bryansk oblast and the Sea of Azov, said the Defense Ministry and CNN.');
		expect(facts.filter((f) => f.kind === 'place').map((f) => f.text)).toEqual(['Bryansk', 'Sea of Azov']);
		expect(facts.filter((f) => f.kind === 'organisation').map((f) => f.text)).toEqual(['Defense Ministry', 'CNN']);
	});

	it('resolves relative dates against the publication date', () => {
		const facts = factsOf('Zelensky spoke last November 13. The strike came on Tuesday.');
		expect(facts.filter((f) => f.kind === 'date').map((f) => f.iso)).toEqual(['2023-11-13', '2023-11-14']);
	});

	it('says what a named thing is', () => {
		const facts = factsOf('Notably, the “Beaver” long-range UAV has entered mass production. Unmanned aerial vehicles (UAVs) flew.');
		expect(facts.filter((f) => f.kind === 'named-thing').map((f) => [f.text, f.role])).toEqual([
			['Beaver', 'a long-range UAV'],
			['UAV', 'Unmanned aerial vehicles']
		]);
	});

	it('takes no unit word, or a word right after a number, as a named thing', () => {
		const facts = factsOf('The researchers estimate its equilibrium temperature at about minus 8 degrees Celsius, a figure that assumes no atmosphere.');
		expect(facts.filter((f) => f.kind === 'named-thing')).toEqual([]);
		expect(facts.find((f) => f.kind === 'quantity')).toMatchObject({ value: 8, unit: 'degrees Celsius' });
		expect(factsOf('The surface sits near 40 Kelvin, a temperature at which nitrogen freezes.').filter((f) => f.kind === 'named-thing')).toEqual([]);
	});

	it('gives no facts for headings', () => {
		expect(factsOf('President Volodymyr Zelensky and 24 Drones')).toEqual([]);
	});
});

describe('people with no cue beside their full name', () => {
	it('counts a full name whose surname speaks elsewhere in the article', () => {
		const people = factsOf('Adaeze Okafor won the title on Saturday. "I was calm," Okafor said.').filter((f) => f.kind === 'person');
		expect(people.map((f) => f.key)).toContain('Adaeze Okafor');
	});

	it('takes the role before a relative clause in an appositive', () => {
		const [p] = factsOf('Ingrid Berg, a Norwegian engineer whose tests changed bridge design, has died.').filter((f) => f.kind === 'person');
		expect(p).toMatchObject({ key: 'Ingrid Berg', role: 'a Norwegian engineer' });
	});
});

describe('decades', () => {
	it('are no year: "the 1970s" gives no date to blank', () => {
		expect(factsOf('Almost every bridge built since the 1970s uses the design.').filter((f) => f.kind === 'date')).toEqual([]);
	});
});

describe('a role before a name at the sentence start', () => {
	it('gives the person the role though its article is capitalised', () => {
		const people = factsOf('The festival director, Tom Ashworth, apologised for the delays.').filter((f) => f.kind === 'person');
		expect(people.map((f) => (f.kind === 'person' ? [f.key, f.role] : []))).toEqual([['Tom Ashworth', 'the festival director']]);
	});
});
