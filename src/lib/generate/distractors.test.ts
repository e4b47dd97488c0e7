import { describe, expect, it } from 'vitest';
import { normaliseAnswer } from '../quiz/normalise';
import { arrange, dateDistractors, entityDistractors, numberDistractors } from './distractors';
import fallbackNames from './data/fallback-names.json';
import { extractFacts, type FactKind, type FactOf } from './facts';
import { splitSentences } from './sentences';

const facts = extractFacts(
	splitSentences(
		'Alexey Dyumin, the governor of the Tula region, spoke. Moscow Mayor Sergey Sobyanin agreed. Ukrainian President Volodymyr Zelensky warned. Officials said 24 Ukrainian drones were downed. Later 17 more drones were stopped. The Beaver drone has a range of approximately 620 miles. It flew on Tuesday.'
	),
	{ year: 2023, month: 11, day: 15 }
);
const find = <K extends FactKind>(kind: K, text: string): FactOf<K> => {
	const f = facts.find((x): x is FactOf<K> => x.kind === kind && (x.text === text || x.answer === text));
	if (!f) throw new Error(`no fact ${text}`);
	return f;
};
const distinct = (xs: string[]) => new Set(xs.map(normaliseAnswer)).size === xs.length;

describe('numberDistractors', () => {
	it('gives three distinct numbers of the same form, none equal to the answer', () => {
		const fact = find('quantity', '620 miles');
		const d = numberDistractors(fact, facts, 'seed');
		expect(d).toHaveLength(3);
		expect(distinct([fact.answer, ...d])).toBe(true);
		for (const x of d) expect(x).toMatch(/^\d+$/);
	});

	it('prefers other counts from the article and keeps plurals plural', () => {
		const fact = find('quantity', '24 Ukrainian drones');
		const d = numberDistractors(fact, facts, 'seed');
		expect(d).toContain('17');
		expect(d.every((x) => Number(x) >= 2)).toBe(true);
	});

	it('is deterministic', () => {
		const fact = find('quantity', '620 miles');
		expect(numberDistractors(fact, facts, 'x')).toEqual(numberDistractors(fact, facts, 'x'));
	});
});

describe('entityDistractors and dateDistractors', () => {
	it('gives other people, never the answer or a name in the prompt', () => {
		const fact = find('person', 'Alexey Dyumin');
		const d = entityDistractors(fact, facts, 'Who agreed with Sergey Sobyanin?', 'seed', 3, false);
		expect(d).toEqual(['Volodymyr Zelensky']);
	});

	it('offers no club or firm misread as a person among the people', () => {
		const fact = find('person', 'Alexey Dyumin');
		const misread = { ...fact, text: 'Dunmore City', key: 'Dunmore City', answer: 'Dunmore City', sentence: 5 };
		const d = entityDistractors(fact, [...facts, misread], 'Who agreed with Sergey Sobyanin?', 'seed', 3, false);
		expect(d).toEqual(['Volodymyr Zelensky']);
	});

	it('never fills in invented people when the article has too few, so no mcq is made of them', () => {
		const fact = find('person', 'Alexey Dyumin');
		const d = entityDistractors(fact, facts, 'Who agreed with Sergey Sobyanin?', 'seed');
		expect(d).toEqual(['Volodymyr Zelensky']);
	});

	it('fills in countries from the shipped list for a country, sharing no word with its names', () => {
		const places = extractFacts(splitSentences('Firms moved production away from China to Vietnam last year.'), null);
		const china = places.find((f): f is FactOf<'place'> => f.kind === 'place' && f.text === 'China');
		if (!china) throw new Error('no China');
		const d = entityDistractors(china, places, 'Firms moved production away from ____ to Vietnam.', 'seed');
		expect(d).toHaveLength(3);
		for (const name of d) expect(fallbackNames.country).toContain(name);
	});

	it("never offers a word of a person's name as a place, nor asks a place that holds a person's name", () => {
		const found = extractFacts(
			splitSentences('Ingrid Salvesen was born in Bergen. Her son Olav Salvesen lives in Olav. She worked in Trondheim and in Oslo and in Tromsø.'),
			null
		);
		const bergen = found.find((f): f is FactOf<'place'> => f.kind === 'place' && f.text === 'Bergen');
		if (!bergen) throw new Error(`no Bergen: ${found.map((f) => f.text).join(', ')}`);
		expect(entityDistractors(bergen, found, 'Ingrid Salvesen was born in ____.', 'seed')).not.toContain('Olav');
		const olav = found.find((f): f is FactOf<'place'> => f.kind === 'place' && f.text === 'Olav');
		if (olav) expect(entityDistractors(olav, found, 'Her son lives in ____.', 'seed')).toEqual([]);
	});

	it('gives other weekdays for a weekday', () => {
		const d = dateDistractors(find('date', 'Tuesday'), facts, 'seed');
		expect(d).toHaveLength(3);
		expect(d).not.toContain('Tuesday');
		expect(distinct(d)).toBe(true);
	});
});

