import { describe, expect, it } from 'vitest';
import { factsOf } from '../kinds/test-helpers';

/** The role the text gives `name` as a person; null when it names no such person. */
const roleOf = (text: string, name: string) => {
	const found = factsOf(text, 'person').find((f) => f.key === name);
	return found ? (found.role ?? '') : null;
};

describe('a noun for a person before "named" or "called" makes the name a person', () => {
	const table: [string, string, string | null][] = [
		['The lighthouse was kept by a widower named Ezra Colley for thirty years.', 'Ezra Colley', 'a widower'],
		['She shared a desk with a junior clerk called Hamish Tait until the spring. Tait left in May.', 'Hamish Tait', 'a junior clerk'],
		['The coins were found by a retired teacher named Olwen Pryce. Pryce handed them in.', 'Olwen Pryce', 'a retired teacher'],
		['The team hired an unknown painter called Ivo Strand to finish the mural. Strand took a year.', 'Ivo Strand', 'an unknown painter'],
		['In the second act we meet the heroine’s aunt, a seamstress and widow named Clem Rusk.', 'Clem Rusk', 'a seamstress and widow'],
		['His only ally is a young nephew called Tam Ferris, who reads the letters aloud. Ferris is twelve.', 'Tam Ferris', 'a young nephew'],
		// Near misses: a ship, a village and a horse are named too, and are no people.
		['The crew sailed on a schooner named Grey Heron from the north quay.', 'Grey Heron', null],
		['They settled in a village called Lower Marsby near the estuary.', 'Lower Marsby', null],
		['The race was won by a mare named Silver Ballad at long odds.', 'Silver Ballad', null]
	];
	it.each(table)('%s', (text, name, role) => {
		expect(roleOf(text, name)).toBe(role);
	});
});

describe('a role that the name completes after "is" or "was"', () => {
	const table: [string, string, string | null][] = [
		['The book is set on a whaling island. Its narrator is Ruth Callan, a cook’s daughter.', 'Ruth Callan', 'a cook’s daughter'],
		['The film follows two brothers. Its hero is Dario Venn.', 'Dario Venn', 'the film’s hero'],
		['The surprise winner was Nadia Oyelowo, who had never raced abroad.', 'Nadia Oyelowo', 'the surprise winner'],
		['The new manager is Gareth Lyle; he starts in September.', 'Gareth Lyle', 'the new manager'],
		['It was a long night. Her lawyer was Anton Reece.', 'Anton Reece', 'lawyer'],
		['The opera opens in Venice. Its composer is Ilse Marten.', 'Ilse Marten', 'the opera’s composer'],
		// Near misses: a place or a title after "is", and a name that goes on into its own clause.
		['The capital is Port Henley, on the south coast.', 'Port Henley', null],
		['The problem is Harbour Road, which floods every winter.', 'Harbour Road', null]
	];
	it.each(table)('%s', (text, name, role) => {
		expect(roleOf(text, name)).toBe(role);
	});
});

describe('an appositive whose head is a noun for a person, and an age after "aged"', () => {
	const table: [string, string, string | null][] = [
		['Tobin Harle, a clockmaker who mended church bells, died on Friday.', 'Tobin Harle', 'a clockmaker'],
		['Her father, Silas Brede, a harpist, taught her to read music.', 'Silas Brede', 'a harpist'],
		['The letters went to Ada Quell, the daughter of a ferryman, in 1902.', 'Ada Quell', 'the daughter of a ferryman'],
		['Lotte Vane, aged nineteen, a novelist from Hull, won the prize. Vane wept.', 'Lotte Vane', 'a novelist from Hull'],
		['Among the dead was Piet Amsel, aged 16. Amsel had joined the crew that week.', 'Piet Amsel', ''],
		['Owen Tarr, aged forty-two, rowed alone across the bay. Tarr slept for a day.', 'Owen Tarr', ''],
		// Near misses: a firm, a village and a café in apposition are no people.
		['They bought the engine from Corven Marr, a small firm of clockmakers, in 1960.', 'Corven Marr', null],
		['She grew up in Dunmere Cross, a railway village, before the war.', 'Dunmere Cross', null],
		['We met at Lamp Room, a café near the river in Stanmoor.', 'Lamp Room', null],
		['Brannock Ferries, the Scottish operator that runs four routes, said its profit rose. Ferries expects more.', 'Brannock Ferries', null]
	];
	it.each(table)('%s', (text, name, role) => {
		expect(roleOf(text, name)).toBe(role);
	});
});
