/*
 * The facts of expository text and of its kinds of claim: definitions, findings, causes and
 * consequences, changes and outcomes, how things work, rules, advice, arguments, where a work is
 * set, compound measures, the lead's claim and key terms. Apart from types.ts only for its length.
 */
import type { FactBase } from './types';

/** "Typhus, a fever spread by lice, …"; "Insulin is a hormone that …": `answer` is the term. */
export interface DefinitionFact extends FactBase {
	kind: 'definition';
	/** The article's whole words for what the term is ("a fever spread by lice"). */
	gloss: string;
	/** The abbreviation the article gives the term ("PRO"), which a typed answer may give instead. */
	abbreviation?: string;
}

/** "… form what is called a standing wave: a fixed pattern of …": `answer` is the name. */
export interface NamingFact extends FactBase {
	kind: 'naming';
	/** The question that asks for the name ("What is a fixed pattern of … called?"). */
	prompt: string;
	/** The thing named in the article's words, for a card's back, when the article describes it in a phrase. */
	description?: string;
	/** Asked as a blank in its sentence (`prompt` is then unused): a name given in an aside, whose thing only the sentence tells. */
	blank?: true;
}

/** "Each strip moves little heat, so a fridge would need kilograms of alloy": `answer` is the reason. */
export interface ExplanationFact extends FactBase {
	kind: 'explanation';
	/** "Why would a fridge need kilograms of alloy?": what the reason explains, asked. */
	prompt: string;
}

/** "The researchers found that …": `answer` is the whole clause found. */
export interface FindingFact extends FactBase {
	kind: 'finding';
	/** Who found or showed it ("the researchers", "the study"). */
	finder: string;
	/** The verb as the article has it ("found", "showed"). */
	verb: string;
	/** The subject of the found clause, which the question asks about ("reefs inside the reserves"). */
	topic: string;
	/**
	 * For a topic the article says many things about ("the lakes"), its verb and what follows it
	 * ("released", "an average of 31 milligrams …"), so the question asks that one thing.
	 */
	predicate?: { verb: string; rest: string };
	/** A topic no open "What did … find about …?" can carry: one the article says many things about, or one it never introduced. */
	open?: false;
}

/** "Northfield lost because …", "As a result, …": `answer` is the cause, `effect` what it caused. */
export interface CauseFact extends FactBase {
	kind: 'cause';
	effect: string;
}

/** "A drone damaged a power station, leading to local blackouts": `answer` is what followed, `event` what led to it. */
export interface ConsequenceFact extends FactBase {
	kind: 'consequence';
	event: string;
	/** For a condition ("If A, B"), the question as the sentence words it ("What will happen if A?"); `answer` is B. */
	prompt?: string;
}

/** "The price rose from 6 cents to 19 cents …": `answer` is the new value. */
export interface ChangeFact extends FactBase {
	kind: 'change';
	/** What changed ("the price of rye bread"). */
	subject: string;
	/** The verb as written ("rose") and its direction. */
	verb: string;
	up: boolean;
	/** The value it changed from, or "" when the article gives only the amount and the end. */
	from: string;
	/**
	 * A change as a report gives it (see kinds/change-by.ts): its amount ("8.4%", "9 basis points"),
	 * or "" for one reported end value first ("slowed to 3.1 per cent from 3.6 per cent").
	 */
	by?: string;
	/** What follows the values in the clause (" a loaf between December and February"). */
	rest: string;
}

/** "Harbour City won the final, beating Northfield": `answer` is the winner. */
export interface OutcomeFact extends FactBase {
	kind: 'outcome';
	/** What was won ("the National Cricket League final"), when the article says. */
	event?: string;
	/** The side beaten, when the article names it. */
	loser?: string;
	/** Set on the fact of a game's score (its answer), to the side that won. */
	winner?: string;
	/** Set on the fact of what a game gave one player ("named the final's most valuable player", "sent off"): its answer. */
	award?: string;
	/** Set on the fact of who decided a game ("thanks to a header from Okonjo"): how ("header"), its answer whose; `score` the game's. */
	decider?: string;
	score?: string;
	/** Set when the article names the beaten side in this sentence only: a side result, not the report's outcome. */
	aside?: boolean;
}

/** "The machine works by pumping …", "The tank acts like a battery": `answer` is how it works or what it does. */
export interface MechanismFact extends FactBase {
	kind: 'mechanism';
	/** The thing that works so, as it reads inside a question ("the machine"). */
	subject: string;
	/**
	 * `does`: what a part does, in the present tense ("the compressor squeezes the gas …"); `when`: when it
	 * happens ("bleaching happens when …"); `by`: how someone did a thing ("worked out the mass by tracking …"), asked with `aux`.
	 */
	how: 'works-by' | 'acts-as' | 'designed-to' | 'allows' | 'does' | 'when' | 'by';
	/** The verb as written ("works", "acts", "lets"). */
	verb: string;
	/** "as" or "like" after "acts"; whom "lets"/"allows" lets ("you"); what a `by` method acts on ("Quillon's mass"). */
	object?: string;
	/** The auxiliary a `by` question opens on ("did", "does"). */
	aux?: string;
}