describe('entityDistractors by fine sort', () => {
	const article = extractFacts(
		splitSentences(
			'The final was played at Harbour Park in Valencia. Okafor trained in Lagos and later in Madrid. Fans came from Seville. The club Sparta hired coach Anna Berg. The company Veridia Biosciences was founded by Dr. Anneke Verhoeven and Dr. Rafael Mendes. The firm Tan Phat Electronics and the University of Leeds joined the Department for Environment.'
		),
		{ year: 2024, month: 5, day: 2 }
	);
	const pick = <K extends FactKind>(kind: K, text: string): FactOf<K> => {
		const f = article.find((x): x is FactOf<K> => x.kind === kind && x.text === text);
		if (!f) throw new Error(`no fact ${text}: ${article.map((x) => `${x.kind}:${x.text}`).join(', ')}`);
		return f;
	};

	it('offers towns for a town, never a ground', () => {
		const d = entityDistractors(pick('place', 'Lagos'), article, 'Okafor trained in ____.', 'seed');
		expect(d).not.toContain('Harbour Park');
		expect(d.length).toBeGreaterThanOrEqual(2);
	});

	it('offers a company only among companies, never famous firms from a list beside an unknown one', () => {
		const d = entityDistractors(pick('organisation', 'Tan Phat Electronics'), article, 'The firm ____ joined.', 'seed');
		expect(d).toEqual(['Veridia Biosciences']);
	});

	it('takes the sort of an organisation from the word before it', () => {
		const orgs = extractFacts(
			splitSentences('The charity Play Out Loud ran the workshops. The Irish group Seanchaí played reels. The charity Music Aid paid.'),
			null
		);
		const charity = orgs.find((f): f is FactOf<'organisation'> => f.kind === 'organisation' && f.text === 'Play Out Loud');
		if (!charity) throw new Error('no charity');
		const d = entityDistractors(charity, orgs, 'The workshops were run by the charity ____.', 'seed');
		expect(d).toContain('Music Aid');
		expect(d).not.toContain('Seanchaí');
	});

	it('never offers a name the prompt gives by its initials', () => {
		const places = extractFacts(
			splitSentences('Firms moved production away from China to Mexico. Others went to the United States and to France. Prices rose in Kenya.'),
			null
		);
		const china = places.find((f): f is FactOf<'place'> => f.kind === 'place' && f.text === 'China');
		if (!china) throw new Error('no China');
		expect(entityDistractors(china, places, 'U.S. firms are moving production away from ____.', 'seed')).not.toContain('United States');
	});

	it('never offers a coach among players', () => {
		const team = extractFacts(
			splitSentences('Sparta goalkeeper Jan Kral saved twice. Sparta striker Ola Berg scored. Porto striker Rui Lobo missed. Porto coach Ana Reis smiled.'),
			null
		);
		const keeper = team.find((f): f is FactOf<'person'> => f.kind === 'person' && f.key === 'Jan Kral');
		if (!keeper) throw new Error('no keeper');
		const d = entityDistractors(keeper, team, 'Who saved twice?', 'seed');
		expect(d).toContain('Ola Berg');
		expect(d).not.toContain('Ana Reis');
	});

	it('takes a person’s role group from another mention when this one gives no title', () => {
		const team = extractFacts(
			splitSentences(
				'Sparta goalkeeper Jan Kral saved twice. Sparta striker Ola Berg scored. Porto striker Rui Lobo missed. Porto coach Ana Reis smiled. Later Kral saved again.'
			),
			null
		);
		const keeper = team.find((f): f is FactOf<'person'> => f.kind === 'person' && f.key === 'Jan Kral' && !f.role);
		if (!keeper) throw new Error('no keeper without a title');
		expect(entityDistractors(keeper, team, 'Who saved again?', 'seed')).not.toContain('Ana Reis');
	});

	it('offers the answer’s own side first: Rovers players for a Rovers winger, not the opposing keeper', () => {
		const match = extractFacts(
			splitSentences(
				'Rovers winger Tom Baxter scored twice on Saturday. Rovers striker Alan Pike hit the post. Rovers midfielder Sam Ode was booked in the first half. Sparta goalkeeper Ivan Petrov saved a penalty. Sparta midfielder Karel Novak was sent off. Sparta defender Milan Hrubý scored an own goal.'
			),
			null
		);
		const winger = match.find((f): f is FactOf<'person'> => f.kind === 'person' && f.key === 'Tom Baxter');
		if (!winger) throw new Error('no winger');
		for (const seed of ['a', 'b', 'c', 'd']) {
			const d = entityDistractors(winger, match, 'Who scored twice on Saturday?', seed);
			expect(d.slice(0, 2).sort()).toEqual(['Alan Pike', 'Sam Ode']);
			expect(d).not.toContain('Ivan Petrov');
		}
	});

	it('offers no name the article also reads as a place or a club among the people', () => {
		const fact = find('person', 'Alexey Dyumin');
		const misread = { ...fact, text: 'Harbour Point', key: 'Harbour Point', answer: 'Harbour Point', sentence: 5 };
		const town = { ...find('person', 'Volodymyr Zelensky'), kind: 'place' as const, text: 'Harbour Point', placeClass: 'locality', nameClass: 'locality' };
		const d = entityDistractors(fact, [...facts, misread, town as FactOf<'place'>], 'Who agreed with Sergey Sobyanin?', 'seed', 3, false);
		expect(d).toEqual(['Volodymyr Zelensky']);
		expect(entityDistractors(fact, [...facts, misread], 'Who agreed with Sergey Sobyanin?', 'seed', 3, false)).toContain('Harbour Point');
	});

	it('never offers a body read as a place among sites', () => {
		const works = extractFacts(
			splitSentences(
				'The new sewer runs from Beckton to Crossness. The plan went to Parliament in May. Work began at Beckton in June. Later the pumps were built at Deptford.'
			),
			null
		);
		const site = works.find((f): f is FactOf<'place'> => f.kind === 'place' && f.text === 'Beckton' && f.sentence === 2);
		if (!site) throw new Error('no Beckton');
		expect(works.some((f) => f.kind === 'place' && f.text === 'Parliament')).toBe(true);
		const d = entityDistractors(site, works, 'Work began at ____ in June.', 'seed');
		expect(d).toContain('Crossness');
		expect(d).not.toContain('Parliament');
	});

	it('never offers a name joined to the answer by "and", which answers with it', () => {
		const d = entityDistractors(pick('person', 'Anneke Verhoeven'), article, 'Veridia Biosciences was founded by Dr. ____.', 'seed');
		expect(d).not.toContain('Rafael Mendes');
	});
});

