import { describe, expect, it } from 'vitest';
import { leadClaim } from './lead-claim';
import { questionsOf } from './test-helpers';

/** Lead sentences of my own across registers: the question the main claim gives, or null where none reads cleanly. */
const TABLE: [register: string, lead: string, prompt: string | null, key: string | null][] = [
	[
		'news',
		'The Marlow county council has approved a new bypass around the village of Eddington, the council said on Tuesday.',
		'What has the Marlow county council approved?',
		'a new bypass'
	],
	[
		'science finding',
		'Bees exposed to the pesticide visited fewer flowers and returned to the hive more slowly, according to a study published on Monday in the journal Apis Letters.',
		'What did the study find about bees exposed to the pesticide?',
		'Bees exposed to the pesticide visited fewer flowers and returned to the hive more slowly'
	],
	[
		'recall',
		'Tovey Toys, a maker of wooden games, on Friday recalled 80,000 of its stacking towers after a loose peg was found to be a choking risk.',
		'What did Tovey Toys recall?',
		'80,000 of its stacking towers'
	],
	[
		'job cuts',
		'The Dunwick steelworks announced 300 job cuts at its rolling mill, blaming cheap imports.',
		'What did the Dunwick steelworks announce?',
		'300 job cuts'
	],
	['reported clause', 'The Dunwick steelworks announced 300 jobs would go at its rolling mill.', null, null],
	[
		'name the tagger does not know',
		'Tallowmere, the bakery chain based in Dunport, has opened a new flour mill beside the harbour.',
		'What has Tallowmere opened?',
		'a new flour mill'
	],
	['common word before a comma', 'Meanwhile, the bakery chain based in Dunport, has opened a new flour mill beside the harbour.', null, null],
	[
		'earnings',
		'Kessel Foods, the Danish maker of frozen meals, reported a record quarterly profit on Thursday, helped by strong sales in Germany.',
		'What did Kessel Foods report?',
		'a record quarterly profit'
	],
	[
		'review verdict',
		'The Orla Fold 3 is the most comfortable folding phone we have tested, though its battery is small.',
		'What is the Orla Fold 3?',
		'The most comfortable folding phone we have tested'
	],
	[
		'explainer',
		'A new generation of tidal turbines has brought cheap power to the islands of the Farrow archipelago.',
		'What has a new generation of tidal turbines brought?',
		'cheap power'
	],
	[
		'regulator',
		'From July, the energy regulator will cut the price cap to £1,420 a year for a typical household.',
		'To what will the energy regulator cut the price cap?',
		'To £1,420'
	],
	[
		'history',
		'In the spring of 1791, a band of weavers in the town of Hollin seized the cotton mill of the Ashworth family.',
		'What did a band of weavers in the town of Hollin seize?',
		'the cotton mill of the Ashworth family'
	],
	[
		'earnings, reported with "its" (the sayer’s)',
		'Harrow Ferries, the Danish operator, said on Tuesday that its profit for 2025 climbed 31% to 412 million kroner from 315 million kroner.',
		'To what did Harrow Ferries’ profit for 2025 climb?',
		'412 million kroner'
	],
	[
		'regulator, a figure set',
		'The energy regulator will cut the price cap to £1,420 a year for a typical household.',
		'To what will the energy regulator cut the price cap?',
		'To £1,420'
	],
	[
		'decision',
		'Shareholders of Pellow Mining agreed to sell the company to a Canadian rival for $2.1 billion.',
		'What did shareholders of Pellow Mining agree to do?',
		'Sell the company to a Canadian rival'
	],
	[
		'history (no object: the subject is asked)',
		'In the early hours of 3 March 1881, the old sea wall at Brennock collapsed under the weight of a spring tide.',
		'What collapsed under the weight of a spring tide?',
		'the old sea wall at Brennock'
	],
	[
		'no object, a common-noun subject opening the sentence',
		'Heat pumps are being fitted to thousands of council homes across the region this winter.',
		'What is being fitted to thousands of council homes across the region this winter?',
		'Heat pumps'
	],
	// Near-misses, which must give nothing.
	['idiom object ("gave way")', 'The dam above the town gave way.', null, null],
	['a name the tagger does not know for a person’s is no "What …?"', 'Priya Raman was elected to the county council in 2019.', null, null],
	['a company’s name is no "What …?"', 'Harwell Mining was fined for polluting the river below its quarry.', null, null],
	[
		'a list opening the sentence is no name with an apposition',
		'Letters, diaries and ledgers, kept for a century in the archive, tell the story of the famine.',
		null,
		null
	],
	['obituary (intransitive: nothing to ask for)', 'Marta Ilves, the Estonian poet whose ballads were sung across the Baltics, has died in Tartu.', null, null],
	['cause (denied verb)', 'The ferry could not dock because a storm had damaged the pier, the operator said.', null, null],
	['scene-setter (pronoun subject with nothing before)', 'It was raining hard when the first runners reached the harbour.', null, null],
	['reported clause', 'The mayor says the new tram line will open in May.', null, null],
	['relative object ("the opposite approach")', 'Lindqvist, which opened last week in Malmö, takes the opposite approach.', null, null],
	['review, adjective verdict (no thing to ask for)', 'The Orla Fold 3 is light, quick and far too expensive.', null, null],
	['match report (the outcome kind asks who won)', 'Harbour City won the county final on Sunday, beating Northfield by 12 runs.', null, null],
	[
		'report (a "because" clause read as the subject)',
		'A freight train derailed near Ashby Marsh last summer because a short length of newly replaced rail buckled sideways in extreme heat, according to the final report of the inspectors.',
		null,
		null
	]
];

