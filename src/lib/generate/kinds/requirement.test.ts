import { describe, expect, it } from 'vitest';
import { cardOf, factsOf, questionsOf } from './test-helpers';

const card = (text: string) => cardOf(text, 'requirement');

describe('requirements and rules', () => {
	it('asks what someone must do', () => {
		expect(card('Under the new rules, large shops must take back empty bottles from any brand.')).toEqual([
			'What must large shops do?',
			'Take back empty bottles from any brand'
		]);
	});

	it('asks what a rule requires of whom', () => {
		expect(card('The deposit law requires shops to refund 25 cents for every bottle returned.')).toEqual([
			'What does the deposit law require shops to do?',
			'Refund 25 cents for every bottle returned'
		]);
	});

	it.each([
		['The parish council had to find a new clerk before the spring elections.', 'What did the parish council have to do?'],
		['The ferry company has to run a boat every hour in summer.', 'What does the ferry company have to do?'],
		['The two schools will have to share a hall from next September.', 'What will the two schools have to do?'],
		['Landlords have to fit a smoke alarm on every storey of a home.', 'What do landlords have to do?']
	])('keeps the tense of "have to" in its question: %s', (text, prompt) => {
		expect(card(text)?.[0]).toBe(prompt);
	});

	it.each([
		['The lease agreement requires tenants to repaint the hall every five years.', 'What does the lease agreement require tenants to do?'],
		['The service contract requires the firm to repair any lift within two days.', 'What does the service contract require the firm to do?'],
		['The loan contract requires the club to repay the council within three seasons.', 'What does the loan contract require the club to do?']
	])('reads a compound subject whose second noun the tagger takes for a verb: %s', (text, prompt) => {
		expect(card(text)?.[0]).toBe(prompt);
	});

	it('keeps the "not" of a duty in its answer', () => {
		expect(card('The harbour board must not sell the quay before the year 2030.')?.[1]).toBe('Not sell the quay before the year 2030');
	});

	it('asks what a rule exempts, typed', () => {
		const typed = questionsOf('Fresh milk is exempt from the deposit scheme until further notice.', 'requirement').find((q) => q.type === 'short_answer');
		expect(typed?.type === 'short_answer' && [typed.prompt, typed.answer]).toEqual([
			'What is exempt from the deposit scheme until further notice?',
			'Fresh milk'
		]);
	});

	it('asks what a rule will take in later', () => {
		const typed = questionsOf('Wine bottles will be added in 2028, the ministry said.', 'requirement').find((q) => q.type === 'short_answer');
		expect(typed?.type === 'short_answer' && [typed.prompt, typed.answer]).toEqual(['What will be added in 2028?', 'Wine bottles']);
	});

	it('leaves the duty of "someone" or "you" alone', () => {
		expect(factsOf('A school cannot close on Friday, because someone must still be there to open the gates.', 'requirement')).toEqual([]);
		expect(factsOf('You must then slide the battery out past the front wheel.', 'requirement')).toEqual([]);
	});

	it('asks no "What must … do?" when the article lists several duties of the same subject', () => {
		const text = 'The rail agency must publish every inspection report. The rail agency must replace cracked sleepers within a week.';
		expect(factsOf(text, 'requirement')).toHaveLength(2);
		expect(questionsOf(text, 'requirement')).toEqual([]);
		expect(card('The rail agency must publish every inspection report.')?.[0]).toBe('What must the rail agency do?');
	});

	it.each([
		[
			'The sale of the ferry line requires approval from the harbour trust and the county council.',
			'What does the sale of the ferry line require?',
			'Approval from the harbour trust and the county council'
		],
		[
			'The new fire code requires smoke alarms in every bedroom of a rented flat.',
			'What does the new fire code require?',
			'Smoke alarms in every bedroom of a rented flat'
		],
		[
			'The storm rules of the port required two tugs for any ship over 200 metres long.',
			'What did the storm rules of the port require?',
			'Two tugs for any ship over 200 metres long'
		]
	])('asks what a rule or deal requires when no one is named to act: %s', (text, prompt, back) => {
		expect(card(text)).toEqual([prompt, back]);
	});

	it('asks where a rule needs its thing in the question, the thing alone typed', () => {
		const text = 'The flood plan requires steel flood barriers, about 20 a street, at every house within 50 metres of the river.';
		const typed = questionsOf(text, 'requirement').find((q) => q.type === 'short_answer');
		expect(typed?.type === 'short_answer' && [typed.prompt, typed.answer]).toEqual([
			'What does the flood plan require at every house within 50 metres of the river?',
			'steel flood barriers'
		]);
	});

	it('reads no thing needed where someone is required to act', () => {
		expect(factsOf('The new law requires every shop that sells batteries to take old ones back.', 'requirement')).toEqual([]);
	});

	it.each([
		'The bridge was closed for the 40 days required by the inspection rules.',
		'Each crane is tested below its required working load every spring.',
		'The council said the plan would require further work before a vote.'
	])('reads no requirement where "require" is no rule\'s verb: %s', (text) => {
		expect(card(text)).toBeNull();
	});
});
