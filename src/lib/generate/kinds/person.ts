import { entity } from '../facts/entities';
import { besideAmpersand, capitalisedRuns, withText } from '../facts/names';
import { openingSurname } from '../facts/opening-surname';
import { looksInstitutional, personCue, titledByRole } from '../facts/people';
import { namedBefore } from '../facts/person-nouns';
import { opensOnHonorific, withHonorific } from '../facts/person-honorifics';
import { kinAppositive } from '../facts/person-kin';
import { HONORIFICS, ROLE_NOUNS, SPEECH_VERBS } from '../facts/lexicon';
import type { FactRecord, PersonFact, TaggedSentence } from '../facts/types';
import type { Token } from '../tokens';
import { cardQuestions } from '../questions/cards';
import { entityQuestions } from '../questions/entity';
import { whEntityQuestions } from '../questions/wh-entity';
import { attributedQuestions } from '../questions/who-attributed';
import { isCommonWord } from '../frequency';
import { escapeRegExp } from '../english';
import { sentenceBefore, type FactKindModule, type Person } from './kind';
import { gendersOf } from './quote';

/**
 * "the Hallworth Trophy", "the Riverside Oval": a name whose last word is a common English
 * noun that compromise does not know as a surname names a thing, not a person.
 */
function endsInThing(s: TaggedSentence, last: number): boolean {
	const t = s.tokens[last];
	return !!t && isCommonWord(t.text) && !t.tags.has('LastName') && !t.tags.has('FirstName') && !t.tags.has('Person');
}

/** "the Federation of Small Retailers": a run after "of" and a capitalised word is the end of a longer name, not a person. */
function tailOfName(s: TaggedSentence, from: number): boolean {
	const of = s.tokens[from - 1];
	const before = s.tokens[from - 2];
	return !!of && !!before && of.text.toLowerCase() === 'of' && /^\p{Lu}/u.test(before.text) && !before.tags.has('Determiner');
}

/** Single capitalised words the article puts beside a speech verb ("Okafor said", "said Haugen"): surnames of speakers. */
function speakingSurnames(sentences: TaggedSentence[]): Set<string> {
	const out = new Set<string>();
	const verbs = [...SPEECH_VERBS].join('|');
	const pattern = new RegExp(`(?:^|[^\\p{L}])(?:(\\p{Lu}[\\p{Ll}’'-]+) (?:${verbs})|(?:${verbs}) (\\p{Lu}[\\p{Ll}’'-]+)(?! \\p{Lu}))\\b`, 'gu');
	for (const s of sentences) for (const m of s.text.matchAll(pattern)) out.add(m[1] ?? m[2]);
	return out;
}

/**
 * Single capitalised words that, in two sentences or more, stand as the subject right before a
 * verb ("Oduya makes it fascinating", "Kovačević kept pressing", "Farrant-Lund is 31"): the
 * surnames of people the article follows. A word that opens a run of capitals is left out
 * ("Low Water won …"), and so is a word after "the" ("the Collector reads") or one with staff
 * of its own ("Pellham's chairman").
 */
