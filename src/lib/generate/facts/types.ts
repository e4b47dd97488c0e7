import type { Sentence } from '../sentences';
import type { Token } from '../tokens';

export type FactKind = 'quantity' | 'person' | 'place' | 'organisation' | 'date' | 'quote' | 'named-thing';

/** A fact of the article, as the public API reports it. Offsets index into the prepared text. */
export interface Fact {
	kind: FactKind;
	/** The words as in the article. */
	text: string;
	value?: number;
	unit?: string;
	/** What a count counts: "Ukrainian drones". */
	counts?: string;
	/** For people: "the governor of the Tula region"; for named things: what the text says they are. */
	role?: string;
	speaker?: string;
	sentence: number;
	start: number;
	end: number;
}

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

/**
 * A fact with what the question builders need besides: the span a question blanks out
 * (`answerStart`/`answerEnd`, absolute offsets) and, by kind, the number's form, the person's
 * full name, the place's class, the date's resolved day.
 */
export interface FactRecord extends Fact {
	answer: string;
	answerStart: number;
	answerEnd: number;
	/** Identity across mentions: the full name of a person, the normalised text otherwise. */
	key: string;
	qualifier?: string;
	form?: NumberForm;
	placeClass?: 'country' | 'locality';
	/**
	 * The fine kind of a place or organisation, so a swap stays of the same kind: "journal" and
	 * "club" apart from other organisations, and "the" when the article writes the name after
	 * "the" ("the Sea of Azov" cannot become "the Kharkiv").
	 */
	nameClass?: string;
	/** compromise knows the place as a city: a "Which city …?" question may name it. */
	city?: boolean;
	/** ISO date when it could be resolved; `dateClass` says what kind of date was written. */
	iso?: string;
	dateClass?: 'year' | 'weekday' | 'month-day' | 'full' | 'month-year';
	/** An abbreviation's expansion: the named thing is an abbreviation. */
	abbreviation?: boolean;
}

/** A sentence with its tokens, as the extractors see it. */
export interface TaggedSentence extends Sentence {
	tokens: Token[];
}
