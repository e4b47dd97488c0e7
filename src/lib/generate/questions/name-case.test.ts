import { describe, expect, it } from 'vitest';
import { extractFacts } from '../facts';
import { splitSentences } from '../sentences';
import { articleCase } from './name-case';

/** `prompt` put in the case `article` writes its words in. */
const cased = (article: string, prompt: string) => {
	const sentences = splitSentences(article);
	return articleCase(sentences, extractFacts(sentences, { year: 2024, month: 3, day: 1 }))(prompt);
};

describe('a word moved from a sentence start takes the case the article gives it', () => {
	it.each([
		// Science: a common noun that opened its sentence loses its capital.
		[
			'Ebullition accounted for 84% of the methane. The ebullition was measured weekly.',
			'What percentage of the methane did Ebullition account for?',
			'What percentage of the methane did ebullition account for?'
		],
		[
			'Parrotfish eat 5 kilograms of algae a day. Young parrotfish eat less.',
			'How many kilograms of algae a day do Parrotfish eat?',
			'How many kilograms of algae a day do parrotfish eat?'
		],
		// Business: a plural noun.
		['Shareholders approved the merger in 2021.', 'In what year did Shareholders approve the merger?', 'In what year did shareholders approve the merger?'],
		// History: a surname the article writes capitalised mid-sentence gets its capital back.
		['Haigh spoke to Whitlow. Whitlow later published it in 1962.', 'In what year did whitlow later publish it?', 'In what year did Whitlow later publish it?'],
		// Near misses: names keep their capital.
		['The report went to Ostrava. Ostrava hosted the final in 2019.', 'In what year did Ostrava host the final?', 'In what year did Ostrava host the final?'],
		['Hester Quayle ran the archive from 1901.', 'From what year did Hester Quayle run the archive?', 'From what year did Hester Quayle run the archive?'],
		// An uncommon word only ever opening sentences, never in lower case, is taken for a name (a firm, a surname).
		['Norvik has increased its stake in the shipyard to 15 percent.', 'To what did Norvik increase its stake?', 'To what did Norvik increase its stake?'],
		["Pellham's shares jumped 27% in Monday trading.", "By what percentage did Pellham's shares jump?", "By what percentage did Pellham's shares jump?"],
		['Siemens cut 300 jobs in 2020.', 'How many jobs did Siemens cut in 2020?', 'How many jobs did Siemens cut in 2020?'],
		['Mr Adebayo opened the clinic. Adebayo retired in 2010.', 'In what year did Adebayo retire?', 'In what year did Adebayo retire?'],
		['NATO expanded in 2004.', 'In what year did NATO expand?', 'In what year did NATO expand?'],
		// A common word the article capitalises only inside a name ("Bureau of Fire Protection") stays lower case.
		[
			'Fire officer Ana Cruz of the Bureau of Fire Protection said it.',
			'Who is described in the article as the fire officer?',
			'Who is described in the article as the fire officer?'
		],
		// Sport: a word the article writes both ways stays as the prompt has it.
		['Rovers won the cup. The rovers of the valley lost.', 'What did rovers win?', 'What did rovers win?'],
		// Reviews: a word inside a quote or after a full stop keeps its capital.
		['Critics loved the play.', 'The play opened in May. Critics loved it.', 'The play opened in May. Critics loved it.'],
		['Critics called it “Moving and sharp”.', 'What did critics call “Moving and sharp”?', 'What did critics call “Moving and sharp”?']
	])('%s', (article, prompt, expected) => {
		expect(cased(article, prompt)).toBe(expected);
	});
});