describe('the lead’s main claim', () => {
	it.each(TABLE)('%s', (_, text, prompt, key) => {
		const qs = questionsOf(text, 'lead');
		const card = qs.find((q) => q.type === 'flashcard');
		const typed = qs.find((q) => q.type === 'short_answer');
		expect(card?.prompt ?? null).toBe(prompt);
		if (key === null) return;
		const answers = [typed?.type === 'short_answer' ? typed.answer : '', card?.type === 'flashcard' ? card.back : ''];
		expect(answers.some((a) => a.toLowerCase().startsWith(key.toLowerCase()))).toBe(true);
	});

	it('asks only the lead: the same claim later in the article gives no lead question', () => {
		const text = 'Rain fell on the town for a week. The river rose.\n\nThe council has approved a new flood wall along the river, the council said.';
		expect(questionsOf(text, 'lead')).toEqual([]);
	});

	it('takes a nut graf that shares the headline’s words when the lead is a scene-setter', () => {
		const text =
			'Council approves Eddington flood wall\n\nIt was raining hard on Tuesday evening.\n\nThe Marlow county council has approved a flood wall for Eddington after two winters of flooding.';
		expect(questionsOf(text, 'lead').find((q) => q.type === 'flashcard')?.prompt).toBe('What has the Marlow county council approved?');
	});

	it('turns the direction of a claim for a false statement, and never merely denies it', () => {
		const qs = questionsOf(
			'Patients who took the drug had lower blood pressure after six weeks than patients given a placebo, according to a trial published on Monday.',
			'lead'
		);
		const f = qs.find((q) => q.type === 'true_false');
		expect(f?.type === 'true_false' && [f.prompt, f.answer]).toEqual([
			'Patients who took the drug had higher blood pressure after six weeks than patients given a placebo.',
			false
		]);
		expect(
			questionsOf('The Marlow county council has approved a new bypass around the village of Eddington.', 'lead').some((q) => q.type === 'true_false')
		).toBe(false);
	});

	it('changes the figure of the claim for a false statement when no word of it can turn', () => {
		const text = 'The Port of Varnholm handled a record 31.4 million tonnes of cargo last year, the port authority said on Wednesday. Container traffic rose.';
		const f = questionsOf(text, 'lead').find((q) => q.type === 'true_false');
		expect(f?.prompt).toMatch(/^The Port of Varnholm handled a record [\d.]+ million tonnes of cargo\.$/);
		expect(f?.prompt).not.toContain('31.4');
	});

	it('asks no subject that only repeats the headline’s topic', () => {
		const lead = 'Heat pumps are being fitted to homes across northern Europe as governments try to move heating away from oil.';
		expect(questionsOf(`How a heat pump warms a house\n\n${lead}`, 'lead')).toEqual([]);
		expect(questionsOf(`Northern Europe turns away from oil\n\n${lead}`, 'lead')[0]?.prompt).toBe(
			'What is being fitted to homes across northern Europe as governments try to move heating away from oil?'
		);
	});

	it('reads the claim apart from an apposition after a name', () => {
		expect(leadClaim('Kessel Foods, the Danish maker of frozen meals, reported a record quarterly profit on Thursday.')?.object).toBe(
			'a record quarterly profit'
		);
	});
});
