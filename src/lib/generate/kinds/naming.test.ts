import { describe, expect, it } from 'vitest';
import { factsOf, questionsOf } from './test-helpers';

// A name asked as a blank (naming-passing.test.ts) has no question of its own.
const asked = (text: string) =>
	factsOf(text, 'naming')
		.filter((f) => !f.blank)
		.map((f) => [f.prompt, f.answer]);

describe('a name the article gives a thing it describes', () => {
	it.each([
		[
			'what is called T: a description',
			'When two waves of equal height meet head on they make what is called a seiche: a slow rocking of the whole water body from end to end.',
			'What is a slow rocking of the whole water body from end to end called?',
			'seiche'
		],
		[
			'what someone calls T: a description',
			'The hollow under the glacier is what geologists call a moulin: a shaft that carries meltwater down to the bedrock.',
			'What do geologists call a shaft that carries meltwater down to the bedrock?',
			'moulin'
		],
		[
			'what someone called T, in the past',
			'Early surgeons washed wounds in what doctors then called a tincture: an alcohol solution of a plant extract.',
			'What did doctors then call an alcohol solution of a plant extract?',
			'tincture'
		],
		['X is what someone calls T', 'Glass and honey are what chemists call amorphous.', 'What do chemists call glass and honey?', 'amorphous'],
		[
			'a gerund phrase is called T',
			'Cutting a young tree back to its stump every few years is called coppicing.',
			'What is cutting a young tree back to its stump every few years called?',
			'coppicing'
		],
		[
			'a noun phrase is known as T',
			'The sideways drift of a spinning ball is known as the Magnus effect.',
			'What is the sideways drift of a spinning ball called?',
			'Magnus effect'
		],
		[
			'the subject, known as T, and what it does',
			'The method, known as triangulation, fixes a point from the angles measured at two known stations.',
			'Which method fixes a point from the angles measured at two known stations?',
			'triangulation'
		],
		[
			'in a thing, called T, a clause',
			'In one form, called the larva, the insect feeds almost without pause.',
			'What is the form called in which the insect feeds almost without pause?',
			'larva'
		],
		[
			'in what is called T, a clause',
			'In what is called a rain shadow, the far side of a mountain range gets little rainfall.',
			'What is it called when the far side of a mountain range gets little rainfall?',
			'rain shadow'
		]
	])('%s', (_, text, prompt, answer) => {
		expect(asked(text)).toContainEqual([prompt, answer]);
	});

	it.each([
		['a name pointing back at the sentence before', 'The process is called annealing.'],
		['"this" points back', 'This is known as the lag effect.'],
		['the caller is a pronoun', 'The bowl held what they called a posset: a drink of hot milk curdled with ale.'],
		['a thing pointed at with "like this"', 'A storm like this is what sailors call a blow.'],
		['a zone told in the clause before', 'The outer edge of that zone is known as the snow line.'],
		['a capitalised name is a named thing, not a concept', 'The study, known as TIDE-3, followed 400 patients for two years.'],
		['a relative clause, not a subject', 'In one experiment, called the cup test, which ran for a week, nothing happened.'],
		['someone being called something', 'The coach called the result a disgrace after the match.']
	])('finds no name where %s', (_, text) => {
		expect(asked(text)).toEqual([]);
	});

	it('asks the name typed and as a card from the name to the description', () => {
		const qs = questionsOf('Deep in the soil, fungi spread what biologists call a mycelium: a mass of fine threads that feeds on dead matter.', 'naming');
		const card = qs.find((q) => q.type === 'flashcard');
		const typed = qs.find((q) => q.type === 'short_answer');
		expect(card?.type === 'flashcard' && [card.prompt, card.back]).toEqual(['Mycelium', 'A mass of fine threads that feeds on dead matter']);
		expect(typed?.type === 'short_answer' && [typed.prompt, typed.answer]).toEqual([
			'What do biologists call a mass of fine threads that feeds on dead matter?',
			'mycelium'
		]);
	});

	it('offers the choice among the other names the article gives', () => {
		const text = [
			'Engineers study how air moves around a body.',
			'The sideways drift of a spinning ball is known as the Magnus effect.',
			'The upward push of water on a floating hull is known as the Archimedes force.',
			'The drop in pressure of a fast-moving stream is known as the Venturi effect.',
			'The swirl of air off a wing tip is known as the Kutta vortex.'
		].join(' ');
		const mcq = questionsOf(text, 'naming').find((q) => q.type === 'mcq' && q.prompt.includes('spinning ball'));
		expect(mcq?.type === 'mcq' && [...mcq.choices].sort()).toEqual(['Archimedes force', 'Kutta vortex', 'Magnus effect', 'Venturi effect']);
	});
});
