import { describe, expect, it } from 'vitest';
import { extractFacts } from './facts';
import { buildCandidates } from './questions';
import { definiteNames, resolveDefinites } from './references-bodies';
import { splitSentences } from './sentences';

describe('"the firm" resolved from the article', () => {
	const text = 'Harlow Foods, the firm that bakes most of the bread in Dunmore, lost money in 2023. The firm closed ____ bakeries in Dunmore.';
	const names = definiteNames(extractFacts(splitSentences(text), null), text);

	it('puts the one name the article gives the head in its place', () => {
		expect(resolveDefinites('The firm closed ____ bakeries in Dunmore.', names)).toBe('Harlow Foods closed ____ bakeries in Dunmore.');
	});

	it('never takes a name in apposition with a phrase the head only ends ("a member of the town council")', () => {
		const town = 'Pieter Hoogland, a member of the town council, sold grain at a loss. The town bought 300 sacks of rye in 1847.';
		const found = definiteNames(extractFacts(splitSentences(town), null), town);
		expect(found.get('town')).toBeUndefined();
		expect(resolveDefinites('The town bought ____ sacks of rye in 1847.', found)).toBe('The town bought ____ sacks of rye in 1847.');
	});

	it('drops a prompt when the article names two such things', () => {
		const two = new Map([['firm', new Set(['Harlow Foods', 'Dunmore Mills'])]]);
		expect(resolveDefinites('The firm closed ____ bakeries in Dunmore.', two)).toBeNull();
	});

	it('asks no question of the article that says "the firm" of two firms', () => {
		const both =
			'Harlow Foods, the firm that bakes bread in Dunmore, lost money. Dunmore Mills, a firm owned by farmers, made a profit. The firm closed four bakeries in 2023.';
		const sentences = splitSentences(both);
		const prompts = buildCandidates(extractFacts(sentences, null), sentences, both).map((c) => c.question.prompt);
		expect(prompts.filter((p) => /^The firm closed/.test(p))).toEqual([]);
	});
});

describe('"the board" resolved from the kind of name the article gives a body', () => {
	const resolve = (text: string, prompt: string) => resolveDefinites(prompt, definiteNames(extractFacts(splitSentences(text), null), text));

	it('puts the body the name says it is in place of its bare head, capitalised or not', () => {
		const works = 'The Metropolitan Board of Works was set up in 1855 to clean the Thames. In 1858 the Board approved a plan for new sewers.';
		expect(resolve(works, 'The Board approved ____ kilometres of new sewers.')).toBe('The Metropolitan Board of Works approved ____ kilometres of new sewers.');
		const port = 'Revenue at the Varnholm Port Authority rose sharply last year. The authority plans to spend more on cranes.';
		expect(resolve(port, 'The authority plans to spend ____ on cranes.')).toBe('The Varnholm Port Authority plans to spend ____ on cranes.');
		const retail = 'The Federation of Small Retailers said shops could not afford the machines. After talks with the federation, the government paid a fee.';
		expect(resolve(retail, 'After talks with the federation, the government paid a fee of ____ pence.')).toBe(
			'After talks with the Federation of Small Retailers, the government paid a fee of ____ pence.'
		);
		// A name the fact reader does not take for a body, said without "the" as the article says it.
		const hospital = 'Dr. Omar Mwinyi works at Coast General Hospital in Mombasa. The hospital set up a tent in its car park.';
		expect(resolve(hospital, 'The hospital set up ____ beds in a tent.')).toBe('Coast General Hospital set up ____ beds in a tent.');
		const health = 'The Ministry of Health said cases had doubled. The ministry has sent teams to Malindi.';
		expect(resolve(health, 'The ministry has sent teams to ____.')).toBe('The Ministry of Health has sent teams to ____.');
	});

	it('drops the prompt when the article names two bodies of that kind', () => {
		const two =
			'Researchers from the University of Iceland and the University of Cape Town took part. The university paid for the drill, which cost 2 million euros.';
		expect(resolve(two, 'The university paid ____ euros for the drill.')).toBeNull();
	});

	it('leaves a head the article never uses for the body, a named body, a true statement and "the board of …"', () => {
		const club = 'Harbour City won the final at the Riverside Oval. Fans filled the city centre after the match.';
		expect(resolve(club, 'Fans filled the city centre after the ____.')).toBe('Fans filled the city centre after the ____.');
		const fund = 'Veridia raised money from Zeeland Capital in October. Amsterdam, the capital, hosts its office.';
		expect(resolve(fund, 'The capital hosts ____ offices.')).toBe('The capital hosts ____ offices.');
		const port = 'Revenue at the Varnholm Port Authority rose sharply last year. The authority plans to spend more on cranes.';
		expect(resolve(port, 'Revenue at the Varnholm Port Authority rose, beating what the authority had forecast by ____.')).toBe(
			'Revenue at the Varnholm Port Authority rose, beating what the authority had forecast by ____.'
		);
		const museum = 'The Tidewater Museum opened in 1990. The board of the museum met in May.';
		// "The board of …" says whose board; the museum it names is the Tidewater Museum.
		expect(resolve(museum, 'The board of the museum met in ____.')).toBe('The board of the Tidewater Museum met in ____.');
	});
});

describe('"the utility" named by a name set beside it: "The municipal utility, Kelderby Energi, will …"', () => {
	const resolve = (text: string, prompt: string) => resolveDefinites(prompt, definiteNames(extractFacts(splitSentences(text), null), text));
	// Each row: the article (energy, economy, farming, transport, sport, music), a prompt, and the prompt resolved.
	const table: [string, string, string][] = [
		[
			'The municipal utility, Kelderby Energi, will build the energy centre.',
			'The utility has promised a tariff ____ per cent below gas.',
			'Kelderby Energi has promised a tariff ____ per cent below gas.'
		],
		['In the capital, Port Lenaro, rents rose 7.9 per cent.', 'Rents in the capital rose ____ per cent.', 'Rents in Port Lenaro rose ____ per cent.'],
		[
			'The new operator, Northline Rail Services, took over in May.',
			'The operator cut ____ services a day.',
			'Northline Rail Services cut ____ services a day.'
		],
		['The landowner, Harwick Farms Ltd, agreed to the sale.', 'The landowner sold ____ hectares.', 'Harwick Farms Ltd sold ____ hectares.'],
		// Near misses: a person set beside the noun, a one-word name, a plural noun, and no name at all.
		['The captain, Tom Hale, scored twice in the second half.', 'The captain scored ____ goals.', 'The captain scored ____ goals.'],
		['He qualified only because the winner, Morland, had been selected.', 'The winner ran ____ seconds.', 'The winner ran ____ seconds.'],
		['The headliners, Velvet Harbour, played until midnight.', 'The headliners played ____ songs.', 'The headliners played ____ songs.'],
		['The utility said prices would rise next year.', 'The utility raised prices by ____ per cent.', 'The utility raised prices by ____ per cent.']
	];
	it.each(table)('%s', (text, prompt, resolved) => {
		expect(resolve(text, prompt)).toBe(resolved);
	});
});