function actingSurnames(sentences: TaggedSentence[]): Set<string> {
	const seen = new Map<string, number>();
	for (const s of sentences) {
		const here = new Set<string>();
		s.tokens.forEach((t, i) => {
			const before = s.tokens[i - 1];
			if (before?.post === '-') return;
			// "Farrant-Lund": the tagger splits a hyphenated surname in two.
			let word = t.text;
			let j = i;
			while (s.tokens[j].post === '-' && s.tokens[j + 1]) word += `-${s.tokens[++j].text}`;
			let next = s.tokens[j + 1];
			if (!/^\p{Lu}\p{Ll}[\p{L}’'-]*$/u.test(word) || s.tokens[j].post.trim() !== '' || !next) return;
			// "Later Castell served …": a sentence's first word is capitalised by its place, and opens no name unless it is one.
			const opener = i === 1 && !before.tags.has('ProperNoun') && !before.tags.has('Person');
			if (before && ((/^\p{Lu}/u.test(before.text) && !opener) || before.tags.has('Determiner')) && before.post.trim() === '') return;
			if (next.tags.has('Adverb') && next.post.trim() === '') next = s.tokens[j + 2];
			if (next && next.tags.has('Verb') && !next.tags.has('Gerund') && !next.tags.has('Noun') && /^\p{Ll}/u.test(next.text)) here.add(word);
		});
		for (const w of here) seen.set(w, (seen.get(w) ?? 0) + 1);
	}
	const text = sentences.map((s) => s.text).join(' ');
	return new Set([...seen].filter(([w, n]) => n >= 2 && !employs(w, text)).map(([w]) => w));
}

/** "Pellham's chairman", "Tern's mission manager": a word whose roles are someone else's is a body's name. */
const employs = (word: string, text: string) =>
	[...text.matchAll(new RegExp(`(?<!\\p{L})${escapeRegExp(word)}['’]s ((?:\\p{Ll}+ ){0,2}\\p{Ll}+)`, 'gu'))].some((m) =>
		m[1].split(' ').some((x) => ROLE_NOUNS.has(x))
	);

/**
 * Names the article gives as someone's workplace: "the project director at Kelderby Energi", "a
 * researcher at Tarn University". A name that employs people is a body, even where it "says" or
 * "expects" things as a person would.
 */
function employers(sentences: TaggedSentence[]): Set<string> {
	const out = new Set<string>();
	for (const s of sentences)
		for (const m of s.text.matchAll(/\b(\p{Ll}[\p{Ll}-]+) at (?:the )?(\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*)*)/gu)) if (ROLE_NOUNS.has(m[1])) out.add(m[2]);
	return out;
}

/** "Aurelia M. Vance" and "Aurelia Marie Vance": the same given name and surname are one person named twice. */
const sameEnds = (a: string, b: string) => {
	const [x, y] = [a.split(/\s+/), b.split(/\s+/)];
	return a !== b && x[0] === y[0] && x[x.length - 1] === y[y.length - 1];
};

/** Sentences naming a surname for a full name with no other cue to be a person. */
const FOLLOWED = 4;

/** What may sit either side of a surname for it to count as one: not a letter, and for a full name's surname not a hyphen ("Venn" of "Venn-Halloran"). */
const WORD_EDGE = '\\p{L}';
const NAME_EDGE = '[\\p{L}-]';

/** Whether a surname is a body's: it opens another name ("Pellham Markets") or has staff ("Pellham's chairman"). */
const bodyNamed = (word: string, sentences: TaggedSentence[]) => {
	const opening = new RegExp(`(?<!${NAME_EDGE})${escapeRegExp(word)} \\p{Lu}`, 'u');
	return sentences.some((s) => opening.test(s.text)) || employs(word, sentences.map((s) => s.text).join(' '));
};

/**
 * Pass one: the people the article names in full, with the first role it gives each. A full name
 * with no cue beside it counts when its surname speaks elsewhere ("Adaeze Okafor won …" and
 * "Okafor said"), acts as a subject in two sentences ("Oduya makes …", "Oduya resolves …"), or,
 * after a given name the tagger knows, is named in `FOLLOWED` sentences and is no body's.
 */
export function directory(sentences: TaggedSentence[]): Map<string, Person> {
	const people = new Map<string, Person>();
	const speakers = speakingSurnames(sentences);
	const actors = actingSurnames(sentences);
	// "Fenna Duvall, 41, who runs a studio …", named once: a passer-by the article never returns to.
	const mentions = (name: string, edge = WORD_EDGE) => {
		const surname = new RegExp(`(?<!${edge})${escapeRegExp(name.split(/\s+/).pop() ?? name)}(?!${edge})`, 'u');
		return sentences.filter((s) => surname.test(s.text)).length;
	};
	const again = (name: string) => mentions(name) > 1;
	const bodies = employers(sentences);
	sentences.forEach((s, i) => {
		const before = sentences[i - 1];
		const previous = before && before.paragraph === s.paragraph ? before : undefined;
		for (const bare of withText(capitalisedRuns(s.tokens, false), s.text)) {
			const run = withHonorific(s.tokens, bare, s.text) ?? bare;
			// "her mother, Kit,": a given name alone, whose role is the kinship phrase it stands beside.
			const kin = run === bare && !besideAmpersand(s.tokens, run) ? kinAppositive(s.tokens, run, s.text, previous) : undefined;
			if (kin) {
				if (!people.has(run.text)) people.set(run.text, { name: run.text, role: kin });
				continue;
			}
			const cue = personCue(s.tokens, run, s.text, previous);
			const words = run.text.split(/\s+/);
			// "Samuel", "Ruth": a first name that is also a common word counts when the tagger knows it as a first name.
			const given = !isCommonWord(words[0]) || !!s.tokens[run.from]?.tags.has('FirstName');
			const last = words[words.length - 1];
			// "Combining Tern's data …": a verb that opens the sentence is no given name.
			const acts = actors.has(last) && !s.tokens[run.from]?.tags.has('Verb');
			// "ending Gerald Pennock's eight years in office", then "Pennock" in three more sentences: a
			// name the tagger knows as a given name, whose surname the article keeps coming back to
			// ("Venn" inside "Venn-Halloran" is another name's, and "Pellham" of "Pellham Markets" a firm's).
			const followed =
				words.length === 2 && !!s.tokens[run.from]?.tags.has('FirstName') && mentions(run.text, NAME_EDGE) >= FOLLOWED && !bodyNamed(last, sentences);
			const speaks = words.length >= 2 && words.length <= 3 && (speakers.has(last) || acts || followed) && given;
			// "Dr. Helen Park", "captain Owen Marsh": after an honorific or a role noun, a last word that is a common noun is a surname.
			// So is one after "a clerk called" ("a clerk called Hamish Strand").
			const honorific =
				HONORIFICS.has((s.tokens[run.from - 1]?.text ?? '').toLowerCase()) ||
				opensOnHonorific(s.tokens, run) ||
				titledByRole(s.tokens, run) ||
				!!namedBefore(s.tokens, run, s.text);
			if (
				!(cue?.strong || (speaks && !looksInstitutional(run, s.tokens))) ||
				(endsInThing(s, run.to - 1) && !honorific) ||
				tailOfName(s, run.from) ||
				bodies.has(run.text) ||
				besideAmpersand(s.tokens, run) ||
				(cue?.recurring && !speaks && !again(run.text))
			)
				continue;
			const known = people.get(run.text);
			if (!cue?.strong && !speakers.has(last) && [...people.keys()].some((n) => sameEnds(n, run.text))) continue;
			if (!known) people.set(run.text, { name: run.text, role: cue?.role });
			else if (!known.role && cue?.role) known.role = cue.role;
		}
	});
	// "Dr. Vance" beside "Aurelia Vance": an honorific before a surname the article gives in full is that person, not another.
	const surname = (n: string) => n.split(/\s+/).pop() ?? n;
	const honorifics = [...people.keys()].filter((n) => HONORIFICS.has(n.split(/\s+/)[0].toLowerCase()));
	for (const n of honorifics) if ([...people.keys()].some((o) => !honorifics.includes(o) && surname(o) === surname(n))) people.delete(n);
	return people;
}

/** The full name a one-word mention stands for ("Zelensky" -> "Volodymyr Zelensky"), if unique. */
function fullNameOf(word: string, people: Map<string, Person>): string | undefined {
	const matches = [...people.keys()].filter((n) => {
		const parts = n.split(/\s+/);
		return parts[parts.length - 1] === word || (parts.length === 3 && parts[2] === word);
	});
	return matches.length === 1 ? matches[0] : undefined;
}

/**
 * Whether a two-word mention can be `full` by its surname: "President Zelensky", "Dr Penn" or
 * "J. Penn" can (and "Dela Cruz" or "Van Dijk", the end of "Ramon Dela Cruz" or "Johannes van Dijk"); "Mary Penn" beside "Josiah Penn"
 * is someone else of the same family, whose first word is another given name.
 */
function sameFirstWord(first: Token, full: string): boolean {
	const given = full.split(/\s+/)[0].replace(/\.$/, '');
	const word = first.text.replace(/\.$/, '');
	const lower = word.toLowerCase();
	return word === given || (word.length === 1 && given.startsWith(word)) || first.tags.has('Honorific') || HONORIFICS.has(lower) || ROLE_NOUNS.has(lower);
}

/** Whether the sentence's outcome names this person as its winner. */
const winnerIn = (fact: PersonFact, all: FactRecord[]) =>
	all.some((f) => f.kind === 'outcome' && f.sentence === fact.sentence && !f.winner && f.answerStart === fact.answerStart);

/** People: a name the article gives in full somewhere, here in full or by surname. */
export const person: FactKindModule<'person'> = {
	kind: 'person',
	claims: true,
	find(s, ctx) {
		const out: PersonFact[] = [];
		const runs = withText(capitalisedRuns(s.tokens, false), s.text);
		const opening = runs[0]?.from === 0 ? null : openingSurname(s.tokens, (word) => fullNameOf(word, ctx.article.people));
		for (const bare of opening ? [opening, ...runs] : runs) {
			if (besideAmpersand(s.tokens, bare)) continue;
			// "Mr. Veitch", named so throughout: the honorific is part of the name the question asks.
			const widened = withHonorific(s.tokens, bare, s.text);
			const run = widened && ctx.article.people.has(widened.text) ? widened : bare;
			const words = run.text.split(/\s+/);
			const people = ctx.article.people;
			let full = people.has(run.text) ? run.text : words.length <= 2 ? fullNameOf(words[words.length - 1], people) : undefined;
			// "Mary Penn" beside "Josiah Penn": another given name before a known surname is another
			// person of that family, a person of their own; a word that is no given name names nobody.
			if (full && words.length === 2 && !full.toLowerCase().endsWith(` ${run.text.toLowerCase()}`) && !sameFirstWord(s.tokens[run.from], full))
				full = !isCommonWord(words[0]) || s.tokens[run.from].tags.has('FirstName') ? run.text : undefined;
			if (!full) continue;
			const previous = sentenceBefore(s, ctx) ?? undefined;
			const cue = personCue(s.tokens, run, s.text, previous);
			const role = cue?.role ?? (words.length === 1 ? kinAppositive(s.tokens, run, s.text, previous) : undefined);
			const gender = gendersOf(ctx.article).get(full);
			out.push({ ...entity(s, run, full), kind: 'person', role, ...(gender ? { gender } : {}) });
		}
		return out;
	},
	ask: (fact, ctx) => [
		// "Who won the 1500 metres …?" is the outcome kind's question (with its card of how it was won): not asked twice.
		...(winnerIn(fact, ctx.all) ? [] : whEntityQuestions(fact, ctx.sentence, ctx.all)),
		...attributedQuestions(fact, ctx.sentence, ctx.all),
		...entityQuestions(fact, ctx.sentence, ctx.all),
		...cardQuestions(fact, ctx.sentence, ctx.all)
	],
	score: (fact) => (fact.role ? 3 : 2)
};
