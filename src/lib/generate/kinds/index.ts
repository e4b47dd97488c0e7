import type { FactKind, FactRecord } from '../facts/types';
import type { Candidate } from '../questions/candidate';
import { advice } from './advice';
import { announced } from './announced';
import { argument } from './argument';
import { cause } from './cause';
import { change } from './change';
import { consequence } from './consequence';
import { date } from './date';
import { deathCause } from './death-cause';
import { decision } from './decision';
import { definition } from './definition';
import { effect } from './effect';
import { explanation } from './explanation';
import { finding } from './finding';
import { keyTerm } from './key-term';
import { lead } from './lead';
import { madeWhen } from './made-when';
import type { AskContext, FactKindModule } from './kind';
import { measure } from './measure';
import { mechanism } from './mechanism';
import { namedThing } from './named-thing';
import { naming } from './naming';
import { organisation } from './organisation';
import { outcome } from './outcome';
import { person } from './person';
import { place } from './place';
import { quantity } from './quantity';
import { quote } from './quote';
import { rating } from './rating';
import { requirement } from './requirement';
import { setting } from './setting';
import { vote } from './vote';

export type { ArticleIndex, AskContext, FactKindModule, FindContext, Person } from './kind';

/**
 * Every fact kind, in the order sentences are read: a kind that claims its words wins them
 * from the kinds after it (a person's name is never also a place). A new kind is one module
 * here and its tests; the type makes a missing kind a compile error.
 */
export const KINDS = {
	person,
	'named-thing': namedThing,
	place,
	organisation,
	date,
	measure,
	quantity,
	quote,
	definition,
	naming,
	finding,
	cause,
	explanation,
	consequence,
	change,
	effect,
	outcome,
	mechanism,
	requirement,
	advice,
	announced,
	argument,
	setting,
	'key-term': keyTerm,
	lead,
	rating,
	vote,
	decision,
	'death-cause': deathCause,
	'made-when': madeWhen
} satisfies { [K in FactKind]: FactKindModule<K> };

/**
 * A module seen through the common interface. TypeScript cannot tie a fact's kind to its
 * module's parameter type, so the cast lives here alone: a module only ever receives facts that
 * it found itself or that `moduleOf` looked up by their own kind.
 */
type AnyKindModule = (typeof KINDS)[FactKind];
const erase = (m: AnyKindModule) => m as unknown as FactKindModule<FactKind>;

/** Every fact kind's name, in reading order. */
export const FACT_KINDS = Object.keys(KINDS) as FactKind[];

/** The kind modules in reading order. */
export const KIND_LIST: FactKindModule<FactKind>[] = Object.values(KINDS).map(erase);

const moduleOf = (fact: FactRecord): FactKindModule<FactKind> => erase(KINDS[fact.kind]);

/** The candidate questions the fact's kind phrases for it. */
export const askFact = (fact: FactRecord, ctx: AskContext): Candidate[] => moduleOf(fact).ask(fact, ctx);

/** The fact's kind's score bonus (see `rank.ts`). */
export const scoreFact = (fact: FactRecord): number => moduleOf(fact).score(fact);
