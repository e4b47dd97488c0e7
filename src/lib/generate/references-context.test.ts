import { describe, expect, it } from 'vitest';
import { unresolvedReference } from './references';
import { demonstrativePronoun, stripOpeningTime, unanchoredTime, unnamedGroup, unstatedMeasure } from './references-context';

describe('an opening demonstrative that stands for a statement not shown', () => {
	it.each([
		'That works out to about 40 euros per household.',
		'This means the club will play its home games in Sundvik.',
		'That is more than twice the figure for 2019.',
		'That’s more than the whole of last season.',
		'That was the lowest turnout since 1952.',
		'That compares with 14 per cent in the north.',
		'That put Rovers two points clear at the top.',
		'Those are the highest rates in the region.',
		'That alone would cost the trust 3 million pounds.'
	])('finds “%s”', (s) => {
		expect(demonstrativePronoun(s)).not.toBeNull();
		expect(unresolvedReference(s)).not.toBeNull();
	});

	it.each(['That decision was reversed in May by the council.', 'Ines Varga said that the vote matters.', 'Those who stayed rebuilt the pier.'])(
		'leaves “%s” to the other rules',
		(s) => expect(demonstrativePronoun(s)).toBeNull()
	);
});

describe('time counted from an event the prompt does not show', () => {
	it.each([
		'Four months earlier, the board had approved the plan.',
		'The plan had been approved two days later.',
		'The year before, the club finished ninth.',
		'By then, the river had risen by two metres.',
		'At the time, Lind was the only woman on the board.',
		'The mayor resigned a week later.',
		'Three years later the firm moved its head office to Oslo.',
		'The company had cut 200 jobs the previous year.',
		'Within weeks, the factory had reopened.',
		'That same day, police closed the coast road.',
		'The striker had scored twice in the match three days before.'
	])('finds “%s”', (s) => {
		expect(unanchoredTime(s)).not.toBeNull();
		expect(unresolvedReference(s)).not.toBeNull();
	});

	it.each([
		'Lind joined Rovers in 2015 and left three years later.',
		'The bridge closed and reopened two weeks later.',
		'The dam was finished two years later than planned.',
		'Two days before the vote, the mayor resigned.',
		'At the time of the crash, the pilot was asleep.',
		'The price of bread rose from 6 cents to 19 cents within two months.'
	])('leaves “%s”, which names its anchor', (s) => expect(unanchoredTime(s)).toBeNull());

	it('strikes an opening that only says when, if the article says those words', () => {
		expect(stripOpeningTime('About nine minutes later, the upper stage released ____ satellites.')).toBe('The upper stage released ____ satellites.');
		expect(stripOpeningTime('The year before, Harnby finished ninth.', 'The year before, Harnby finished ninth.')).toBe('Harnby finished ninth.');
		// A false statement that changed the time keeps its change, and a blank in the time is what is asked.
		expect(stripOpeningTime('Six days later, the mill shut.', 'Two days later, the mill shut.')).toBe('Six days later, the mill shut.');
		expect(stripOpeningTime('Two days later, ____ people left.')).toBe('Two days later, ____ people left.');
	});
});

describe('a group only the sentence before names', () => {
	it.each([
		'Many of the same people attended the second meeting.',
		'The coach picked the same players for the final.',
		'The same players were picked for the final.',
		'The rest were sent to a depot in Falun.',
		'Investors put the rest into bonds, the fund said.',
		'Officials moved the same families to a school in Brevik.',
		'The others voted against the plan.',
		'Both sides agreed to meet again in May.'
	])('finds “%s”', (s) => expect(unresolvedReference(s)).not.toBeNull());

	it.each([
		'Harnby kept 30 buses and sold the rest to a firm in Falun.',
		'The rest of the money went to schools.',
		'Prices rose at the same rate as wages.',
		'The two sites opened at the same time.',
		'Ekwall spent three winters painting the same mudflat.',
		'Ekwall spent ____ winters painting the same mudflat.',
		'A plant that makes 40 per cent more insulin from the same tanks sells each dose for less.'
	])('leaves “%s”, which says it itself', (s) => expect(unnamedGroup(s)).toBeNull());
});

describe('a figure expected or estimated with nothing to say what it measures', () => {
	it.each([
		'Analysts polled by a financial data provider had expected $1.37 billion.',
		'Economists polled by Newswire had forecast a reading of 3.3 per cent.',
		'Quillstack estimates the cost at $1.9 million.',
		'Most forecasters had predicted 2.1 per cent.',
		'Brokers had projected a figure of about 12,000.',
		'Analysts polled by a financial data provider had expected ____.'
	])('finds “%s”', (s) => {
		expect(unstatedMeasure(s)).not.toBeNull();
		expect(unresolvedReference(s)).not.toBeNull();
	});

	it.each([
		'Analysts had expected revenue of $1.37 billion.',
		'The company expects full-year sales of $5.6 billion.',
		'Quillstack estimates the cost of the credits at $1.9 million.',
		'Economists expected inflation to ease to 3.3 per cent.',
		'Officials estimate that 4,000 homes were flooded.',
		'The firm expects to hire 300 people by 2026.'
	])('leaves “%s”, which names what the figure measures', (s) => expect(unstatedMeasure(s)).toBeNull());
});
