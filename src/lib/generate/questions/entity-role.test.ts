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
