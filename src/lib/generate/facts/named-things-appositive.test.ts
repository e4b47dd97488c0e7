import { describe, expect, it } from 'vitest';
import { factsOf } from '../kinds/test-helpers';
import { splitSentences } from '../sentences';
import { tokenize } from '../tokens';
import { extractNamedThings } from './named-things';

/** The named things a sentence gives, with what each is said to be. */
const named = (s: string) => factsOf(s, 'named-thing').map((f) => [f.text, f.role]);

describe('an appositive that names the holder of a title does not define the title', () => {
	const holders: [string, string][] = [
		['Her employer, the Keeper of the Rolls, a lawyer named Silas Marr, trusted her.', 'Keeper of the Rolls'],
		['The Master of Works, an engineer called Ida Brandt, approved the plans.', 'Master of Works'],
		['He answered to the Surveyor General, a former sailor known as Black Tom, for six years.', 'Surveyor General'],
		['The Warden of Hollin Forest, a shy man named Piet Laan, kept the accounts.', 'Warden of Hollin Forest'],
		['The Lord Lieutenant, an elderly baronet named Sir Giles Orme, opened the bridge.', 'Lord Lieutenant'],
		['The Harbour Master, a retired captain called Ruth Penn, closed the port.', 'Harbour Master']
	];
	it.each(holders)('%s', (sentence, title) => {
		expect(named(sentence).map(([text]) => text)).not.toContain(title);
	});
});

describe('a relative clause opened by a preposition leaves the appositive whole', () => {
	const rows: [string, string, string][] = [
		['The trust bought Marrow Hall, a house in which three poets had lived.', 'Marrow Hall', 'a house'],
		['She sold the Orrin Press, a workshop of which she owned half.', 'Orrin Press', 'a workshop'],
		['They crossed the Kessel Gap, a pass through which the old road ran.', 'Kessel Gap', 'a pass'],
		['The Arden Fund, a scheme to which teachers paid a tenth of their wages, closed in 1990.', 'Arden Fund', 'a scheme'],
		['The Tarn Codex, a hymn book from which the choir still sings, was restored.', 'Tarn Codex', 'a hymn book'],
		['The Brackwater Prize, a medal for which only engineers may apply, was first awarded in 1921.', 'Brackwater Prize', 'a medal']
	];
	it.each(rows)('%s', (sentence, name, role) => {
		expect(named(sentence)).toContainEqual([name, role]);
	});
});

/** The named things of a sentence read alone, with nothing taken by the person kind before. */
const alone = (text: string) => {
	const s = splitSentences(text)[0];
	return extractNamedThings({ ...s, tokens: tokenize(s.text) }, () => false).map((f) => f.text);
};

describe('a single word beside a noun for a person is no named thing', () => {
	const rows: [string, string][] = [
		['She never forgave Marisol, a cousin who never wrote back.', 'Marisol'],
		['The story follows Ottoline, a widow with debts of her own.', 'Ottoline'],
		['He admired Brannock, the gamekeeper who had taught him to shoot.', 'Brannock'],
		['Readers will warm to Pim, a lodger who pays his rent in eggs.', 'Pim'],
		['Nobody trusted Fenwick, a clerk whose ledgers never balanced.', 'Fenwick'],
		['The village still mourns Hollis, a fisherman lost in a winter storm.', 'Hollis']
	];
	it.each(rows)('%s', (sentence, name) => {
		expect(alone(sentence)).not.toContain(name);
	});

	// Unchanged: a single word beside a noun for a thing, and a longer name beside one for a person.
	it.each([
		['The probe will study Europa, a moon of Jupiter.', 'Europa'],
		['Tamsin Shipping, the Cornish operator that runs two ferries, cut its fares.', 'Tamsin Shipping']
	])('%s', (sentence, name) => {
		expect(alone(sentence)).toContain(name);
	});
});
