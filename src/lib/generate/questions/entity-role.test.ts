import { describe, expect, it } from 'vitest';
import { questionsOf } from '../kinds/test-helpers';

/** The "Who is described …?" prompts a text gives. */
const described = (text: string) => questionsOf(text, 'person').filter((q) => q.prompt.startsWith('Who is described'));

describe('"Who is described as …?" over a role that holds the person’s own name', () => {
	// Each row: a text, and the role asked about (null: no such question).
	const table: [string, string | null][] = [
		// The role holds the answer's surname: the question hands it over.
		['Mira Solberg, the Solberg Foundation’s director, opened the show on Friday.', null],
		['Ana Reyes, the Reyes family’s lawyer, filed the claim on Monday.', null],
		['Dr. Helen Park, the Park Institute’s chief scientist, said the trial would continue.', null],
		['Jonas Brekke, the founder of Brekke Shipping, sold the last of his shares in March.', null],
		// Near misses: a role that names another body or place is a fair question.
		['Tom Hale, the Rovers captain, scored twice in the second half.', 'the Rovers captain'],
		['Marta Ilves, a transport economist at the University of Tartu, said the rail share mattered.', 'a transport economist at the University of Tartu'],
		['Olav Brekke, the head of Baltic operations at Nordhavn, said the switch had cut costs.', 'the head of Baltic operations at Nordhavn'],
		['Ingrid Salvesen, a Norwegian structural engineer, has died at her home in Bergen.', 'a Norwegian structural engineer']
	];
	it.each(table)('%s', (text, role) => {
		const prompts = described(text).map((q) => q.prompt);
		if (role === null) expect(prompts).toEqual([]);
		else expect(prompts).toContain(`Who is described in the article as ${role}?`);
	});
});

describe('"Who is described as …?" over a role said relative to someone else', () => {
	// Each row: a text, and the role asked about (null: no such question).
	const table: [string, string | null][] = [
		// "fellow", "other", "another": the role fits whoever it is measured against as well.
		['In 1969 she and a fellow engineer, Howard Pell, founded a consulting firm in Seattle.', null],
		['Castell, the other substitute, came on in the 80th minute and hit the post.', null],
		['Ruth Amadi, another director of the fund, resigned on Monday over the sale.', null],
		['Dr. Lena Voss, a fellow researcher at the institute, checked the samples twice.', null],
		// Near misses: an ordinary role, and one whose words merely include an ordinal later on.
		['Tom Hale, the Rovers captain, scored twice in the second half.', 'the Rovers captain'],
		['Ines Moreau, the chief engineer of the second tunnel, said the bore was on time.', 'the chief engineer of the second tunnel'],
		['Paul Okafor, the finance minister, said the budget would balance by 2027.', 'the finance minister'],
		['Hana Sato, a marine biologist at Tarn University, led the survey of the reef.', 'a marine biologist at Tarn University']
	];
	it.each(table)('%s', (text, role) => {
		const prompts = described(text).map((q) => q.prompt);
		if (role === null) expect(prompts).toEqual([]);
		else expect(prompts).toContain(`Who is described in the article as ${role}?`);
	});
});

describe('"Who is described as …?" over a role said of its time', () => {
	// Each row: a text, and the role asked about. "then", "now", "formerly" belong to the sentence's
	// time, and before the role's own article they would read "as the then a …".
	const table: [string, string][] = [
		['In May 2019, Lena Okafor, then a junior researcher in the lab, spotted the crack in the sample.', 'a junior researcher in the lab'],
		['Tomas Varga, now the chair of the harbour trust, opposed the plan in 2015.', 'the chair of the harbour trust'],
		['Priya Nair, formerly an officer in the navy, runs the ferry company.', 'an officer in the navy'],
		['Rosa Lindqvist, once a teacher at the village school, wrote the history of the mill.', 'a teacher at the village school'],
		// Near misses: a role with no adverb keeps its article, or gets one.
		['Marta Ilves, a transport economist at the University of Tartu, said the rail share mattered.', 'a transport economist at the University of Tartu'],
		['Paul Okafor, the finance minister, said the budget would balance by 2027.', 'the finance minister']
	];
	it.each(table)('%s', (text, role) => {
		expect(described(text).map((q) => q.prompt)).toContain(`Who is described in the article as ${role}?`);
	});
});
