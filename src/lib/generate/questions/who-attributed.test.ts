import { describe, expect, it } from 'vitest';
import { extractFacts } from '../facts';
import { splitSentences } from '../sentences';
import { buildCandidates } from '.';

/** The typed "Who confirmed that …?" questions a text gives, as [prompt, answer]. */
const vouched = (text: string) => {
	const sentences = splitSentences(text);
	return buildCandidates(extractFacts(sentences, null), sentences, text)
		.filter((c) => c.dedupe.endsWith('|vouched') && c.question.type === 'short_answer')
		.map((c) => [c.question.prompt, c.question.type === 'short_answer' ? c.question.answer : '']);
};

describe('who vouches for an event ("…, as confirmed by X")', () => {
	it.each([
		[
			'In Donetsk, a drone damaged a regional power station, leading to local blackouts, as confirmed by Denis Pushilin, the head of the administration. Pushilin gave no figures.',
			'Who confirmed that, in Donetsk, a drone damaged a regional power station?',
			'Denis Pushilin'
		],
		[
			'The ferry ran aground on a sandbank off Kessel Point, as reported by Marta Olsen, the harbour master. Olsen said no one was hurt.',
			'Who reported that the ferry ran aground on a sandbank off Kessel Point?',
			'Marta Olsen'
		],
		[
			'The museum will close for eight months from January, as announced by Ravi Mehta. Mehta said the work was overdue.',
			'Who announced that the museum will close for eight months from January?',
			'Ravi Mehta'
		],
		[
			'Overnight, floodwater reached the ground floor of Carrow Hospital, as confirmed by Julia Brandt, a spokeswoman for the trust. Brandt said patients were moved.',
			'Who confirmed that, overnight, floodwater reached the ground floor of Carrow Hospital?',
			'Julia Brandt'
		]
	])('asks who vouched: %s', (text, prompt, answer) => {
		expect(vouched(text)).toContainEqual([prompt, answer]);
	});

	it.each([
		// The event is "it": nobody could tell what was confirmed.
		'It damaged a regional power station, as confirmed by Denis Pushilin, the head of the administration. Pushilin gave no figures.',
		// The name does not end the sentence: the clause goes on after it.
		'The ferry ran aground off Kessel Point, as reported by Marta Olsen, and the tide rose within the hour. Olsen said no one was hurt.',
		// Not a vouching verb: "as described by" is someone's wording, not a confirmation.
		'The bridge was a masterpiece of riveted steel, as described by Helen Ward, the historian. Ward wrote the guide.',
		// No finite verb before "as …": a noun phrase is no event.
		'A new record for the club, as confirmed by Tomas Berg, the secretary. Berg keeps the books.',
		// The person is the subject: "Who reported …?" is the who-question's, not this one's.
		'Marta Olsen reported that the ferry ran aground off Kessel Point. Olsen said no one was hurt.',
		// A quotation inside the clause: someone's words, not an event.
		'The mayor called the plan “a disgrace to the town”, as reported by Marta Olsen, the clerk. Olsen said so twice.',
		// "this" points to an earlier sentence.
		'This decision was reversed in March, as confirmed by Ravi Mehta, the chair. Mehta voted against.',
		// Too short to say what happened.
		'Work resumed, as confirmed by Ravi Mehta, the chair. Mehta voted against.'
	])('asks nothing for: %s', (text) => {
		expect(vouched(text)).toEqual([]);
	});
});
