import { describe, expect, it } from 'vitest';
import type { Question } from '../bank/schema';
import { checkQuestion, formOfOther, PROMPT_MAX } from './checks';

const quote = 'Russia’s Defense Ministry reported that 24 Ukrainian drones were intercepted over Moscow, Tula and Kaluga.';
const source = { quote, start: 0, end: quote.length };

describe('checkQuestion', () => {
	it('passes a good cloze, numeric, mcq and true statement', () => {
		const good: Question[] = [
			{ id: 'a', type: 'cloze', prompt: 'Russia’s Defense Ministry reported that ____ Ukrainian drones were intercepted.', answer: '24', tags: [], source },
			{ id: 'b', type: 'numeric', prompt: 'According to Russia’s Defense Ministry, how many Ukrainian drones were intercepted?', answer: 24, tags: [], source },
			{
				id: 'c',
				type: 'mcq',
				prompt: 'Drones were intercepted over Moscow, ____ and Kaluga, the ministry said.',
				choices: ['Tula', 'Kursk', 'Oryol', 'Bryansk'],
				answer: 0,
				tags: [],
				source
			},
			{ id: 'd', type: 'true_false', prompt: quote, answer: true, tags: [], source }
		];
		for (const q of good) expect(checkQuestion(q)).toEqual([]);
	});

	it('flags an answer that is not in its quote', () => {
		expect(
			checkQuestion({ id: 'a', type: 'cloze', prompt: 'The ministry reported that ____ drones were intercepted.', answer: '30', tags: [], source })
		).toContain('the answer is not in its quote');
	});

	it('flags an answer given away by its prompt', () => {
		expect(
			checkQuestion({
				id: 'a',
				type: 'cloze',
				prompt: 'Within 24 hours, ____ Ukrainian drones were intercepted, the ministry said.',
				answer: '24',
				tags: [],
				source
			})
		).toContain('the prompt gives away the answer');
		expect(checkQuestion({ id: 'b', type: 'short_answer', prompt: 'Which ministry reported drones over Tula?', answer: 'Tula', tags: [], source })).toContain(
			'the prompt gives away the answer'
		);
	});

	it('flags duplicate choices and choices of another kind', () => {
		const mcq = (choices: string[]): Question => ({
			id: 'm',
			type: 'mcq',
			prompt: 'Drones were intercepted over Moscow, ____ and Kaluga, the ministry said.',
			choices,
			answer: 0,
			tags: [],
			source
		});
		expect(checkQuestion(mcq(['Tula', 'Kursk', 'tula']))).toContain('two choices are the same');
		expect(checkQuestion(mcq(['Tula', 'Kursk', 'Oryol', '42']))).toContain('a choice is of a different kind from the answer');
	});

	it('flags an mcq with fewer than three wrong choices', () => {
		const q: Question = {
			id: 'm',
			type: 'mcq',
			prompt: 'Drones were intercepted over Moscow, ____ and Kaluga.',
			choices: ['Tula', 'Kursk', 'Oryol'],
			answer: 0,
			tags: [],
			source
		};
		expect(checkQuestion(q)).toContain('an mcq needs 3 wrong choices');
	});

	it('flags a common noun offered among names', () => {
		const q: Question = {
			id: 'm',
			type: 'mcq',
			prompt: 'Drones were intercepted over Moscow, ____ and Kaluga.',
			choices: ['Tula', 'Kursk', 'Oryol', 'degrees'],
			answer: 0,
			tags: [],
			source
		};
		expect(checkQuestion(q)).toContain('a choice is of a different kind from the answer');
	});

	it('flags a choice that is a shortening, part or initials of another', () => {
		expect(formOfOther('Sen', 'Senate')).toBe(true);
		expect(formOfOther('Kyiv', 'Kyiv region')).toBe(true);
		expect(formOfOther('Tula', 'Kursk')).toBe(false);
		expect(formOfOther('Johan Oxenstierna', 'Axel Oxenstierna')).toBe(false);
		const q: Question = {
			id: 'm',
			type: 'mcq',
			prompt: 'The bill passed the ____ on Tuesday.',
			choices: ['Senate', 'Sen', 'Assembly', 'Council'],
			answer: 0,
			tags: [],
			source
		};
		expect(checkQuestion(q)).toContain('one choice is another form of another choice');
	});

	it('flags long, short, dangling and blank-less prompts', () => {
		expect(checkQuestion({ id: 'a', type: 'true_false', prompt: `${'word '.repeat(70)}.`, answer: false, tags: [], source })).toContain(
			`the prompt is longer than ${PROMPT_MAX} characters`
		);
		expect(checkQuestion({ id: 'b', type: 'short_answer', prompt: 'Who?', answer: 'Tula', tags: [], source })).toContain('the prompt is too short');
		expect(checkQuestion({ id: 'c', type: 'cloze', prompt: 'He said ____ yesterday.', answer: '24', tags: [], source })).toContain(
			'the prompt is too thin to answer (dangling or pronoun-only)'
		);
		expect(
			checkQuestion({ id: 'd', type: 'cloze', prompt: 'The ministry reported that drones were intercepted over Tula.', answer: 'Tula', tags: [], source })
		).toContain('a cloze needs exactly one blank (found 0)');
	});

	it('rejects a card whose front is one or two everyday words', () => {
		const card = (prompt: string, back: string): Question => ({
			id: 'f',
			type: 'flashcard',
			prompt,
			back,
			tags: [],
			source: { quote: `${prompt}: ${back}.`, start: 0, end: 1 }
		});
		for (const front of ['Project', 'Degrees', 'Bridges', 'Heat source'])
			expect(checkQuestion(card(front, 'a thing the article mentions'))).toContain('the card’s front is an everyday word, not a name or a term');
		for (const front of ['Insulin', 'Coral bleaching', 'Deposit return scheme', 'Enceladus', 'Quay 9'])
			expect(checkQuestion(card(front, 'what the article says it is')).some((r) => r.includes('everyday'))).toBe(false);
	});

	it('rejects "What does the article call …?" when the term asked for is an everyday word', () => {
		const ask = (prompt: string, answer: string): Question => ({
			id: 'g',
			type: 'short_answer',
			prompt,
			answer,
			tags: [],
			source: { quote: `${prompt} ${answer}`, start: 0, end: 1 }
		});
		expect(checkQuestion(ask('What does the article call a chapel and most of the cottages by the mill?', 'bridges'))).toContain(
			'the term asked for is an everyday word'
		);
		expect(checkQuestion(ask('What does the article call a 40-megawatt data centre run by Holt Data?', 'heat source'))).toContain(
			'the term asked for is an everyday word'
		);
		expect(checkQuestion(ask('What does the article call the fine powder that glaciers grind from bedrock?', 'glacial flour'))).not.toContain(
			'the term asked for is an everyday word'
		);
	});
});

