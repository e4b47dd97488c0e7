import type { PlainDate } from '../calendar';
import type { Sentence } from '../sentences';
import { tokenize } from '../tokens';
import { extractDates } from './dates';
import { entity, extractPlacesAndOrganisations } from './entities';
import { extractNamedThings } from './named-things';
import { capitalisedRuns, withText } from './names';
import { PLACE_SUFFIXES } from './lexicon';
import { personCue } from './people';
import { extractQuantities } from './quantities';
import { attributes, findQuotes, quoteFact } from './quotes';
import type { FactRecord, TaggedSentence } from './types';

export type { Fact, FactKind, FactRecord, NumberForm, TaggedSentence } from './types';

/** Fact extraction reads at most this many characters of sentences, so a huge text still finishes. */
export const FACT_TEXT_LIMIT = 60_000;

interface Person {
	name: string;
	role?: string;
}

/** Pass one: the people the article names in full, with the first role it gives each. */
function directory(sentences: TaggedSentence[]): Map<string, Person> {
	const people = new Map<string, Person>();
	for (const s of sentences) {
		for (const run of withText(capitalisedRuns(s.tokens, false), s.text)) {
			const cue = personCue(s.tokens, run, s.text);
			if (!cue?.strong) continue;
			const known = people.get(run.text);
			if (!known) people.set(run.text, { name: run.text, role: cue.role });
			else if (!known.role && cue.role) known.role = cue.role;
		}
	}
	return people;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The full name a one-word mention stands for ("Zelensky" -> "Volodymyr Zelensky"), if unique. */
function fullNameOf(word: string, people: Map<string, Person>): string | undefined {
	const matches = [...people.keys()].filter((n) => {
		const parts = n.split(/\s+/);
		return parts[parts.length - 1] === word || (parts.length === 3 && parts[2] === word);
	});
	return matches.length === 1 ? matches[0] : undefined;
}

function peopleOf(s: TaggedSentence, people: Map<string, Person>): FactRecord[] {
	const out: FactRecord[] = [];
	for (const run of withText(capitalisedRuns(s.tokens, false), s.text)) {
		const words = run.text.split(/\s+/);
		const full = people.has(run.text) ? run.text : words.length <= 2 ? fullNameOf(words[words.length - 1], people) : undefined;
		if (!full) continue;
		const cue = personCue(s.tokens, run, s.text);
		out.push({ ...entity(s, run, 'person', full), role: cue?.role });
	}
	return out;
}

const PRONOUN_ATTRIBUTION = /\b(?:he|she)\s+(?:said|added|says|told|posted|wrote|warned|explained|noted|continued)\b|\b(?:said|added)\s+(?:he|she)\b/i;

/**
 * The speaker of each quote: a person named in the attribution, or, for "he said", the last
 * person named in this or the previous two sentences of the same or previous paragraph.
 */
function quotesOf(s: TaggedSentence, own: FactRecord[], recent: FactRecord[]): FactRecord[] {
	const out: FactRecord[] = [];
	for (const q of findQuotes(s)) {
		if (!attributes(q.attribution)) continue;
		const named = own.find((f) => f.kind === 'person' && (f.answerStart >= q.end || f.answerEnd <= q.start));
		if (named) out.push(quoteFact(s, q, named.key));
		else if (PRONOUN_ATTRIBUTION.test(q.attribution) && recent.length > 0) out.push(quoteFact(s, q, recent[recent.length - 1].key));
	}
	return out;
}

/** Whether two half-open spans overlap. */
const overlaps = (a: { answerStart: number; answerEnd: number }, start: number, end: number) => a.answerStart < end && start < a.answerEnd;

/**
 * Every fact of the article, sentence by sentence, in order: quantities, dates, people, places,
 * organisations, named things and quotes. Headings give no facts. Only the first
 * `FACT_TEXT_LIMIT` characters of sentences are read.
 */
export function extractFacts(sentences: Sentence[], published: PlainDate | null, onSentence?: (done: number, total: number) => void): FactRecord[] {
	const body = sentences.filter((s) => !s.heading);
	const tagged: TaggedSentence[] = [];
	let budget = FACT_TEXT_LIMIT;
	for (const s of body) {
		if (budget <= 0) break;
		budget -= s.text.length;
		tagged.push({ ...s, tokens: tokenize(s.text) });
		onSentence?.(tagged.length, body.length);
	}
	const people = directory(tagged);
	// "Tan Phat said …" looks like a person; it is the start of "Tan Phat Electronics".
	const orgNames = tagged.flatMap((s) =>
		extractPlacesAndOrganisations(s, () => false)
			.filter((f) => f.kind === 'organisation')
			.map((f) => f.text)
	);
	for (const name of [...people.keys()]) if (orgNames.some((o) => o !== name && o.startsWith(`${name} `))) people.delete(name);
	// "Davao Oriental province" elsewhere: a name before a place word is a place, whatever cue it had here.
	const allText = tagged.map((s) => s.text).join(' ');
	for (const name of [...people.keys()]) if (new RegExp(`${escape(name)} (?:${[...PLACE_SUFFIXES].join('|')})\\b`).test(allText)) people.delete(name);
	// "Dela Cruz told reporters": a name that ends another, longer one is that person's surname.
	for (const name of [...people.keys()]) if ([...people.keys()].some((o) => o.endsWith(` ${name}`))) people.delete(name);
	const facts: FactRecord[] = [];
	const mentioned: FactRecord[] = [];
	let lastParagraph = -1;
	for (const s of tagged) {
		const own: FactRecord[] = [];
		const add = (f: FactRecord) => {
			if (!own.some((o) => o.kind !== 'quote' && f.kind !== 'quote' && overlaps(o, f.answerStart, f.answerEnd))) own.push(f);
		};
		peopleOf(s, people).forEach(add);
		const taken = (start: number, end: number) => own.some((o) => overlaps(o, start, end));
		extractNamedThings(s, taken).forEach(add);
		extractPlacesAndOrganisations(s, taken).forEach(add);
		extractDates(s, published).forEach(add);
		extractQuantities(s).forEach(add);
		if (s.paragraph > lastParagraph + 1) mentioned.length = 0;
		quotesOf(s, own, mentioned).forEach(add);
		mentioned.push(...own.filter((f) => f.kind === 'person'));
		lastParagraph = s.paragraph;
		own.sort((a, b) => a.answerStart - b.answerStart || a.kind.localeCompare(b.kind));
		facts.push(...own);
	}
	return retypeClubs(facts);
}

/**
 * A name seen once as a club ("Porto Atlântico coach …") is a club everywhere, though "Porto"
 * alone looks like a city: otherwise a club would be offered among places, and a place among clubs.
 */
function retypeClubs(facts: FactRecord[]): FactRecord[] {
	const clubs = new Set(facts.filter((f) => f.nameClass === 'club').map((f) => f.text));
	if (clubs.size === 0) return facts;
	const isClub = (text: string) => clubs.has(text) || [...clubs].some((c) => c.startsWith(`${text} `) || text.startsWith(`${c} `));
	return facts.map((f) =>
		(f.kind === 'place' || f.kind === 'organisation') && f.nameClass !== 'club' && isClub(f.text)
			? { ...f, kind: 'organisation', key: `org|${f.key.replace(/^\w+\|/, '')}`, nameClass: 'club', placeClass: undefined }
			: f
	);
}
