import { describe, expect, it } from 'vitest';
import { extractFacts, type FactRecord } from '../facts';
import type { QuantityFact } from '../facts/types';
import { splitSentences } from '../sentences';
import { buildCandidates } from '.';
import { howManyQuestion } from './how-many';
import { invert, phraseQuestion } from './wh';
import { whoQuestion } from './who';

const parse = (text: string) => {
	const sentences = splitSentences(text);
	return { sentences, facts: extractFacts(sentences, { year: 2023, month: 11, day: 15 }) };
};
const factOf = <F extends FactRecord>(text: string, pick: (f: FactRecord) => f is F) => {
	const { sentences, facts } = parse(text);
	const fact = facts.find(pick);
	if (!fact) throw new Error(`no fact in: ${text}`);
	return { sentence: sentences[fact.sentence], fact, facts, sentences };
};
const prompts = (text: string) => {
	const { sentences, facts } = parse(text);
	return buildCandidates(facts, sentences, text).map((c) => c.question.prompt);
};

describe('who questions', () => {
	it('asks no "Who …?" whose key would be one of two people who did it together', () => {
		const text = 'Anneke Verhoeven and Rafael Mendes founded Veridia Biosciences in 2017. Verhoeven said the firm was growing. Mendes said so too.';
		expect(prompts(text).filter((p) => p.startsWith('Who') && /founded/.test(p))).toEqual([]);
	});

	it('asks who did what, skipping the appositive and placing the role', () => {
		const text =
			'While Moscow Mayor Sergey Sobyanin assured that there were no injuries, Alexey Dyumin, the governor of the Tula region, south of Moscow, reported a drone crashing into an apartment building, causing minor damages.';
		const { sentence, fact } = factOf(text, (f): f is FactRecord => f.text === 'Alexey Dyumin');
		expect(whoQuestion(sentence, fact)).toBe('Who reported a drone crashing into an apartment building in the Tula region?');
	});

	it('asks who did what when a title with its article comes before the name', () => {
		const { sentence, fact } = factOf(
			'The cellist Hanna Lindqvist, who trained in Oslo, opened the concert with three new sonatas.',
			(f): f is FactRecord => f.text === 'Hanna Lindqvist'
		);
		expect(whoQuestion(sentence, fact)).toBe('Who opened the concert with three new sonatas?');
	});

	it('asks no "Who …?" of the second of two titled subjects', () => {
		const { sentence, fact } = factOf(
			'The Danish envoy Lars Holm, who later led the council, and the Swiss envoy Peter Imhof acted as mediators in Basel.',
			(f): f is FactRecord => f.text === 'Peter Imhof'
		);
		expect(whoQuestion(sentence, fact)).toBeNull();
	});

	it('leaves a name that is not the subject alone', () => {
		const { sentence, fact } = factOf(
			'Sparta took the lead when Nowakowski met a low cross and steered it past goalkeeper André Lobo.',
			(f): f is FactRecord => f.text === 'André Lobo'
		);
		expect(whoQuestion(sentence, fact)).toBeNull();
	});

	it('accepts the surname alone as a typed answer', () => {
		const text = 'Ukrainian President Volodymyr Zelensky had earlier cautioned the citizens about the possibility of increased drone strikes.';
		const { sentences, facts } = parse(text);
		const typed = buildCandidates(facts, sentences, text).find((c) => c.question.type === 'short_answer' && c.question.prompt.startsWith('Who had'));
		expect(typed?.question).toMatchObject({ answer: 'Volodymyr Zelensky', accept: ['Zelensky'] });
	});
});