describe('a card’s front named by its surname in the quote', () => {
	const cardOn = (prompt: string, quote: string): Question => ({
		id: 'c',
		type: 'flashcard',
		prompt,
		back: 'A hydraulic engineer at the Vestby works',
		tags: [],
		source: { quote, start: 0, end: quote.length }
	});
	const notAbout = 'the card is not about a name in its quote';
	const rows: [string, string, boolean][] = [
		['Greta Solheim', 'In tests, Solheim, a hydraulic engineer at the Vestby works, found the seals held.', true],
		['Ines M. Kara', 'As Kara, a historian of the grain trade, puts it, the ledgers lie.', true],
		['Luca Moretti', 'Moretti, the Italian winger, ran to the fans.', true],
		['Greta Solheim', 'Greta Solheim, a hydraulic engineer, found the seals held.', true],
		// Near misses: a surname the quote never gives, and a front that is no name.
		['Greta Solheim', 'In tests, the engineer found the seals held.', false],
		['Hydraulic seals', 'In tests, Solheim found the seals held.', false]
	];
	for (const [front, quote, ok] of rows)
		it(`${ok ? 'keeps' : 'strikes'} ${front} on “${quote.slice(0, 24)}…”`, () => expect(checkQuestion(cardOn(front, quote)).includes(notAbout)).toBe(!ok));
});

describe('a true statement naming in full a person its quote calls by surname', () => {
	const statement = (prompt: string, quote: string): Question => ({
		id: 't',
		type: 'true_false',
		prompt,
		answer: true,
		tags: [],
		source: { quote, start: 0, end: quote.length }
	});
	const notSaid = 'the true statement is not what its quote says';
	const rows: [string, string, boolean][] = [
		['Mira Castell has carved a wall of driftwood.', 'In the second room, Castell has carved a wall of driftwood.', true],
		['Mira Castell has carved a wall of driftwood.', 'Mira Castell has carved a wall of driftwood.', true],
		// Near misses: the quote gives the surname to someone else in full, or says another thing.
		['Mira Castell has carved a wall of driftwood.', 'In the second room, Jon Castell has carved a wall of driftwood.', false],
		['Mira Castell has carved a wall of driftwood.', 'In the second room, Castell has painted a wall of driftwood.', false]
	];
	for (const [prompt, quote, ok] of rows)
		it(`${ok ? 'keeps' : 'strikes'} “${quote.slice(0, 40)}…”`, () => expect(checkQuestion(statement(prompt, quote)).includes(notSaid)).toBe(!ok));
});
