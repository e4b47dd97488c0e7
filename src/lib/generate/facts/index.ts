import { escapeRegExp } from '../english';
import type { PlainDate } from '../calendar';
import { KIND_LIST, type ArticleIndex, type FindContext } from '../kinds';
import { directory } from '../kinds/person';
import { rating, scoreLine } from '../kinds/rating';
import type { Sentence } from '../sentences';
import { tokenize } from '../tokens';
import { normaliseAnswer } from '../../quiz/normalise';
import { extractPlacesAndOrganisations, statedKinds } from './entities';
import { PLACE_SUFFIXES, SPEECH_VERBS } from './lexicon';
import type { FactRecord, PersonFact, TaggedSentence } from './types';

export type { Fact, FactKind, FactOf, FactRecord, NumberForm, TaggedSentence } from './types';

/** Fact extraction reads at most this many characters of sentences, so a huge text still finishes. */
export const FACT_TEXT_LIMIT = 60_000;

/** Whether two half-open spans overlap. */
const overlaps = (a: { answerStart: number; answerEnd: number }, start: number, end: number) => a.answerStart < end && start < a.answerEnd;

/** Whether the article has a name say something of itself as "it": "X said (on Monday) (that) it …", "X said its …". */
function speaksAsIt(name: string, text: string): boolean {
	const verbs = [...SPEECH_VERBS].join('|');
	return new RegExp(`\\b${escapeRegExp(name)} (?:${verbs})(?: (?:on|in|last) \\p{L}+)?,? (?:that )?(?:it|its)\\b`, 'u').test(text);
}

/** The people of the article, without names that turn out to be the start of another name. */
function peopleOf(tagged: TaggedSentence[]) {
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
	for (const name of [...people.keys()]) if (new RegExp(`${escapeRegExp(name)} (?:${[...PLACE_SUFFIXES].join('|')})\\b`).test(allText)) people.delete(name);
	// "Halvard Ferries said on Monday that it would cut two routes": what speaks of itself as "it" is a body, not a person.
	for (const name of [...people.keys()]) if (speaksAsIt(name, allText)) people.delete(name);
	// "Dela Cruz told reporters": a name that ends another, longer one is that person's surname.
	for (const name of [...people.keys()]) if ([...people.keys()].some((o) => o.endsWith(` ${name}`))) people.delete(name);
	return people;
}

/**
 * Every fact of the article, sentence by sentence, each sentence read by every kind of
 * `KIND_LIST` in order. Headings give no facts, but for a review's score on a line of its own.
 * Only the first `FACT_TEXT_LIMIT` characters of sentences are read.
 */
export function extractFacts(sentences: Sentence[], published: PlainDate | null, onSentence?: (done: number, total: number) => void): FactRecord[] {
	const body = sentences.filter((s) => !s.heading);
	const headline = sentences.find((s) => s.heading && !s.dateline && s.index < (body[0]?.index ?? 0))?.text ?? '';
	// A review's stars under its headline ("Four stars", "★★★★☆") are a heading line that holds its verdict: the rating kind reads it.
	const scored = (s: Sentence) => s.heading && !s.dateline && s.text !== headline && scoreLine(s.text, headline) !== null;
	const tagged: TaggedSentence[] = [];
	let budget = FACT_TEXT_LIMIT;
	const read = sentences.filter((s) => !s.heading || scored(s));
	for (const s of read) {
		if (budget <= 0) break;
		budget -= s.text.length;
		tagged.push({ ...s, tokens: tokenize(s.text) });
		onSentence?.(tagged.length, read.length);
	}
	const article: ArticleIndex = { people: peopleOf(tagged), sentences: tagged, published, headline };
	const facts: FactRecord[] = [];
	const recent: PersonFact[] = [];
	let lastParagraph = -1;
	for (const s of tagged) {
		const own: FactRecord[] = [];
		const claimed: FactRecord[] = [];
		if (s.paragraph > lastParagraph + 1) recent.length = 0;
		const ctx: FindContext = { article, own, recent, taken: (start, end) => claimed.some((o) => overlaps(o, start, end)) };
		for (const kind of s.heading ? [rating] : KIND_LIST) {
			for (const f of kind.find(s, ctx)) {
				if (!kind.claims) own.push(f);
				else if (!ctx.taken(f.answerStart, f.answerEnd)) {
					own.push(f);
					claimed.push(f);
				}
			}
		}
		recent.push(...own.filter((f): f is PersonFact => f.kind === 'person'));
		lastParagraph = s.paragraph;
		own.sort((a, b) => a.answerStart - b.answerStart || a.kind.localeCompare(b.kind));
		facts.push(...own);
	}
	return withPlaceKinds(retypeClubs(facts), tagged);
}

/** Each place with every kind the article states for its name, in any sentence (see place-kinds.ts). */
function withPlaceKinds(facts: FactRecord[], tagged: TaggedSentence[]): FactRecord[] {
	const kinds = new Map<string, Set<string>>();
	for (const [name, kind] of tagged.flatMap(statedKinds)) kinds.set(name, (kinds.get(name) ?? new Set()).add(kind));
	return facts.map((f) => {
		const k = f.kind === 'place' ? kinds.get(normaliseAnswer(f.text)) : undefined;
		return k ? { ...f, kinds: [...k] } : f;
	});
}

/**
 * A name seen once as a club ("Porto Atlântico coach …") is a club everywhere, though "Porto"
 * alone looks like a city: otherwise a club would be offered among places, and a place among clubs.
 */
function retypeClubs(facts: FactRecord[]): FactRecord[] {
	const clubs = new Set(facts.filter((f) => f.kind === 'organisation' && f.nameClass === 'club').map((f) => f.text));
	if (clubs.size === 0) return facts;
	const isClub = (text: string) => clubs.has(text) || [...clubs].some((c) => c.startsWith(`${text} `) || text.startsWith(`${c} `));
	return facts.map((f): FactRecord => {
		if (f.kind === 'place' && isClub(f.text)) {
			const { text, sentence, start, end, answer, answerStart, answerEnd } = f;
			return { kind: 'organisation', text, sentence, start, end, answer, answerStart, answerEnd, key: `org|${f.key.replace(/^\w+\|/, '')}`, nameClass: 'club' };
		}
		if (f.kind === 'organisation' && f.nameClass !== 'club' && isClub(f.text)) return { ...f, nameClass: 'club' };
		return f;
	});
}
