import { describe, expect, it } from 'vitest';
import { shortenPrompt } from './shorten';

/** A long prompt (over `max`) and what it is cut to, or null when it must be left as it is. */
const MAX = 200;
const TABLE: [string, string, string | null][] = [
	[
		'business: clauses after the blank go',
		'Revenue at the port authority climbed to ____ from $366 million in the year to March, and the board said it would pay a special dividend of 40 cents a share to its two owners, the city council and the regional government.',
		'Revenue at the port authority climbed to ____ from $366 million in the year to March.'
	],
	[
		'science: a relative clause after the blank goes',
		'The team sampled 51 lakes across the Alps, the Andes and Alaska over ____ summers, which is more than any earlier survey managed, though the authors say the Himalayan lakes are still missing from the sample.',
		'The team sampled 51 lakes across the Alps, the Andes and Alaska over ____ summers.'
	],
	[
		'review: a context sentence keeps its main clause, the blank’s own sentence its person',
		'Ines Carvalho (1931–2009) is hardly a household name, even in Sweden, where she spent most of her working life and where her work hung in few galleries. Born in Setúbal, a canning port south of Lisbon, she moved to Gothenburg in ____.',
		'Ines Carvalho (1931–2009) is hardly a household name, even in Sweden. Born in Setúbal, a canning port south of Lisbon, she moved to Gothenburg in ____.'
	],
	[
		'sport: a dash aside after the blank goes',
		'Okafor won the final in ____ minutes and 12 seconds, the fastest time recorded on the old track at Harlow in a championship race — slightly outside the world record she set last summer in Oslo in front of a home crowd.',
		'Okafor won the final in ____ minutes and 12 seconds, the fastest time recorded on the old track at Harlow in a championship race.'
	],
	[
		'history: the blank in the last clause leaves nothing to cut after it',
		'The embankment had been raised twice in the previous decade, once after the storm of 1947 and again after a smaller flood, and the borough engineer had warned the council in writing that the culvert under it would block within ____ hours.',
		null
	],
	[
		'health: a context cut that would take away what "those gaps" are is not made',
		'In the county the stroke death rate is high, and surveys found that a third of adults had not had their blood pressure measured in two years. Those gaps were widest among men aged 25 to 54 and among residents of ____.',
		null
	],
	[
		'arts: a context cut that would take away the "her" of a second named person is not made',
		'The Icelandic artist Sola Gudmunds contributes a film shot along the river Thjorsa, while the textile artist Marina Alves has created a banner tracing the Amazon. It took her and a group of ____ women around 14 months to complete.',
		null
	],
	[
		'news: a cut inside a quotation is not made',
		'“We will rebuild the bridge within ____ months, and we will do it without closing the road for more than a weekend,” the transport minister told reporters on Monday at the site of the collapse.',
		null
	],
	['a short prompt is left alone', 'The rail had been installed ____ months earlier, and nobody checked it.', null],
	[
		'a statement (no blank) is left alone',
		'Revenue at the port authority climbed to $412 million from $366 million in the year to March, and the board said it would pay a special dividend of 40 cents a share to its owners, the city and the region.',
		null
	]
];

describe('shortenPrompt', () => {
	for (const [name, prompt, want] of TABLE) {
		it(name, () => {
			expect(prompt.length > MAX || want === null).toBe(true);
			expect(shortenPrompt(prompt, MAX)).toBe(want ?? prompt);
		});
	}
});
