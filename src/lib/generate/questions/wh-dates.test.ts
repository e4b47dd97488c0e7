import { describe, expect, it } from 'vitest';
import { extractFacts } from '../facts';
import type { DateFact } from '../facts/types';
import { splitSentences } from '../sentences';
import { buildCandidates } from '.';
import { whEntityQuestions } from './wh-entity';

const parse = (text: string) => {
	const sentences = splitSentences(text);
	return { sentences, facts: extractFacts(sentences, { year: 2023, month: 11, day: 15 }) };
};

/** The wh prompt the builder makes on the date in `text`'s last sentence, or null. */
function dateQuestion(text: string): string | null {
	const { sentences, facts } = parse(text);
	const last = sentences.at(-1)!;
	const fact = facts.find((f): f is DateFact => f.kind === 'date' && f.sentence === last.index);
	if (!fact) throw new Error(`no date in: ${text}`);
	return whEntityQuestions(fact, last, facts)[0]?.question.prompt ?? null;
}

describe('a date opening its sentence with no comma', () => {
	it.each([
		['In 1962 the council opened a new library on the high street.', 'In what year did the council open a new library on the high street?'],
		['In 2019 Harwell Mining sold its last coal pit to a local trust.', 'In what year did Harwell Mining sell its last coal pit to a local trust?'],
		['In 1905 Einstein published four papers that changed physics.', 'In what year did Einstein publish four papers that changed physics?'],
		['In 1970 the river froze.', 'In what year did the river freeze?'],
		[
			'In 1875 Parliament passed the Reservoirs Safety Act, which required every dam to be inspected.',
			'In what year did Parliament pass the Reservoirs Safety Act?'
		],
		['In 1858 he left the coast for the industrial city of Ashbridge.', 'In what year did he leave the coast for the industrial city of Ashbridge?'],
		// Near misses: no subject right after the date, or a subject the inversion cannot carry.
		['In 2021 alone, the charity planted more than a million trees.', null],
		['In 1999 prices rose and wages fell.', null],
		['In 1871 she and her brother founded a school for girls.', null],
		['In 2014 three new members joined the board of the Kessing Trust.', null]
	])('%s', (text, expected) => {
		expect(dateQuestion(text)).toBe(expected);
	});
});

describe('a date in the first of two predicates, an appositive or a participle phrase', () => {
	it.each([
		[
			'She was elected to the National Academy of Engineering in 1980 and received the top award in 1994.',
			'In what year was she elected to the National Academy of Engineering?'
		],
		['The bridge was opened in 1932 and closed to lorries in 1990.', 'In what year was the bridge opened?'],
		['An inquest into the deaths opened at the town hall in March 1872 and lasted 19 days.', 'When did an inquest into the deaths open at the town hall?'],
		['In 1879 the High Court at Ashbridge ruled largely in Varley’s favour.', 'In what year did the High Court at Ashbridge rule largely in Varley’s favour?'],
		['Typhus, a fever spread by lice, broke out in the lanes near the harbour in March 1847.', 'When did typhus break out in the lanes near the harbour?'],
		['The last siren in regular service, at Gullhead Point, was switched off in 1987.', 'In what year was the last siren in regular service switched off?'],
		['The inquest, held at the Black Bull inn in April 1872, heard from two engineers.', 'When was the inquest held at the Black Bull inn?'],
		['He patented the design in 1867 as the "Fenwright siren", patent number 2,218.', 'In what year did he patent the design?'],
		// Near misses: a list of dates, a date inside a relative clause, an appositive that is a clause.
		['Two wet summers, in 2015 and 2020, raised water tables across all sites.', null],
		['The institute followed 61 firms that moved to a four-day week in 2024.', null],
		['The station that opened in 1885 still serves the town.', null]
	])('%s', (text, expected) => {
		expect(dateQuestion(text)).toBe(expected);
	});
});

describe('"he" or "she" in a wh-question named as the article’s subject', () => {
	const obituary = (last: string) =>
		`Mara Lund, who designed the Varne tunnel, has died aged 84. Lund was born in Kesterford. Lund trained as an engineer. Lund later taught. ${last}`;
	const whPrompts = (text: string) => {
		const { sentences, facts } = parse(text);
		return buildCandidates(facts, sentences, text)
			.filter((c) => c.form === 'wh' && c.fact.kind === 'date')
			.map((c) => c.question.prompt);
	};

	it('names her in place of the pronoun', () => {
		expect(whPrompts(obituary('She earned her doctorate at Imperial College London in 1961.'))).toContain(
			'In what year did Lund earn her doctorate at Imperial College London?'
		);
		expect(whPrompts(obituary('In 1998 she was made a Commander of the Order of St. Olav.'))).toContain(
			'In what year was Lund made a Commander of the Order of St. Olav?'
		);
	});

	it('names her in place of an object "her" when nobody else is named in the sentence', () => {
		expect(whPrompts(obituary('In 2011 the Guild of Bridge Builders awarded her its gold medal.'))).toContain(
			'In what year did the Guild of Bridge Builders award Lund its gold medal?'
		);
		expect(whPrompts(obituary('In 1975 the university made her a professor.'))).toContain('In what year did the university make Lund a professor?');
		// Another person in the sentence, or in the one before, may be the one meant; a possessive "her" is no object.
		expect(whPrompts(obituary('In 1975 Ada Pell hired her as a draughtswoman.')).join()).not.toContain('Lund as');
		expect(whPrompts(obituary('In 1990 the engineer Ada Pell joined the firm. In 1991 the firm promoted her to partner.')).join()).not.toContain(
			'promote Lund'
		);
		expect(whPrompts(obituary('In 1975 the university published her lectures.')).join()).not.toContain('Lund lectures');
	});

	it('asks nothing when the pronoun may mean someone else named just before', () => {
		const text = obituary('In 1990 the engineer Ada Pell joined the firm. She earned her doctorate at Imperial College London in 1961.');
		expect(whPrompts(text).filter((p) => /doctorate/.test(p))).toEqual([]);
	});
});

describe('a date closing the attribution of a quote', () => {
	it.each([
		[
			'Zelensky warned of more strikes. “We must be prepared for more attacks on our power plants,” Zelensky posted via Telegram last November 13.',
			'On what date did Zelensky post via Telegram?'
		],
		['“Every road will be open by spring,” the mayor told the council last March 3.', 'On what date did the mayor tell the council?'],
		// Near miss: the date is not the attribution's last words.
		['“We are ready,” Okafor said on March 3, before the vote was held.', null]
	])('%s', (text, expected) => {
		expect(dateQuestion(text)).toBe(expected);
	});
});