describe('arrange', () => {
	it('moves the right answer by the id hash, deterministically', () => {
		const positions = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) => arrange('X', ['A', 'B', 'C'], id, false).answer));
		expect(positions.size).toBeGreaterThan(1);
		expect(arrange('X', ['A', 'B', 'C'], 'q1', false)).toEqual(arrange('X', ['A', 'B', 'C'], 'q1', false));
	});

	it('sorts numeric choices ascending', () => {
		expect(arrange('24', ['50', '17', 'seventy-five'], 'q', true).choices).toEqual(['17', '24', '50', 'seventy-five']);
	});
});

describe('people offered beside a person', () => {
	const peopleOf = (text: string) => extractFacts(splitSentences(text), { year: 2024, month: 5, day: 1 }).filter((f) => f.kind === 'person');
	const choicesFor = (text: string, key: string) => {
		const all = peopleOf(text);
		const fact = all.find((f) => f.key === key);
		if (fact?.kind !== 'person') throw new Error(`no ${key}`);
		return entityDistractors(fact, all, 'Who won the final?', 'seed');
	};

	it('puts the people of the key’s gender first, as the pronouns show it', () => {
		const text = [
			'Mary Okafor won the final. "I waited," said Mary Okafor, who thanked her coach.',
			'"It was close," said John Tolland, who lost his own semi-final.',
			'"She was better," said Susan Novak, who had won her group.',
			'"I will be back," said Peter Lund, who lost his match.',
			'"It was windy," said David Marsh, who hurt his wrist.',
			'"We trained hard," said Anna Berg, who had hurt her wrist.',
			'"Next year," said Paul Reid, who lost his serve twice.'
		].join(' ');
		// The choices come in rank order: the two other women before any man.
		expect(choicesFor(text, 'Mary Okafor').slice(0, 2).sort()).toEqual(['Anna Berg', 'Susan Novak']);
	});

	it('offers a relative of the key (the same surname) last', () => {
		const text = [
			'"She built it," said Ingrid Salvesen, a Norwegian engineer.',
			'"We were proud," said Kari Salvesen, a teacher.',
			'"It held," said Per Lunde, an engineer.',
			'"It was hard," said Lise Haugen, a professor.',
			'"It worked," said Arthur Pell, a builder.'
		].join(' ');
		expect(choicesFor(text, 'Ingrid Salvesen')).not.toContain('Kari Salvesen');
	});
});
