import type { Sentence } from '../sentences';
import type { Token } from '../tokens';
import type {
	DefinitionFact,
	NamingFact,
	ExplanationFact,
	FindingFact,
	CauseFact,
	ConsequenceFact,
	ChangeFact,
	OutcomeFact,
	MechanismFact,
	RequirementFact,
	AdviceFact,
	ArgumentFact,
	SettingFact,
	MeasureFact,
	LeadFact,
	KeyTermFact,
	RatingFact,
	VoteFact,
	DecisionFact
} from './claim-types';
import type { QuantityFact, PersonFact, PlaceFact, OrganisationFact, DateFact, QuoteFact, NamedThingFact } from './entity-types';

export type * from './claim-types';
export type * from './entity-types';

/**
 * A relation the sentence names in so many words, asked by its own clause: a list a colon
 * announces ("Several products are exempt: milk, …" → "Which products are exempt?"), what a thing
 * was the result of ("The decline was mainly the result of …"), or the reasoning behind an act
 * ("…, reasoning that the job would only be done once"), or what the article ranks first or last
 * ("The final room … is the weakest"), or what a body expects ("Kestrel now expects revenue of …").
 * `answer` is the list, source, reason, what is ranked or what is expected.
 */
export interface AnnouncedFact extends FactBase {
	kind: 'announced';
	sort: 'list' | 'source' | 'reason' | 'ranked' | 'expected';
	prompt: string;
}

/**
 * "Shading the reef cut bleaching by more than half", "It raised its forecast to $4.40 a share":
 * what an action did to a thing, and by how much or to what. `answer` is the amount ("more than
 * half") or the new value; the action is `agent`, the thing `object`.
 */
export interface EffectFact extends FactBase {
	kind: 'effect';
	/** The action or thing that made the change, as it reads inside a question ("shading the reef"). */
	agent: string;
	/** The verb's base form ("cut", "raise") and the auxiliary a question takes ("did", "will", "could"). */
	verb: string;
	aux: string;
	/** What was changed ("bleaching on the reef"). */
	object: string;
	/** The amount as a percentage, when it is one (40 for "about 40 percent"). */
	percent?: number;
	/** `by`: the answer is how much ("by more than half"); `to`: the value the thing was brought to ("to $4.30 a share"). */
	form: 'by' | 'to';
	/** For `to`, the value it was brought from, when the article says. */
	from?: string;
	/** The time the sentence opens on ("In 2016"), which the question keeps to say which event. */
	when?: string;
}

/**
 * The kinds of fact the generator reads. Each kind has one module in `kinds/` (how it is found,
 * asked and scored), registered in `kinds/index.ts`.
 */
export type FactKind =
	| 'quantity'
	| 'person'
	| 'place'
	| 'organisation'
	| 'date'
	| 'quote'
	| 'named-thing'
	| 'definition'
	| 'naming'
	| 'finding'
	| 'cause'
	| 'explanation'
	| 'consequence'
	| 'change'
	| 'effect'
	| 'outcome'
	| 'mechanism'
	| 'requirement'
	| 'advice'
	| 'argument'
	| 'setting'
	| 'measure'
	| 'key-term'
	| 'lead'
	| 'rating'
	| 'vote'
	| 'decision'
	| 'announced'
	| 'death-cause'
	| 'made-when';

/**
 * What every fact has: the words as in the article (`text`, at `start`/`end`), its sentence,
 * the span a question asks for (`answer` at `answerStart`/`answerEnd`, absolute offsets) and
 * `key`, its identity across mentions (a person's full name, the normalised text otherwise).
 */
export interface FactBase {
	text: string;
	sentence: number;
	start: number;
	end: number;
	answer: string;
	answerStart: number;
	answerEnd: number;
	key: string;
}

/** "Her son said the cause was heart failure": `answer` is the cause, `who` the person who died. */
export interface DeathCauseFact extends FactBase {
	kind: 'death-cause';
	who: string;
}

/** "The “Black Ledger” series was made as the shipyards closed": `answer` is the circumstance; `prompt` asks for it ("When was … made?"). */
export interface MadeWhenFact extends FactBase {
	kind: 'made-when';
	prompt: string;
}

export type FactRecord =
	| ConsequenceFact
	| QuantityFact
	| PersonFact
	| PlaceFact
	| OrganisationFact
	| DateFact
	| QuoteFact
	| NamedThingFact
	| DefinitionFact
	| NamingFact
	| FindingFact
	| CauseFact
	| ExplanationFact
	| ChangeFact
	| EffectFact
	| OutcomeFact
	| MechanismFact
	| RequirementFact
	| AdviceFact
	| ArgumentFact
	| SettingFact
	| MeasureFact
	| KeyTermFact
	| LeadFact
	| RatingFact
	| VoteFact
	| AnnouncedFact
	| DecisionFact
	| DeathCauseFact
	| MadeWhenFact;

/** The fact of a kind: `FactOf<'date'>` is `DateFact`. */
export type FactOf<K extends FactKind> = Extract<FactRecord, { kind: K }>;

/** A fact of the article, as the public API reports it. Offsets index into the prepared text. */
export interface Fact {
	kind: FactKind;
	text: string;
	sentence: number;
	start: number;
	end: number;
	answer: string;
}

/** A sentence with its tokens, as the extractors see it. */
export interface TaggedSentence extends Sentence {
	tokens: Token[];
}
