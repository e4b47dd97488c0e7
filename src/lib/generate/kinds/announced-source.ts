import { normaliseAnswer } from '../../quiz/normalise';
import { capitalise, finish, wordCount } from '../english';
import type { AnnouncedFact, TaggedSentence } from '../facts/types';
import { movedSubject } from '../questions/phrasing';
import { invert } from '../questions/wh';
import { askable, clause, subjectBefore } from './clause';
import { sentenceBefore, type FindContext } from './kind';
import { personMeant } from './quote';
import { relationFact, standsAlone } from './relation';

/** "was mainly the result of", "were caused by", "has been driven by": a passive or copular link from an effect to its source. */
const SOURCE =
	/ (was|were|is|are|has been|have been|had been) ((?:mainly|largely|partly|mostly|chiefly|primarily|in part|entirely|almost entirely) )?(the (?:direct |main |combined )?result of|caused by|driven by|attributed to|blamed on) (.+)$/u;

/**
 * "The main cause of the accident was …", "The second factor identified at the inquest was …",
 * "The main reason the screens worked was that …", "An underlying factor was that …": a cause
 * named as such, with what it is the cause of (an "of/for/behind/in" phrase, a participle that
 * says where it was named, or for a reason the clause it explains), or with nothing after it.
 */
const NAMED_CAUSE =
	/^(?:But |However, |And )?(The|One|Another|An|A) ((?:main|chief|primary|immediate|underlying|biggest|root|principal|single biggest|other|first|second|third|final|key|contributing) )?(cause|reason|driver|trigger|explanation|factor) (?:((?:of|for|behind|in) [^,;:]{3,60}?|(?:identified|named|cited|found|given) (?:at|by|in) [^,;:]{3,60}?) |(?<=reason )((?:the|a|an|\p{Lu}\p{L}+) [^,;:]{3,60}?) )?(was|is|were) (?:that )?(.+)$/u;

/** "…the immediate cause of the accident…": what the causes the paragraph speaks of are causes of (one noun, "the accident"). */
const CAUSE_OF = /\b(?:cause|causes|causal factors?|factors?) of (the [\p{Ll}-]+)\b/u;

/**
 * What a cause with nothing after it ("An underlying factor was …") is a cause of: the
 * "cause of X" one of the two sentences before it in its paragraph names, or null.
 */
function causeInParagraph(s: TaggedSentence, ctx: FindContext): string | null {
	const before = ctx.article.sentences.filter((x) => x.paragraph === s.paragraph && x.index < s.index && x.index >= s.index - 2);
	for (const x of before.reverse()) {
		const m = CAUSE_OF.exec(x.text);
		if (m) return `of ${m[1]}`;
	}
	return null;
}

/** "The main cause of the derailment was X" → "What was the main cause of the derailment?" → X. */
function namedCause(s: TaggedSentence, ctx: FindContext): AnnouncedFact | null {
	const named = NAMED_CAUSE.exec(s.text);
	if (!named) return null;
	const [, det, adjective = '', noun, what, explained, be, source] = named;
	const of = what ?? explained ?? causeInParagraph(s, ctx);
	const answer = plainSource(source);
	if (!of || !standsAlone(of) || !askable(answer, 3)) return null;
	const prompt = `What ${be} ${det.toLowerCase()} ${adjective}${noun} ${of}?`;
	return { ...relationFact(s, answer, s.text.lastIndexOf(source), `announced|source|${normaliseAnswer(of)}`), kind: 'announced', sort: 'source', prompt };
}

/** A reporting frame before the subject: "Bautista said the earthquake was caused by …". */
const FRAME =
	/^(.{2,80}?) (?:said|says|say|found|finds|concluded|concludes|believes|believe|thinks|think|argued|argues|reported|reports|suggests|suggested) (?:that )?/u;

/** "…, reasoning that …": the thinking an act was done on, given after it. */
const REASONING = /^(.{12,}?), (reasoning|arguing|believing|knowing|on the grounds|in the belief|in the hope) that (.{6,})$/u;

/** Nouns of change: "the decline" is the fall the sentence before reports, and is named by what fell. */
const CHANGE_NOUN = /^the (decline|fall|drop|rise|increase|growth|loss|gain|jump|slump|surge|shortfall)$/i;
const CHANGE_VERB = /\b(?:fell|rose|declined|dropped|increased|grew|jumped|slumped|surged|climbed|gained|lost|slipped|plunged|soared)\b/;

/**
 * A noun phrase the sentence opens with and ends at `end`: one to six words after any opening
 * phrase, none a verb, a pronoun or a comma, as a question carries it ("Net income" → "net income").
 */
