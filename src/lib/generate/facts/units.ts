/**
 * Units a number can carry, longest first so "square kilometres" wins over "kilometres". A
 * number followed by one of these has a unit; followed by another plural noun, it is a count.
 * Money named in words after the number belongs here too: "20 pence" or "500 yen" has no plural
 * "-s" to read it as a count by, and a bare number is never asked.
 */
export const UNIT_WORDS = [
	'square kilometres',
	'square kilometers',
	'square miles',
	'square metres',
	'square meters',
	'degrees Celsius',
	'degrees Fahrenheit',
	'degrees',
	'kilometres per hour',
	'kilometers per hour',
	'miles per hour',
	'km/h',
	'mph',
	'kilometres',
	'kilometers',
	'km',
	'metres',
	'meters',
	'miles',
	'feet',
	'centimetres',
	'centimeters',
	'millimetres',
	'millimeters',
	'inches',
	'kilograms',
	'kg',
	'tonnes',
	'tons',
	'grams',
	'pounds',
	'litres',
	'liters',
	'gallons',
	'hectares',
	'acres',
	'hours',
	'minutes',
	'seconds',
	'days',
	'weeks',
	'months',
	'years',
	'decades',
	'centuries',
	'megawatts',
	'kilowatts',
	'gigawatts',
	'kilonewtons',
	'pesos',
	'dong',
	'kroner',
	'krone',
	'euros',
	'dollars',
	'yuan',
	'rupees',
	'shillings',
	'francs',
	'rubles',
	'roubles',
	'hryvnias',
	'U.S. cents',
	'cents',
	'pence',
	'yen',
	'rand',
	'zlotys',
	'kronor',
	'baht',
	'naira',
	'dirhams',
	'per cent',
	'percent',
	'mile',
	'metre',
	'meter',
	'kilometre',
	'kilometer',
	'hour',
	'minute',
	'second',
	'day',
	'week',
	'month',
	'year',
	'degree',
	'kilogram',
	'tonne'
];

const UNIT_RE = new RegExp(`^ (${UNIT_WORDS.map((u) => u.replace(/[./]/g, '\\$&')).join('|')})(?![\\p{L}])`, 'u');

/** The unit right after a number (the text starts just after the number), or null. */
export function readUnit(after: string): string | null {
	return UNIT_RE.exec(after)?.[1] ?? null;
}

/** Whether a unit is a length of time: those read "how long", not "how many". */
export function isTimeUnit(unit: string): boolean {
	return /^(?:hour|minute|second|day|week|month|year|decade|centur)/.test(unit);
}
