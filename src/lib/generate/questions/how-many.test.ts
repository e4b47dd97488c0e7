import { describe, expect, it } from 'vitest';
import { extractFacts } from '../facts';
import { splitSentences } from '../sentences';
import { buildCandidates } from '.';

/** The "How many …?" prompts made from one text. */
const howMany = (text: string) => {
	const sentences = splitSentences(text);
	const questions = buildCandidates(extractFacts(sentences, { year: 2024, month: 9, day: 14 }), sentences, text).map((c) => c.question.prompt);
	return [...new Set(questions.filter((p) => /how many/i.test(p)))];
};

describe('a span counted from another event', () => {
	it.each([
		['The founder had retired six years earlier.', 'How many years earlier had the founder retired?'],
		['The bridge reopened eleven months later.', 'How many months later did the bridge reopen?'],
		['The old bridge had collapsed 14 years before.', 'How many years before had the old bridge collapsed?'],
		['The mill closed three decades afterwards.', 'How many decades afterwards did the mill close?']
	])('%s', (text, question) => {
		expect(howMany(text)).toContain(question);
	});

	it('asks a span that opens a phrase as before: "before the war" is no span counted back', () => {
		expect(howMany('The ship sailed 40 days before the storm.').some((q) => /days before\b/.test(q))).toBe(false);
	});
});

describe('a count asked past an aside, an opening phrase or other figures', () => {
	it.each([
		// An aside that names the subject stays with it.
		['The trial, known as CALM-2, enrolled 1,142 adults.', 'How many adults did the trial, known as CALM-2, enrol?'],
		['The scheme, called Check Your Numbers, screened 27,340 adults.', 'How many adults did the scheme, called Check Your Numbers, screen?'],
		[
			'A residents\u2019 group, Quiet Kalvik, collected about 2,400 signatures.',
			'About how many signatures did a residents\u2019 group, Quiet Kalvik, collect?'
		],
		['The town\u2019s physician, Dr. Anna Mulder, reported 212 cases.', 'How many cases did the town\u2019s physician, Dr. Anna Mulder, report?'],
		// An opening phrase that says when is kept; one that only sets a scene is not.
		['In 2023, the museum welcomed 48,000 visitors.', 'In 2023, how many visitors did the museum welcome?'],
		['Last year, the ferry line carried 212,000 passengers.', 'Last year, how many passengers did the ferry line carry?'],
		['Over the course of the final, Castellanos hit 11 aces.', 'How many aces did Castellanos hit?'],
		// Another figure after the count is not printed beside it; a year and a compound are.
		['The survey covered 48 lakes in 12 countries.', 'How many lakes did the survey cover?'],
		['Aurora Orbital plans 12 more launches in 2026.', 'How many more launches does Aurora Orbital plan in 2026?'],
		['The institute followed 61 firms that moved to a four-day week.', 'How many firms did the institute follow that moved to a four-day week?']
	])('%s', (text, question) => {
		expect(howMany(text)).toContain(question);
	});

	it.each([
		// A figure inside a compound in the subject is no second figure.
		['The 23-member team spent six weeks on the ice.', 'How many weeks did the 23-member team spend on the ice?'],
		// A bare verb after a subject that reads singular is present when its past differs ("eat", "ate").
		['Parrotfish eat 5 kilograms of algae a day.', 'How many kilograms of algae a day do Parrotfish eat?'],
		// An "of" phrase that ends the sentence stays with the noun it measures.
		['The ferry carried 40 tonnes of timber.', 'How many tonnes of timber did the ferry carry?'],
		[
			'The trial covered 24 plots of reef off the northern tip of Callow Island.',
			'How many plots of reef did the trial cover off the northern tip of Callow Island?'
		],
		// A count in millions is asked too; a list of nouns after "and" stays whole.
		[
			'Councils spend about 700 million pounds a year clearing litter from streets and parks.',
			'About how many pounds a year do councils spend clearing litter from streets and parks?'
		],
		// The "of" phrase ends before a span of time, or at a comma opening another clause.
		['The Port of Varnholm handled 4.1 million tonnes of cargo last year.', 'How many tonnes of cargo did the Port of Varnholm handle last year?'],
		[
			'The fourth official had indicated five minutes of added time, and Rovers had forced three corners without reward.',
			'How many minutes of added time had the fourth official indicated?'
		],
		// A clause a named speaker reports is asked "According to …".
		[
			'Dr. Kamau said that the government had received 500,000 doses of oral cholera vaccine.',
			'According to Dr. Kamau, how many doses of oral cholera vaccine had the government received?'
		],
		['Officials say the storm destroyed 300 homes.', 'According to officials, how many homes did the storm destroy?'],
		['The coach said the club would sign 3 players in January.', 'According to the coach, how many players would the club sign in January?']
	])('%s', (text, question) => {
		expect(howMany(text)).toContain(question);
	});

	it('asks a count after a modal as after "did"', () => {
		expect(howMany('The company will cut 450 jobs.')).toContain('How many jobs will the company cut?');
	});

	it.each([
		// A comma that is no aside of the subject: a list, a clause, a quote.
		'Apples, pears, and plums filled 40 crates.',
		'When the river rose, the crews moved 300 families.',
		'The mayor, however, said the town had lost 30 jobs.',
		'The club, “a family”, signed 14 players.',
		// A speaker with an aside, or a pronoun for the reported subject, is not read.
		'The coach, who joined in May, said the club would sign 3 players.',
		'Police said it had arrested 12 people.',
		// "from" opens a range and "with" a circumstance, not a particle bound to the verb.
		'The firm grew from six employees to about 240 at its peak.',
		'The header came with only seven minutes of extra time remaining.',
		// A count in an aside: the verb after it is outside the clause.
		'Paying customers, about 31,000 organisations, will receive a credit.',
		// An "of" phrase too long to move with the count would be left after the verb.
		'The coach said the team had received 450 boxes of spare leather running shoes through a sponsor.'
	])('asks no "How many" of %s', (text) => {
		expect(howMany(text).filter((p) => /however|When the river|a family|Apples|coach|arrested|boxes|organisations|firm|header/.test(p))).toEqual([]);
	});
});