function phraseBefore(s: TaggedSentence, from: number, end: number): string | null {
	const tokens = s.tokens.filter((t) => t.start >= from && t.end <= end);
	const text = s.text.slice(from, end).trim();
	if (tokens.length === 0 || tokens.length > 6 || /[,;:“”"()]/.test(text) || !standsAlone(text)) return null;
	if (
		tokens.some(
			(t) => ['Pronoun', 'Preposition', 'Conjunction'].some((tag) => t.tags.has(tag)) || (t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective'))
		)
	)
		return null;
	if (!tokens.some((t) => t.tags.has('Noun') || t.tags.has('ProperNoun'))) return null;
	return movedSubject(text, tokens[0]);
}

/** "the decline" named by what the sentence before says fell or rose: "the decline in net income". */
function namedChange(noun: string, s: TaggedSentence, ctx: FindContext): string | null {
	const prev = sentenceBefore(s, ctx);
	const verb = prev ? CHANGE_VERB.exec(prev.text) : null;
	const what = prev && verb ? phraseBefore(prev, 0, verb.index) : null;
	return what ? `the ${noun.toLowerCase()} in ${what}` : null;
}

/** A source as the answer takes it: "…'s direct business, which includes its 212 stores" without the description after its "which". */
const plainSource = (text: string): string => clause(text).replace(/, (?:which|who) [^,]+$/, '');

/**
 * The subject of the source clause whose verb starts at `at`, as a question carries it; after a
 * reporting frame, the words after it, and who reports it ("City Light Rail said the cuts were the
 * result of …" is the company's word, not the article's): a question opens "According to …".
 */
function effectOf(s: TaggedSentence, at: number, ctx: FindContext): { effect: string; by: string } | null {
	const own = subjectBefore(s, at)?.asked;
	const framed = own ? null : FRAME.exec(s.text.slice(0, at));
	const by = framed ? framed[1].replace(/^(?:But|And|However),? /, '') : '';
	if (framed && (wordCount(by) > 6 || !standsAlone(by) || !/^\p{Lu}/u.test(by))) return null;
	const subject = own ?? (framed ? phraseBefore(s, framed[0].length, at - 1) : null);
	const change = subject ? CHANGE_NOUN.exec(subject) : null;
	// "The decline" alone names nothing: a sentence before that reports the fall names it.
	const effect = change ? namedChange(change[1], s, ctx) : subject;
	return effect ? { effect, by } : null;
}

/** "The decline was mainly the result of X" → "What was the decline in net income mainly the result of?" → X. */
export function announcedSource(s: TaggedSentence, ctx: FindContext): AnnouncedFact | null {
	const named = namedCause(s, ctx);
	if (named || NAMED_CAUSE.test(s.text)) return named;
	const m = SOURCE.exec(s.text);
	if (!m) return null;
	const found = effectOf(s, m.index + 1, ctx);
	const answer = plainSource(m[4]);
	if (!found || !askable(answer, 2)) return null;
	const { effect, by } = found;
	const [be, ...rest] = m[1].split(' ');
	const asked = `${be} ${effect}${rest.length ? ` ${rest.join(' ')}` : ''} ${m[2] ?? ''}${m[3]}?`;
	const prompt = by ? `According to ${by}, what ${asked}` : `What ${asked}`;
	return { ...relationFact(s, answer, s.text.lastIndexOf(m[4]), `announced|source|${normaliseAnswer(effect)}`), kind: 'announced', sort: 'source', prompt };
}

/** "He made the pipes wider, reasoning that the job would be done once" → "Why did Bazalgette make the pipes wider?" → the reasoning. */
export function announcedReason(s: TaggedSentence, ctx: FindContext): AnnouncedFact | null {
	const m = REASONING.exec(s.text);
	if (!m) return null;
	// "He also made …": the one person "he" can mean, named.
	const lead = /^(He|She) /.exec(m[1]);
	const person = lead ? personMeant(lead[1], ctx) : undefined;
	if (lead && !person) return null;
	const act = person ? `${person} ${m[1].slice(lead![0].length)}` : m[1];
	// "She said the company had kept the valve, reasoning that …": the reasoning is the reported act's, not the saying's.
	if (/\b(?:said|says|say|told|tells|added|claimed|claims|reported|wrote|writes|argued|argues)\b/.test(act)) return null;
	const prompt = standsAlone(act.split(' ')[0]) ? invert('Why', act) : null;
	const answer = `${m[2]} that ${finish(clause(m[3]))}`;
	if (!prompt || !askable(m[3], 4)) return null;
	return {
		...relationFact(s, answer, m[1].length + 2, `announced|reason|${normaliseAnswer(act).slice(0, 60)}`),
		kind: 'announced',
		sort: 'reason',
		prompt: prompt.replace(/ +/g, ' '),
		answer: capitalise(answer)
	};
}
