import { describe, expect, it } from 'vitest';
import { extractFacts } from '../facts';
import { splitSentences } from '../sentences';
import { peopleGenders } from '../references-gender';
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

describe('the pronoun of the person an article is about', () => {
	/** The subject as the pipeline reads it: with the genders the article shows for its people. */
	const gendered = (t: string) => {
		const sentences = splitSentences(t);
		const facts = extractFacts(sentences, null);
		const genders = peopleGenders(
			facts.filter((f) => f.kind === 'person').map((f) => f.key),
			sentences.map((s) => s.text)
		);
		return mainSubject(facts, t, genders);
	};
	// Each article repeats a man's surname (often inside a firm's name) while its pronouns are mostly a woman's, or the other way round.
	const cases: [string, 'he' | 'she'][] = [
		[
			'Mr. Arthur Pellow founded Pellow & Daughters in 1921. Pellow & Daughters hired women from the town. Pellow sold it in 1950. Ada Rusk ran the loom room. She trained 40 weavers, and her sister joined her. She retired in 1970, and her pension was small.',
			'he'
		],
		[
			'Mrs. Edith Carrow opened the Carrow Bakery in 1902. The Carrow Bakery fed the street. Carrow kept the books. Tom Field drove the cart. He rose at four, and his horse knew the way. He said his wages were fair, and he stayed for 30 years.',
			'she'
		],
		[
			'Sir Walter Denby owned the Denby pit. Denby wages were low. Denby refused a union in 1910. Mary Hollis led the strike. She spoke at every gate, and her speeches drew crowds. Her husband said she never slept.',
			'he'
		],
		[
			'Dame Olive Strand chaired the Strand Trust. The Strand Trust paid for the lifeboat. Strand signed every cheque. John Carey was its coxswain. He saved 61 lives, and his crew said he never hesitated. His medal hangs in the station.',
			'she'
		],
		[
			'Mr. Hugh Marsh ran the Marsh ferry. The Marsh ferry crossed twice an hour. Marsh charged a penny. Lena Bray took the fares. She counted them nightly, and her ledger survives. She said her feet ached.',
			'he'
		],
		[
			'Ms. Rhea Quinn built Quinn Motors. Quinn Motors sold 900 cars. Quinn kept no diary. Sam Doyle fixed the engines. He worked late, and his hands were always black. He said his boss was fair, and he meant it.',
			'she'
		]
	];
	it('is the article’s most used when people of the surname show both', () => {
		const t =
			'Nora Vale designed the Vale Bridge. Vale studied in Leeds, where she met her husband. Her son Tom Vale said he was proud. Vale retired in 1990, and she kept painting.';
		expect(gendered(t)?.pronoun).toBe('she');
	});
	it.each(cases)('is the one the article shows for its subject: %s', (t, pronoun) => {
		expect(gendered(t)?.pronoun).toBe(pronoun);
	});
});