/** "Shops must take back bottles", "Milk is exempt from the deposit": `answer` is what is required, or what a rule covers. */
export interface RequirementFact extends FactBase {
	kind: 'requirement';
	/** Who must, or the rule that requires ("the law"); for `exempt` and `added`, what the rule puts aside or adds to. */
	subject: string;
	rule: 'must' | 'requires' | 'exempt' | 'added';
	verb: string;
	/** Whom a rule requires to act ("shops"). */
	object?: string;
	/** Where or when a rule needs what it requires ("at sites with known faults"), asked in the question. */
	where?: string;
}

/** "The inspector recommended a three-span bridge", "The main risk is …", "Results may differ …": `answer` is the advice, risk or caveat. */
export interface AdviceFact extends FactBase {
	kind: 'advice';
	/** Who recommends, who should act, what the risk is of, or what the caveat is about. */
	subject: string;
	sort: 'recommend' | 'should' | 'risk' | 'caveat';
	verb: string;
}

/** "The author argues that …", "The reviewer's main criticism is …": `answer` is the argued clause or the verdict. */
export interface ArgumentFact extends FactBase {
	kind: 'argument';
	/** Who argues ("the author" for the writer's own "I"). */
	arguer: string;
	/** The verb phrase as the question takes it ("argue", "has come to believe"), or the noun of a verdict ("criticism"). */
	verb: string;
	/** What the argued clause is about (its subject), or "" for a verdict. */
	topic: string;
}

/** "The play is set in Port Aske in 1934": `answer` is the place (`where`) or the time (`when`) a work is set in. */
export interface SettingFact extends FactBase {
	kind: 'setting';
	/** The work's title, as the review quotes it. */
	work: string;
	aspect: 'where' | 'when';
	/** The preposition after "set" ("in", "aboard", "during"). */
	preposition: string;
	/** The place's description in apposition ("a herring town on the north coast"). */
	detail?: string;
}

/** "2 hours 35 minutes", "5 ft 11 in": a measure in two units, `answer` the whole of it. */
export interface MeasureFact extends FactBase {
	kind: 'measure';
	/** The whole measure in the smaller unit (155 for "2 hours 35 minutes"). */
	total: number;
	/** How many of the smaller unit make one of the larger (60). */
	ratio: number;
	/** The two units as written ("hours", "minutes"). */
	big: string;
	small: string;
	/** Decimal places of the smaller part ("34.81 seconds": 2). */
	decimals: number;
}

/** The lead's main claim: "A joint research expedition has recovered living microbes from …": `answer` is the object. */
export interface LeadFact extends FactBase {
	kind: 'lead';
	/** The question that asks for the object ("What has a joint research expedition recovered?"). */
	asked: string;
	/** The object with the rest of its clause, or a study's whole claim. */
	complement: string;
	/** The claim as the article states it, without opener or attribution. */
	clause: string;
	/** The claim with its direction or degree turned ("more" → "less"), when a word of it can turn. */
	turned?: string;
}

/** A noun phrase the article repeats and that is rare in general English. */
export interface KeyTermFact extends FactBase {
	kind: 'key-term';
	mentions: number;
}

/** "Rating: three stars out of five": a review's verdict as a score; `answer` is the score as written. */
export interface RatingFact extends FactBase {
	kind: 'rating';
	value: number;
	/** The top of the scale (5 in "out of five"). */
	scale: number;
	/** Whether the article counts the score in stars. */
	stars: boolean;
	/** The reviewed work as the headline names it, or "" when it names none. */
	work: string;
}

/** "The council approved the scheme by 27 votes to 8": `answer` is the tally as written. */
export interface VoteFact extends FactBase {
	kind: 'vote';
	/** Who voted ("Kelderby's municipal council"). */
	body: string;
	/** What they did with it: "approved", "rejected", "passed", …, "voted in favour of", "voted against". */
	verb: string;
	/** What was voted on ("the €58 million district heating scheme"). */
	motion: string;
}

/** "The committee voted on Tuesday to set up a fund": `answer` is the deed ("to set up a fund"). */
export interface DecisionFact extends FactBase {
	kind: 'decision';
	/** Who decided, as it reads inside a question ("the county council's emergency committee"). */
	body: string;
	/** The question in the sentence's own tense ("What has X agreed to do?", "What did X vote to do?"). */
	prompt: string;
}
