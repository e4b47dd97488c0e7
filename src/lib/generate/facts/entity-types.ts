/*
 * The facts of names and figures: quantities (with how their number was written), people, places,
 * organisations, dates, quotes and named things. Apart from types.ts only for its length.
 */
import type { FactBase } from './types';

/** How a number was written, so distractors and false statements can be written the same way. */
export interface NumberForm {
	/** "$", "€", "US$" or "". */
	currency: string;
	/** The number before any multiplier, as a value: 4.2 in "$4.2 billion". */
	base: number;
	/** " million", " billion" (with its space) or "". */
	multiplier: string;
	/** "%", " percent", " per cent" or "". */
	percent: string;
	/** Decimal places written. */
	decimals: number;
	/** Written with thousands separators ("41,870"). */
	commas: boolean;
	/** Written in words ("seventeen"); `capital` when the first letter was upper case. */
	words: boolean;
	capital: boolean;
}

export interface QuantityFact extends FactBase {
	kind: 'quantity';
	value: number;
	unit?: string;
	/** What a count counts: "Ukrainian drones". */
	counts?: string;
	/** "over", "about", "at least": what the article says about the number's precision. */
	qualifier?: string;
	form: NumberForm;
}

export interface PersonFact extends FactBase {
	kind: 'person';
	/** "the governor of the Tula region". */
	role?: string;
	/** The gender the article shows for the person (a title, a given name, the pronouns), when it shows one. */
	gender?: 'he' | 'she';
}

export interface PlaceFact extends FactBase {
	kind: 'place';
	placeClass: 'country' | 'locality';
	/** The fine sort of the place ("river", "continent", "named", "locality|the"); swaps stay within it. */
	nameClass: string;
	/** compromise knows the place as a city: a "Which city …?" question may name it. */
	city?: boolean;
	/** The kinds of place the article says it is ("settlement" for "the town of …", "island", "moon"): see place-kinds.ts. */
	kinds?: string[];
}

export interface OrganisationFact extends FactBase {
	kind: 'organisation';
	/** "journal", "club", or "organisation" (with "|the" when the article writes "the" before it). */
	nameClass: string;
}

export interface DateFact extends FactBase {
	kind: 'date';
	/** The year, for years and "month year". */
	value?: number;
	/** ISO date when it could be resolved. */
	iso?: string;
	dateClass: 'year' | 'weekday' | 'month-day' | 'full' | 'month-year';
}

export interface QuoteFact extends FactBase {
	kind: 'quote';
	/** The speaker's full name (also the answer). */
	speaker: string;
}

export interface NamedThingFact extends FactBase {
	kind: 'named-thing';
	/** What the text says the thing is, or an abbreviation's expansion. */
	role: string;
	abbreviation: boolean;
}