describe('how many questions', () => {
	it('moves a subject count to the front and drops trailing asides', () => {
		const text =
			'Russia’s Defense Ministry reported that within 24 hours, 24 Ukrainian drones were intercepted and shot down over the country, including Moscow, Tula, Kaluga, Bryansk, and Smolensk oblasts.';
		const { sentence, fact } = factOf(text, (f): f is QuantityFact => f.kind === 'quantity' && f.value === 24 && !!f.counts);
		expect(howManyQuestion(sentence, fact)).toBe(
			'According to Russia’s Defense Ministry, how many Ukrainian drones were intercepted and shot down over the country?'
		);
	});

	it('uses do-support with the base form for an object count', () => {
		const { sentence, fact } = factOf('The team found 40 microbes in the lake.', (f): f is QuantityFact => f.kind === 'quantity');
		expect(howManyQuestion(sentence, fact)).toBe('How many microbes did the team find in the lake?');
	});

	it('stops before a second verb joined by "and"', () => {
		const { sentence, fact } = factOf(
			'The rocket weighs around 33,000 kilograms when fully fuelled and can carry up to 450 kilograms of payload.',
			(f): f is QuantityFact => f.kind === 'quantity' && f.value === 33000
		);
		expect(howManyQuestion(sentence, fact)).toBe('About how many kilograms does the rocket weigh when fully fuelled?');
	});
});

describe('date and place questions', () => {
	it('inverts a clause around a year', () => {
		const { sentence, fact } = factOf('The Thirty Years’ War began in 1618 in Bohemia.', (f): f is FactRecord => f.kind === 'date');
		expect(phraseQuestion(sentence, fact.answerStart - 3, fact.answerEnd, 'In what year')).toBe('In what year did the Thirty Years’ War begin in Bohemia?');
	});

	it('asks "On what date" with the named appositive as subject', () => {
		expect(prompts('The first agreement, the Peace of Münster, was signed on 30 January 1648 in the town hall.')).toContain(
			'On what date was the Peace of Münster signed in the town hall?'
		);
	});

	it('asks "In what year" with a passive auxiliary', () => {
		expect(invert('In what year', 'The treaty was signed')).toBe('In what year was the treaty signed?');
	});

	it('asks no "Who …?" across a semicolon: the verb there belongs to another subject', () => {
		expect(
			prompts('The engineer’s father, Olav Berg, was a boat builder; the engineer’s mother, Marta, taught mathematics at the local school.').filter((p) =>
				/^Who taught/.test(p)
			)
		).toEqual([]);
	});

	it('inverts no clause whose predicate joins a second verb the inversion would leave in its tense', () => {
		expect(invert('Why', 'The soup tasted metallic or lost its flavour')).toBeNull();
		expect(invert('Why', 'The rail buckled and lost its shape')).toBeNull();
		expect(invert('Why', 'The treaty was signed and has been ratified')).toBeNull();
		expect(invert('Why', 'The soup tasted metallic and salty')).toBe('Why did the soup taste metallic and salty?');
	});

	it('inverts the main verb, not the first one, when a relative clause sits in the subject', () => {
		expect(invert('Why', 'A tram that crashed into a stationary tram could not stop')).toBe('Why could a tram that crashed into a stationary tram not stop?');
		expect(invert('Why', 'A tram that crashed into a stationary tram stopped')).toBeNull();
	});

	it('asks "Where" for a place opening the sentence', () => {
		expect(prompts('In Donetsk, a drone damaged a regional power station, leading to local blackouts.')).toContain(
			'Where did a drone damage a regional power station?'
		);
	});

	it('does not ask "Where" for a place that describes a noun', () => {
		expect(prompts('Most are related to bacteria known from deep-sea vents in the Atlantic Ocean.').some((p) => p.startsWith('Where'))).toBe(false);
	});

	it('does not move a year out of a reduced relative clause', () => {
		const { sentence, fact } = factOf(
			'The Peace of Westphalia is the name given to treaties signed in 1648 in Münster.',
			(f): f is FactRecord => f.kind === 'date'
		);
		expect(phraseQuestion(sentence, fact.answerStart - 3, fact.answerEnd, 'In what year')).toBeNull();
	});
});
