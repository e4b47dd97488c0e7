import { describe, expect, it } from 'vitest';
import { extractFacts } from '../facts';
import { splitSentences } from '../sentences';
import { buildCandidates } from '.';

/** The keys of "who" questions on people of an article (the answers they ask for). */
function personAnswers(text: string): string[] {
	const sentences = splitSentences(text);
	const facts = extractFacts(sentences, { year: 2024, month: 5, day: 1 });
	return buildCandidates(facts, sentences, text)
		.filter((c) => c.fact.kind === 'person' && c.form === 'wh' && c.question.prompt.startsWith('Who'))
		.map((c) => c.fact.key);
}

describe('questions whose answer is the person the article is about', () => {
	// Each row: an article about one person (named four times or more, and in its opening line), whom no "who" question asks for.
	const table: [string, string][] = [
		[
			'Ines Varga, a potter, died on 2 May at her home in Malmö. She was 78. Varga worked in clay and iron. Varga taught at the academy for 20 years. Critics called Varga the quiet modernist of the coast. Her studio partner, Paul Okafor, a glazier, said she never rested.',
			'Ines Varga'
		],
		[
			'Tomas Brekke, a ferry engineer who rebuilt the harbour cranes, has died at 91. Brekke was born in Tromsø in 1933. Brekke left school at 14. His foreman, Jonas Vik, a welder, taught him to read drawings. Brekke kept the cranes running until 2001.',
			'Tomas Brekke'
		],
		[
			'The harpist Ada Monroe is 34 and has played on 40 records. Monroe grew up in Leeds. Monroe learned the harp from her aunt, Rose Hale, a church organist. Monroe tours for nine months a year, and Monroe still lives in Leeds.',
			'Ada Monroe'
		],
		[
			'Reviewing the new biography of Edith Crane, the printer who ran the Fenmouth Gazette for 30 years, is a pleasure. Crane took over the paper in 1820. Crane cleared its debts by 1825. The book shows how Crane worked with her compositor, Amos Tull, a former sailor. Crane died in 1861.',
			'Edith Crane'
		],
		[
			'Pieter Osei, who designed the lock gates at Sandwick, died on 3 March aged 80. Osei trained as a shipwright. In 1970 Osei and an engineer, Mary Dunne, a surveyor, drew the gates. Osei refused every award he was offered. Osei is survived by two sons.',
			'Pieter Osei'
		],
		[
			'Lena Maris, the diver who mapped the Calder wreck, has retired at 66. Maris found the wreck in 1987. Maris dived on it 300 times. Her assistant, Tom Reyes, a photographer, took every picture. Maris says she will keep swimming.',
			'Lena Maris'
		]
	];
	it.each(table)('%#', (text, subject) => {
		expect(personAnswers(text)).not.toContain(subject);
	});

	it('is still asked after when the opening line does not name them', () => {
		const text =
			'Plateau lakes are warming twice as fast as the sea, a study finds. The survey was led by Mara Kell, a limnologist at the Tarn Institute. Kell measured 48 lakes between 2019 and 2022. Kell found that 30 of them had lost their ice a month early. Kell said the change was faster than expected.';
		expect(personAnswers(text)).toContain('Mara Kell');
	});
});
