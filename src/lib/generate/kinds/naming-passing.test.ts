import { describe, expect, it } from 'vitest';
import { questionsOf } from './test-helpers';

/** The blanks the naming kind asks of a text, as [prompt, answer]. */
const blanks = (text: string) => questionsOf(text, 'naming').flatMap((q) => (q.type === 'cloze' ? [[q.prompt, q.answer]] : []));

describe('a name given in passing, in an aside after what it names', () => {
	it.each([
		[
			'an aside naming the clause before',
			'Wet sand under a pounding load can suddenly behave like a liquid, an effect called liquefaction.',
			'Wet sand under a pounding load can suddenly behave like a liquid, an effect called ____.',
			'liquefaction'
		],
		[
			'an aside named with known as',
			'Over many winters the frozen ground heaves the stones upward, a process known as solifluction.',
			'Over many winters the frozen ground heaves the stones upward, a process known as ____.',
			'solifluction'
		],
		[
			'someone calls it so, in quotes',
			'After the long shift the pilots lost track of which dial they had checked, a state trainers call "task saturation".',
			'After the long shift the pilots lost track of which dial they had checked, a state trainers call "____".',
			'task saturation'
		],
		[
			'a name set off by commas after a noun, at the end',
			'Heated past a certain point, the protein unfolds into a second shape, called a tangle.',
			'Heated past a certain point, the protein unfolds into a second shape, called a ____.',
			'tangle'
		],
		[
			'a name set off by commas after a noun, mid-sentence',
			'The thin skin of the fruit, known as the exocarp, keeps moulds out until it splits.',
			'The thin skin of the fruit, known as the ____, keeps moulds out until it splits.',
			'exocarp'
		],
		[
			'an aside that runs on after the name',
			'Each batch was held in warm brine for a day, a step called curing, before it went to the smokehouse.',
			'Each batch was held in warm brine for a day, a step called ____, before it went to the smokehouse.',
			'curing'
		],
		[
			'"this" names what the sentence before told',
			'On still nights the cold air drains downhill and pools in the valley floor. This is known as a frost hollow, and gardeners avoid it.',
			'On still nights the cold air drains downhill and pools in the valley floor. This is known as a ____, and gardeners avoid it.',
			'frost hollow'
		]
	])('%s', (_, text, prompt, answer) => {
		expect(blanks(text)).toContainEqual([prompt, answer]);
	});

	it.each([
		['a capitalised name is a named thing, not a concept', 'The files were copied with an old program, a tool called Rsync.'],
		['a verb before the comma names nothing', 'The rope was pulled tight, called out the foreman, and tied off.'],
		['a name with no aside', 'The hedge was cut back by a machine called a flail.'],
		['"so-called" is no naming', 'The shop sold so-called miracle cleaners at twice the price.']
	])('asks no blank where %s', (_, text) => {
		expect(blanks(text)).toEqual([]);
	});
});
