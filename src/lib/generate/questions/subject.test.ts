import { describe, expect, it } from 'vitest';
import { extractFacts } from '../facts';
import { splitSentences } from '../sentences';
import { mainSubject, resolveLead } from './subject';

const text = [
	'Ingrid Berg, a Norwegian engineer, has died at her home in Bergen, her daughter said.',
	'Berg was born in Ålesund. She studied in Trondheim, where Berg built a wind tunnel.',
	'Colleagues said Berg was demanding. Her students remember her lunches. Tomas Lie, a former director of the roads agency, praised Berg.'
].join('\n\n');

const subjectOf = (t: string) => mainSubject(extractFacts(splitSentences(t), null), t);

describe('the person an article is about', () => {
	it('is the named person whose surname the article repeats most, with its pronoun', () => {
		expect(subjectOf(text)).toMatchObject({ surname: 'Berg', pronoun: 'she' });
	});

	it('is nobody when two people are named about as often', () => {
		expect(subjectOf(`${text} Tomas Lie said Lie had known Berg. Lie, Lie and Lie.`)).toBeNull();
	});

	it('stands for an opening pronoun of its gender, possessive as possessive', () => {
		const subject = { key: 'Ingrid Berg', surname: 'Berg', pronoun: 'she' as const };
		expect(resolveLead('Her students remember her.', subject, false)).toBe('Berg’s students remember her.');
		expect(resolveLead('She studied in Trondheim.', subject, false)).toBe('Berg studied in Trondheim.');
		expect(resolveLead('He studied in Trondheim.', subject, false)).toBeNull();
	});

	it('stands for nothing when someone else was named just before', () => {
		expect(resolveLead('She studied in Trondheim.', { key: 'Ingrid Berg', surname: 'Berg', pronoun: 'she' }, true)).toBeNull();
	});
});
