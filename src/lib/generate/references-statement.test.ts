import { describe, expect, it } from 'vitest';
import type { Question } from '../bank/schema';
import { extractFacts } from './facts';
import { buildCandidates } from './questions';
import { quoteTheName } from './references-statement';
import { splitSentences } from './sentences';

/** A question over the last sentence of `text`, with that sentence as its quote. */
function over(text: string, type: 'true' | 'false' | 'cloze'): Question {
	const last = splitSentences(text).at(-1)!;
	const source = { quote: last.text, start: last.start, end: last.end };
	if (type === 'cloze') return { id: 'q', type: 'cloze', prompt: last.text.replace(/\d+/, '____'), answer: '14', tags: [], source };
	return { id: 'q', type: 'true_false', prompt: last.text, answer: type === 'true', tags: [], source };
}

const far = 'The coast had no fog signals worth the name before the 1860s, and bells were all that most lighthouses had. '.repeat(6);

describe('a named true statement quotes the sentence that gives the name', () => {
	// Each row: the article, the form, the prompt once named, and the quote's first words (null: not asked; '=': quote unchanged; 'keep': the article's words kept).
	const table: [string, string, 'true' | 'false' | 'cloze', string, string | null][] = [
		// history: the name in the sentence before
		[
			'history',
			'Observers from the Coastal Lights Board rowed out in fog. The board ordered 14 sirens in 1871.',
			'true',
			'The Coastal Lights Board ordered 14 sirens in 1871.',
			'Observers from'
		],
		// business: the name two sentences back, a possessive
		[
			'business',
			'Tan Phat Electronics makes circuit boards. Sales rose. The company’s plant employs 58,000 people.',
			'true',
			'Tan Phat Electronics’ plant employs 58,000 people.',
			'Tan Phat'
		],
		// science: the name in the statement's own sentence already
		[
			'science',
			'The Merrin Marine Institute, the institute behind the trial, spent 90 million dollars.',
			'true',
			'The Merrin Marine Institute, the institute behind the trial, spent 90 million dollars.',
			'='
		],
		// sport: the name far back, past a short passage — not asked
		[
			'sport',
			`Football\n\nThe season is over, and the clubs of the northern league have gone home for the summer.\n\nHarbour City FC signed a new coach. ${far}The club finished fifth in 2023.`,
			'true',
			'Harbour City FC finished fifth in 2023.',
			null
		],
		// charity: the name far back but in the article's lead, which is about it — the article's words are kept
		[
			'charity',
			`The Annock Rivers Trust at fifteen\n\nThe Annock Rivers Trust has spent fifteen years on one river. ${far}The trust's goal is 20,000 adults.`,
			'true',
			'The Annock Rivers Trust’s goal is 20,000 adults.',
			'keep'
		],
		// news: a false statement keeps its own quote (no quote has to say it)
		[
			'news',
			'Observers from the Coastal Lights Board rowed out in fog. The board ordered 7 sirens in 1871.',
			'false',
			'The Coastal Lights Board ordered 7 sirens in 1871.',
			'='
		],
		// review: a blank keeps its own quote
		['review', 'The Tidewater Museum reopened. The museum ordered 14 new cases.', 'cloze', 'The Tidewater Museum ordered ____ new cases.', '='],
		// inquiry: a name that is no word of any sentence before — not asked
		['inquiry', 'An inquiry was opened in May. The panel met 14 times.', 'true', 'The Harlow Panel met 14 times.', null],
		// economy: two sentences back within a paragraph
		[
			'economy',
			'The Norwegian Maritime Authority opened a case. It took two years. The authority fined the line 14 million kroner.',
			'true',
			'The Norwegian Maritime Authority fined the line 14 million kroner.',
			'The Norwegian'
		]
	];
	it.each(table)('%s', (_, text, type, named, from) => {
		const q = over(text, type);
		const out = quoteTheName(q, named, text, splitSentences(text));
		if (from === null) return expect(out).toBeNull();
		if (from === 'keep') return expect(out).toBe(q);
		expect(out?.prompt).toBe(named);
		if (from === '=') expect(out?.source).toEqual(q.source);
		else expect(out?.source?.quote.startsWith(from)).toBe(true);
		expect(out?.source?.quote.endsWith(q.source!.quote)).toBe(true);
	});

	it('leaves an unchanged prompt as it is', () => {
		const q = over('The board ordered 14 sirens in 1871.', 'true');
		expect(quoteTheName(q, q.prompt, 'The board ordered 14 sirens in 1871.', [])).toBe(q);
	});
});

describe('a true statement names the one board the article names', () => {
	const statements = (text: string) => {
		const sentences = splitSentences(text);
		return buildCandidates(extractFacts(sentences, { year: 2024, month: 5, day: 1 }), sentences, text)
			.filter((c) => c.question.type === 'true_false' && c.question.answer)
			.map((c) => c.question.prompt);
	};
	it('puts the name in place of "the board"', () => {
		const text = 'Observers from the Coastal Lights Board, the body responsible for the lighthouses, rowed out in fog.\n\nThe board ordered 14 sirens in 1871.';
		expect(statements(text)).toContain('The Coastal Lights Board ordered 14 sirens in 1871.');
		expect(statements(text)).not.toContain('The board ordered 14 sirens in 1871.');
	});
});
