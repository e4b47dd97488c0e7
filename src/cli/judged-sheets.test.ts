import { describe, expect, it } from 'vitest';
import { questionKey, readJudgedQuestions, readSheet } from './judged-sheets';

describe('reading the sheets judges saw', () => {
	it('reads the A/B layout: labelled lines, choices as JSON, a card keyed by its back', () => {
		const sheet = readSheet(
			[
				'#1  type=mcq',
				'  PROMPT: Who chaired the inquiry?',
				'  CHOICES: ["Ann Lee","Bo Park"]',
				'  KEY: Bo Park',
				'  SOURCE: Bo Park chaired it.',
				'',
				'#2  type=flashcard',
				'  PROMPT: Basalt',
				'  KEY: A volcanic rock',
				'  BACK: A volcanic rock'
			].join('\n'),
			false
		);
		expect(sheet.get(1)).toEqual({
			type: 'mcq',
			prompt: 'Who chaired the inquiry?',
			key: 'Bo Park',
			choices: ['Ann Lee', 'Bo Park'],
			source: 'Bo Park chaired it.'
		});
		expect(sheet.get(2)?.key).toBe('A volcanic rock');
	});

	it('reads the first layout: the key is the option marked as keyed, a card has a front', () => {
		const sheet = readSheet(
			[
				'#1  id=place-x  type=mcq',
				'  PROMPT: From the road into ____, the silo looks tall.',
				'    A) Brekkestad   <- keyed correct',
				'    B) Enova',
				'  SOURCE SENTENCE shown after answering: From the road into Brekkestad, the silo looks tall.',
				'#2  id=definition-silo  type=flashcard',
				'  FRONT: Silo',
				'  BACK: A thermal battery'
			].join('\n'),
			false
		);
		expect(sheet.get(1)).toMatchObject({ key: 'Brekkestad', choices: ['Brekkestad', 'Enova'], source: 'From the road into Brekkestad, the silo looks tall.' });
		expect(sheet.get(2)).toMatchObject({ prompt: 'Silo', key: 'A thermal battery' });
	});

	it('reads the JSON layout, where a card’s key is its back', () => {
		const sheet = readSheet(JSON.stringify({ questions: [{ n: 3, type: 'flashcard', prompt: 'Silo', key: 'x', back: 'A store of heat', source: 's' }] }), true);
		expect(sheet.get(3)).toMatchObject({ prompt: 'Silo', key: 'A store of heat' });
	});

	it('matches a question across runs whatever its quotes, case and spacing', () => {
		expect(questionKey({ type: 'cloze', prompt: 'The  ____ of Tanner’s Row', key: 'True' })).toBe(
			questionKey({ type: 'cloze', prompt: "the ____ of tanner's row", key: 'true' })
		);
		expect(questionKey({ type: 'cloze', prompt: 'a', key: 'b' })).not.toBe(questionKey({ type: 'mcq', prompt: 'a', key: 'b' }));
	});

	it('finds every verdict of the dev set on its sheet, with a prompt and a key', () => {
		const verdicts = readJudgedQuestions('tests/dev/judgements');
		expect(verdicts.length).toBeGreaterThan(4000);
		expect(verdicts.filter((v) => v.prompt === '' || v.key === '')).toEqual([]);
	});
});
