import { describe, expect, it } from 'vitest';
import { extractFacts, type FactOf } from '../facts';
import { splitSentences } from '../sentences';
import { cardQuestions } from './cards';

/** How many cards a person gets. */
const cards = (text: string, name: string) => {
	const sentences = splitSentences(text);
	const facts = extractFacts(sentences, null);
	const fact = facts.find((f): f is FactOf<'person'> => f.kind === 'person' && f.key === name && f.text === name);
	if (!fact) throw new Error(`no person ${name}`);
	return cardQuestions(fact, sentences[fact.sentence], facts).length;
};

describe('no card for a person named once, inside a phrase after a preposition', () => {
	// Each row: a text, the person, and how many cards they get.
	const table: [string, string, number][] = [
		[
			'Rovers defender Kieran Walsh blocked a cross from Castleton midfielder Jamie Ostrowski with his arm, and the referee pointed to the spot.',
			'Jamie Ostrowski',
			0
		],
		['In the 88th minute the ball fell to Sparta winger Tomasz Nowicki, whose shot went wide.', 'Tomasz Nowicki', 0],
		['The bill was drafted with help from Leeds University economist Rhea Calloway, and it passed by 40 votes.', 'Rhea Calloway', 0],
		['The award was presented to Ines Barrow, the Leeds novelist, at a dinner in the city on Friday.', 'Ines Barrow', 0],
		// Near misses: the person is the subject or a passive's doer, is named again later, speaks, is a source, or the back says what they did.
		['Sweden was represented in Osnabrück by Johan Oxenstierna, son of the chancellor Axel Oxenstierna.', 'Johan Oxenstierna', 1],
		['Next to them hangs a new commission by the Portuguese painter Rui Valadares, who painted 12 views of the river from the same spot.', 'Rui Valadares', 1],
		['Castleton midfielder Jamie Ostrowski scored twice in the second half.', 'Jamie Ostrowski', 1],
		[
			'The bill was drafted with help from Leeds University economist Rhea Calloway, and it passed by 40 votes. “The vote was a relief,” Calloway said.',
			'Rhea Calloway',
			1
		],
		['Sparta goalkeeper Mateusz Kral blocked a late shot.', 'Mateusz Kral', 1],
		['Cases rose by a third, according to Leeds University epidemiologist Rhea Calloway.', 'Rhea Calloway', 1],
		['“We were lucky,” said Councillor Hannah Moyles, who chairs the council’s heritage committee.', 'Hannah Moyles', 1]
	];
	it.each(table)('%s', (text, name, n) => expect(cards(text, name)).toBe(n));
});
