import { describe, expect, it } from 'vitest';
import { acceptedBy, judged, onAnswer } from './side-details-judged';
import { SALIENCE_RULES } from './side-details-salience';

const [aside] = SALIENCE_RULES;

/**
 * Whether the rule drops `answer` in `sentence`, set after a lead of its own so that the sentence
 * is never the lead. `more` adds sentences after it (to make a thing recur).
 */
function dropped(sentence: string, answer: string, more: string[] = [], title = 'A day of news in Harrowgate'): boolean {
	const body = ['Harrowgate council met on Tuesday to agree its budget for the year.', sentence, ...more].join(' ');
	const all = acceptedBy({ ...aside, test: () => true }, title, body);
	// Guards the table: a case whose answer no fact asks would pass for the wrong reason.
	if (!all.has(answer)) throw new Error(`no candidate on ${answer}: ${[...all].join(', ')}`);
	return acceptedBy(aside, title, body).has(answer);
}

describe('a detail in an aside the article never comes back to', () => {
	// Side details: the answer sits in a relative clause on a name or inside an apposition's phrase, and is said once.
	it.each([
		[
			'markets: where a quoted analyst works',
			'Lena Ortiz, who follows retailers at the Madrid brokerage Corvo Partners, had expected a loss.',
			'Corvo Partners'
		],
		['history: whom an envoy served', 'Count Anton Reiss, the chief envoy of Emperor Leopold II, argued for a truce.', 'Leopold II'],
		['sport: the other side’s record', 'Redvale, who had kept 14 clean sheets this season, started quickly.', '14'],
		['obituary: a book’s translations', 'She wrote a memoir, Salt Roads, which was translated into 11 languages.', '11'],
		['science: when a lab’s institute opened', 'The samples went to the Norrby Institute, which opened its cold laboratory in 2015.', '2015'],
		[
			'local: the size of a firm that did the work',
			'The railings were made by Ostrander Works, a foundry in the north of Kelby with fewer than 80 staff.',
			'80'
		],
		['review: the place a landmark is in', 'The road follows the Vessa, the longest river in Moravia, for an hour.', 'Moravia']
	])('drops %s', (_, sentence, answer) => {
		expect(dropped(sentence, answer)).toBe(true);
	});

	// Near misses: the answer is the sentence's claim, a list item, a naming apposition, or said again.
	it.each([
		['the same firm in the main clause', 'Corvo Partners expects a loss this year, its analysts said.', 'Corvo Partners'],
		['a clause on a thing, which may carry the story', 'Patients get a single dose, which protects them for about six months.', 'six'],
		['an item of a list that looks like an apposition', 'The duchy received Westmark, the port of Hale and the villages of Dunley and Ross.', 'Dunley'],
		['an apposition that only names who acts', 'The regulator, the Office of Road Safety, said it would review the rules.', 'Office of Road Safety'],
		['a clause after a fronted time, not an apposition', 'In 2016, a heatwave raised the water temperature by 2 degrees for three months.', '2']
	])('keeps %s', (_, sentence, answer) => {
		expect(dropped(sentence, answer)).toBe(false);
	});

	it('keeps an aside whose counted thing the article comes back to', () => {
		const sentence = 'Redvale, who had kept 14 clean sheets this season, started quickly.';
		expect(dropped(sentence, '14', ['Their clean sheets had come at home.'])).toBe(false);
	});

	it('keeps an aside on the headline’s own subject', () => {
		const sentence = 'Redvale, who had kept 14 clean sheets this season, started quickly.';
		expect(dropped(sentence, '14', [], 'Redvale win the cup')).toBe(false);
	});

	it('keeps the lead', () => {
		const body = 'Lena Ortiz, who follows retailers at the Madrid brokerage Corvo Partners, said sales fell. Sales fell by 4 percent.';
		expect(acceptedBy(aside, 'Retail sales fall', body).has('Corvo Partners')).toBe(false);
	});

	it('is what the side-detail judge says of such a blank', () => {
		const all = judged(
			'A day of news in Harrowgate',
			// Not "Lena Ortiz, who follows …": a person's workplace is judged first by the roles rule; nor
			// "Redvale, who had kept …, started": a clause the sentence closes is the next rule's, and trivial.
			'Harrowgate council met on Tuesday. The railings were made by Ostrander Works, a foundry in the north of Kelby with fewer than 80 staff.'
		);
		const blanks = onAnswer(all, '80', (c) => c.form === 'blank');
		expect(blanks.map((j) => j.name)).toContain(aside.name);
	});
});

describe('a detail in a clause that says who a named speaker or body is', () => {
	const rule = SALIENCE_RULES.find((r) => r.name === 'a detail in a clause that says who a named speaker or body is');
	/** Whether the rule strikes `answer`, in a sentence after a lead of its own; a case no fact asks throws. */
	function struck(sentence: string, answer: string, title = 'A day of news in Harrowgate'): boolean {
		const body = `Harrowgate council met on Tuesday to agree its budget for the year. ${sentence}`;
		const all = acceptedBy({ ...rule!, test: () => true }, title, body);
		if (!all.has(answer)) throw new Error(`no candidate on ${answer}: ${[...all].join(', ')}`);
		return acceptedBy(rule!, title, body).has(answer);
	}

	it.each([
		['a union’s size, said the union', 'The Kelby Dockers Union, which represents 4,200 port workers, said it would ballot its members.', '4,200'],
		['a party’s rise, said its leader', 'Dara Quinn, whose party gained 3 seats in 2019, said the vote was a warning.', '3'],
		['where a speaker’s shop is', 'Tom Ashe, who runs a bakery in Millbrook and employs six people, said trade had halved.', 'Millbrook'],
		['how many a speaker’s firm employs', 'Ana Pike, whose bakery in Eastmere employs 14 people, said trade had halved.', '14']
	])('strikes %s', (_, sentence, answer) => {
		expect(rule).toBeDefined();
		expect(struck(sentence, answer)).toBe(true);
	});

	it.each([
		['the claim itself, after the clause', 'The Kelby Dockers Union, which represents port workers, said 4,200 jobs were at risk.', '4,200'],
		['a clause on a thing, which may carry the story', 'The new ferry, which carries 600 passengers, entered service on Monday.', '600'],
		['a clause that runs to the end of the sentence', 'The pass went to Okafor, who scored 3 points in the last minute.', '3'],
		['a clause on the headline’s subject', 'Dara Quinn, whose party gained 3 seats in 2019, said the vote was a warning.', '3', 'Dara Quinn wins Harrowgate']
	])('keeps %s', (_, sentence, answer, title?: string) => {
		expect(struck(sentence, answer, title)).toBe(false);
	});
});
