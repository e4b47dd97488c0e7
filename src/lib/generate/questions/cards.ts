import { entityDistractors, arrange } from '../distractors';
import { DEMONSTRATIVE_NOUN } from '../english';
import { ROLE_NOUNS } from '../facts/lexicon';
import { isDemonym } from '../facts/lexicon';
import { appositiveAfter, ROLE_MODIFIERS } from '../facts/people';
import type { FactRecord, NamedThingFact, PersonFact, QuoteFact } from '../facts/types';
import type { Sentence } from '../sentences';
import { fitBack, weakFront } from './card-backs';
import { candidate, questionId, sourceOf, type Candidate } from './candidate';
import { passerBy } from './card-passer-by';
import { wholeClause } from './card-whole';
import { joined } from './standalone';
import { subjectPredicate } from './who';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Closes a curly quote the role left open: `Ukraine’s “drone tsar` -> `Ukraine’s “drone tsar”`. */
function balanceQuotes(s: string): string {
	const open = (s.match(/“/g) ?? []).length;
	const close = (s.match(/”/g) ?? []).length;
	return open > close ? `${s}”` : s;
}

/** "Striker", "Chief executive": a title made only of role words, naming no team, place or body. */
export function genericRole(role: string): boolean {
	return role.split(/\s+/).every((w) => ROLE_NOUNS.has(w.toLowerCase()) || ROLE_MODIFIERS.has(w.toLowerCase()));
}

/**
 * The back of a person's card. A bare title ("Striker", "Engineer") says too little to learn, so
 * it takes what the article says the person did: "Engineer who designed the drill at …".
 * Null when a bare title is all there is.
 */
/** "Spanish player", "British engineer": a nationality and a title tell nothing of why the person is in the article. */
const bareRole = (role: string) => role.split(/\s+/).every((w) => ROLE_NOUNS.has(w.toLowerCase()) || ROLE_MODIFIERS.has(w.toLowerCase()) || isDemonym(w));

const BIOGRAPHY = /^(?:was born|grew up|was raised|lives|lived|studied|moved|married|trained)\b/i;