describe('a measure of a list of things asks the whole list', () => {
	it.each([
		[
			'The relief convoy delivered 40 tonnes of flour, sugar and salt to the valley.',
			['How many tonnes of flour, sugar and salt did the relief convoy deliver to the valley?']
		],
		['The ship carried 900 tonnes of coal, iron ore, and timber.', ['How many tonnes of coal, iron ore, and timber did the ship carry?']],
		['The mill ground 60 tonnes of wheat and barley last week.', []],
		// A list whose end cannot be told: no question names one item as all of it.
		['The farm produced 300 kilograms of honey, wax, candles last year.', []],
		// Near misses: one measured noun, then a second clause or a second verb.
		['The lab received 450 litres of plasma, and the clinic reopened.', ['How many litres of plasma did the lab receive?']],
		['The barge moved 70 tonnes of grain to the port.', ['How many tonnes of grain did the barge move to the port?']],
		['The plant burned 60 tonnes of coal and employed 40 people.', []],
		['The mill processed 60 tonnes of wheat and barley.', ['How many tonnes of wheat and barley did the mill process?']]
	])('%s', (text, expected) => {
		expect(howMany(text)).toEqual(expected);
	});
});

describe('a chain of opening phrases is read whole', () => {
	it.each([
		// History, news, business, sport: a phrase that pins a time stays; one counted from the day of writing goes.
		[
			'Seventy years ago this month, on the night of 14 March, the river destroyed 300 houses.',
			'On the night of 14 March, how many houses did the river destroy?'
		],
		['Last year, in a vote on 3 May, the council approved 40 new homes.', 'Last year, in a vote on 3 May, how many new homes did the council approve?'],
		['In 2022, after a long inquiry, the regulator fined 14 banks.', 'In 2022, how many banks did the regulator fine?'],
		['Two years ago, in the final at Leeds, the visitors scored 5 goals.', 'In the final at Leeds, how many goals did the visitors score?'],
		[
			'Amid the protests, during the summer of 1968, the university expelled 12 students.',
			'During the summer of 1968, how many students did the university expel?'
		],
		['Ten years ago, the charity planted 900 oaks.', 'How many oaks did the charity plant?'],
		// Near misses: a single opener as before, and a clause (not a phrase) before the subject.
		['In 2023, the museum welcomed 48,000 visitors.', 'In 2023, how many visitors did the museum welcome?'],
		['When the dam broke, the flood destroyed 300 houses.', null]
	])('%s', (text, question) => {
		expect(howMany(text)[0] ?? null).toBe(question);
	});
});
