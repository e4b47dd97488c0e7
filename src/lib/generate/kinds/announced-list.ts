import { normaliseAnswer } from '../../quiz/normalise';
import { finish, wordCount } from '../english';
import type { AnnouncedFact, TaggedSentence } from '../facts/types';
import { thingBefore } from './advice-adviser';
import { auxOf, baseOf } from './clause';
import type { FindContext } from './kind';
import { relationFact, standsAlone } from './relation';

/**
 * A list the sentence announces before a colon: "Several products are exempt: milk, infant
 * formula and …", "The report lists two causal factors: the failure to …, and the loss of …".
 * The clause before the colon says what the items have in common, so it is the question and
 * the list its answer: "Which products are exempt?", "What two causal factors does the report list?".
 */

/** Counting words: a closed class (numbers to ten and the indefinite quantifiers). */
const COUNTS = 'two|three|four|five|six|seven|eight|nine|ten|several|some|many|a few|a number of|a handful of|certain';
const NUMBER: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** "Several products are exempt", "Two parts of the dam are watched": a counted subject and its predicate. */
const COUNTED_SUBJECT = new RegExp(
	`^(?:(?:But|And|However|Yet|Still),? )?(${COUNTS}) ((?:[\\p{L}-]+ ){0,2}[\\p{L}-]+s(?: of (?:the |its |their )?[\\p{L}-]+)?) (\\p{Ll}[^:;,]*)$`,
	'iu'
);
/** "The report lists two causal factors", "It makes three recommendations": a subject, its verb and the counted object. */
const COUNTED_OBJECT = new RegExp(`^(?:(?:But|And|However|Yet|Still),? )?([^:;,]{2,50}?) (\\p{Ll}+) (${COUNTS}) ((?:[\\p{L}-]+ ){0,2}[\\p{L}-]+s)$`, 'iu');

/**
 * The items of a list: split at commas and semicolons and before a last "and"/"or", none
 * inside brackets or quotation marks. Null when it is no list (one item, or items too long to be items).
 */
export function listItems(list: string): string[] | null {
	if (/[()“”"—–]/.test(list)) return null;
	const items = finish(list)
		.split(/\s*[,;]\s*(?:and |or )?|\s+(?:and|or)\s+(?=[^,;]*$)/)
		.map((i) => i.trim())
		.filter(Boolean);
	if (items.length < 2 || items.some((i) => wordCount(i) > 15) || wordCount(list) > 40) return null;
	return items;
}

/** The word at sentence offset `at` is a verb ("are", "stand", "lists"), not a noun. */
function verbAt(s: TaggedSentence, at: number): string | null {
	const t = s.tokens.find((x) => x.start === at);
	return t && (t.tags.has('Verb') || t.tags.has('Copula') || t.tags.has('Modal')) && !t.tags.has('Noun') ? t.text : null;
}

/** "It lists …" named: the subject of the sentence before, when "it" means it; the subject as it is otherwise. */
function subjectNamed(s: TaggedSentence, subject: string, at: number, ctx: FindContext): string | null {
	if (standsAlone(subject) && !/^(?:i|we|you|there|this|that)$/i.test(subject)) return subject.replace(/^(?:The|A|An) /, (a) => a.toLowerCase());
	return /^(?:it|they)$/i.test(subject) ? thingBefore(s, at, ctx) : null;
}

/** The list a sentence announces before its colon, asked by the announcing clause. */
export function announcedList(s: TaggedSentence, ctx: FindContext): AnnouncedFact | null {
	const colon = s.text.indexOf(': ');
	if (colon < 0 || s.text.indexOf(':', colon + 1) >= 0) return null;
	const head = s.text.slice(0, colon);
	const list = s.text.slice(colon + 2);
	const items = listItems(list);
	if (!items) return null;
	const answer = finish(list);
	const at = colon + 2;
	const key = `announced|list|${normaliseAnswer(head).slice(0, 60)}`;
	const counted = COUNTED_SUBJECT.exec(head);
	const verb = counted && verbAt(s, head.length - counted[3].length);
	if (counted && verb && !/^(?:is|was|has)$/.test(verb)) {
		const count = counted[1].toLowerCase();
		// "Two things stand out: a, b and c" counts wrong: the list is not what it announces.
		if (NUMBER[count] && NUMBER[count] !== items.length) return null;
		const which = NUMBER[count] ? `Which ${count} ${counted[2]}` : `Which ${counted[2]}`;
		return { ...relationFact(s, answer, at, key), kind: 'announced', sort: 'list', prompt: `${which} ${counted[3]}?` };
	}
	const object = COUNTED_OBJECT.exec(head);
	if (!object) return null;
	const count = object[3].toLowerCase();
	const verbStart = head.length - `${object[2]} ${object[3]} ${object[4]}`.length;
	const verbWord = verbAt(s, verbStart);
	if (!verbWord || /^(?:is|are|was|were|be|been)$/i.test(verbWord) || (NUMBER[count] && NUMBER[count] !== items.length)) return null;
	const named = object[1].replace(/^(?:(?:But|And|However|Yet|Still),? )/, '');
	const subject = subjectNamed(s, named, head.indexOf(named), ctx);
	const subjectTokens = s.tokens.filter((t) => t.end < verbStart);
	// "Shoppers who return bottles get": a subject with a verb of its own is a clause, not a name.
	if (!subject || subjectTokens.some((t) => t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective'))) return null;
	// compromise reads "has" after "they" as no verb at all: its base is "have".
	const base = /^(?:has|have|had)$/i.test(verbWord) ? 'have' : baseOf(verbWord);
	const prompt = `What ${NUMBER[count] ? `${count} ` : ''}${object[4]} ${auxOf(verbWord)} ${subject} ${base}?`;
	return { ...relationFact(s, answer, at, key), kind: 'announced', sort: 'list', prompt };
}