function personBack(fact: PersonFact, sentence: Sentence): string | null {
	const role = fact.role ?? '';
	const title = role.replace(/^(?:the|a|an) /i, '');
	const rest = sentence.text.slice(fact.answerEnd - sentence.start);
	// "Halina Brzoska, the civil engineer who designed …": the role in apposition, then what she did.
	const apposed = role !== '' && rest.startsWith(`, ${role} who `);
	if (role && !apposed && !genericRole(title) && !bareRole(title)) return role;
	const at = fact.answerEnd - sentence.start + (apposed ? role.length + 2 : 0);
	const after = sentence.text.slice(at);
	// "who rates the stock “buy”": a quoted term of up to three words is part of the clause (a comma
	// inside its marks ends the clause); a longer quotation is not, and a clause stopped before one is cut short.
	const relative = /^,? who ((?:[^,;:—–(“”"]|[“"][^\s“”"]+(?: [^\s“”"]+){0,2}[”"])+)/.exec(after);
	// "who said the vote, set for June, would be held in private": the clause goes on past its first comma.
	const end = at + (relative?.[0].length ?? 0);
	const clause = relative ? wholeClause(sentence.text, end - relative[1].length, end) : null;
	// "who grew up in Cần Thơ" is biography; the card should say what the person did in the story.
	const did =
		clause &&
		clause.length >= 8 &&
		!/^\s*[“"]/.test(after.slice(relative?.[0].length)) &&
		!/\b(?:he|she|him|her|they|them|it)\b/i.test(clause) &&
		!BIOGRAPHY.test(clause)
			? clause.replace(/[,.]([”"])[^]*$/, '$1').replace(/[\s.]+$/, '')
			: subjectPredicate(sentence, fact);
	// "keeps the cast moving around this awkward space": a "this" the card never shows points at nothing.
	if (!did || BIOGRAPHY.test(did) || DEMONSTRATIVE_NOUN.test(did)) return null;
	// No role at all ("Samuel Tesfaye won the 1500 metres …"): what the person did is the card.
	return role ? `${role} who ${did}` : did;
}

/**
 * "Holm, the Norwegian forward who joined the club last summer, …" after "Kristian Holm scored …":
 * a mention by surname that gives a role in apposition is the person's card, with the full name as
 * its front (the fact's key). Null for any other short mention, which says nothing of who they are.
 */
export function surnameRole(fact: PersonFact, sentence: Sentence): PersonFact | null {
	if (fact.text === fact.key || !fact.key.endsWith(` ${fact.text}`)) return null;
	const role = appositiveAfter(sentence.text, fact.answerEnd - sentence.start, true);
	// The text becomes the full name the card shows; the fact keeps its place in the sentence.
	return role ? { ...fact, role, text: fact.key } : null;
}

/** Flashcards: a person's name with their role, a named thing with what it is. */
export function cardQuestions(fact: PersonFact | NamedThingFact, sentence: Sentence, all: FactRecord[] = []): Candidate[] {
	const source = sourceOf(sentence);
	const tags = [fact.kind];
	if (!fact.role && fact.kind !== 'person') return [];
	if (fact.kind === 'named-thing' && fact.abbreviation) {
		const id = questionId(fact, sentence, 'short_answer');
		const expansion = fact.role;
		const singular = expansion.replace(/s$/, '');
		const accept = singular !== expansion ? [singular] : [`${expansion}s`];
		return [
			candidate(
				{ id, type: 'short_answer', prompt: `What does the abbreviation ${fact.answer} stand for?`, answer: expansion, accept, tags, source },
				fact,
				sentence,
				'wh'
			)
		];
	}
	if (fact.kind !== 'person' && fact.kind !== 'named-thing') return [];
	if (fact.kind === 'person' && fact.text !== fact.key) {
		const named = surnameRole(fact, sentence);
		return named ? cardQuestions(named, sentence, all).map((c) => ({ ...c, fact })) : [];
	}
	// "Row" of "Tanner's Row", "Degrees": a fragment or a plain word is no thing to learn.
	if (fact.kind === 'named-thing' && weakFront(fact.answer, sentence.text, fact.answerStart - sentence.start)) return [];
	const said = fact.kind === 'person' ? personBack(fact, sentence) : fact.role;
	// A title alone ("Castleton midfielder") of a passer-by is a side detail; what they did ("who painted 12 views …") may not be.
	if (fact.kind === 'person' && said === fact.role && passerBy(fact, sentence, all)) return [];
	// "Steve Smith → Captains": one word says nothing worth turning a card for; "A daughter" says not whose.
	const back = said && said.trim().split(/\s+/).length >= 2 ? fitBack(said, sentence.text, all) : null;
	if (!back) return [];
	const id = questionId(fact, sentence, 'flashcard');
	const card = candidate(
		{ id, type: 'flashcard', prompt: fact.kind === 'person' ? fact.key : fact.answer, back: capital(balanceQuotes(back)), tags, source },
		fact,
		sentence,
		'card'
	);
	// A back that tells what the person did asks the sentence's event, as "Who …?" would.
	return [said === fact.role ? card : { ...card, facet: 'event' }];
}

/**
 * "…,” he said.": the speaker the quote kind found for "he" is named up to two sentences before,
 * in this paragraph or the one before ("Miss Edith Langley, then 24, … Her letter to her sister …
 * / “We heard it before we saw it,” she wrote"), so the source runs from that sentence to the
 * quote's, with nothing between left out.
 */
function spanFromName(sentence: Sentence, earlier: Sentence[], namedIn: (s: Sentence) => boolean, text?: string): Sentence | null {
	const chain = [...earlier].sort((a, b) => a.index - b.index);
	const from = chain.map((s) => namedIn(s)).lastIndexOf(true);
	if (from < 0) return null;
	const run = [...chain.slice(from), sentence];
	if (run.some((s, i) => i > 0 && s.index !== run[i - 1].index + 1)) return null;
	// The source is the article's own words, breaks and all; without the text only one paragraph's sentences can be joined.
	if (text !== undefined) return { ...sentence, start: run[0].start, text: text.slice(run[0].start, sentence.end) };
	return run.every((s) => s.paragraph === sentence.paragraph) ? run.reduce((a, b) => joined(a, b)) : null;
}

/** "Who said “…”?": the quote with a choice of the article's people. */
export function quoteQuestions(fact: QuoteFact, sentence: Sentence, all: FactRecord[], earlier: Sentence[] = [], text?: string): Candidate[] {
	const speaker = fact.speaker;
	if (!speaker) return [];
	const namedIn = (s: Sentence) => all.some((f) => f.kind === 'person' && f.sentence === s.index && f.key === speaker);
	const span = namedIn(sentence) ? sentence : spanFromName(sentence, earlier, namedIn, text);
	if (!span) return [];
	const quote = fact.text.replace(/[,.\s]+$/, '');
	const prompt = `Who said: “${quote}”?`;
	const id = questionId(fact, sentence, 'mcq', 'said');
	const person = all.find((f): f is PersonFact => f.kind === 'person' && f.key === speaker);
	if (!person) return [];
	// A speaker is chosen among the article's own people only, its other speakers first: someone
	// quoted is a likelier author of a quote than a resident who said nothing.
	const speakers = new Set(all.flatMap((f) => (f.kind === 'quote' && f.speaker ? [f.speaker] : [])));
	const others = entityDistractors(person, all, prompt, id, 3, false, speakers);
	// With one other person only, the speaker is asked typed (see typed-instead.ts): a choice of two is a coin toss.
	if (others.length < 1) return [];
	const { choices, answer } = arrange(speaker, others, id, false);
	return [candidate({ id, type: 'mcq', prompt, choices, answer, tags: ['quote', 'person'], source: sourceOf(span) }, fact, sentence, 'wh', 'said')];
}
