import { describe, expect, it } from 'vitest';
import { cardOf } from './test-helpers';

describe('a “Why …?” keeps who reported the effect when a pronoun ties them to the story', () => {
	// Each row: a text, and its cause card's front (null: the frame "people who took it reported that" cannot be cut off).
	const table: [string, string | null][] = [
		['The first drug in the class also blocked a taste receptor. As a result, many people who took it reported that food tasted metallic or salty.', null],
		['The pumps were switched off overnight for repairs. As a result, residents living near them said that the water tasted strongly of chlorine.', null],
		['Farmers who grow it said that yields fell sharply last year because the spring was unusually dry.', null],
		['Drivers who use it reported that the road was much quieter because the new surface absorbs sound.', null],
		// Near misses: a frame that only says who found or said it.
		['The study found that the lakes warmed quickly because nearby glaciers retreated.', 'Why did the lakes warm quickly?'],
		['Officials said that the bridge closed in March because the steel cables had corroded.', 'Why did the bridge close in March?'],
		['The inspectors reported that the tram could not stop because a worn part had not been replaced.', 'Why could the tram not stop?'],
		['Many residents reported that the water tasted of chlorine because the plant had raised its dose.', 'Why did the water taste of chlorine?']
	];
	it.each(table)('%s', (text, expected) => expect(cardOf(text, 'cause')?.[0] ?? null).toBe(expected));
});
