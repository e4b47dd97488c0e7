import type { Token } from '../tokens';
import { castCue } from './cast';
import { ageAfter, agedBefore, roleBefore, whoAfter } from './person-shapes';
import { headsOnPerson, namedBefore, roleIsName } from './person-nouns';
import { opensOnHonorific } from './person-honorifics';
import { isCapitalised, tokenize } from '../tokens';
import { isCommonWord } from '../frequency';
import { HONORIFICS, ORG_WORDS, PLACE_SUFFIXES, ROLE_NOUNS, SPEECH_VERBS } from './lexicon';
import type { NameRun } from './names';

/** What the words around a capitalised run say about it being a person. */
export interface PersonCue {
	role?: string;
	/** A cue other than compromise's guess: a title, a role, an honorific or a speech verb. */
	strong: boolean;
	/** A cue that holds only for someone the article names again (an age, a relative "who"): see `directory`. */
	recurring?: boolean;
}

export const ROLE_MODIFIERS = new Set(
	'chief financial executive operating lead senior deputy vice former acting interim provincial regional national health propulsion fire police textile foreign defence defense prime'.split(
		' '
	)
);
const lower = (t: Token | undefined) => (t ? t.text.toLowerCase().replace(/\.$/, '') : '');
const isRoleWord = (t: Token | undefined) => !!t && (ROLE_NOUNS.has(lower(t)) || t.tags.has('Actor'));

/** "captain Owen Marsh", "goalkeeper Sam Field": a role noun right before the name, with no stop between, titles a person. */
export const titledByRole = (tokens: Token[], run: NameRun) => {
	const before = tokens[run.from - 1];
	return isRoleWord(before) && ROLE_NOUNS.has(lower(before)) && before.post.trim() === '';
};

/** "The", "While", "After", "Meanwhile", "When": a word that opens a clause, never part of a title or a name. */
const opensClause = (t: Token) => ['Determiner', 'Conjunction', 'Preposition', 'Adverb', 'QuestionWord'].some((tag) => t.tags.has(tag));

/**
 * The title phrase before a name: "Moscow Mayor", "Ukrainian President", "Porto Atlântico coach",
 * "Chief financial officer". Walks back over capitalised words, adjectives and role nouns until
 * a determiner, preposition, verb or punctuation; honorifics next to the name are skipped.
 */
function titleBefore(tokens: Token[], run: NameRun, sentence: string): string | undefined {
	let i = run.from - 1;
	while (i >= 0 && HONORIFICS.has(lower(tokens[i]))) i--;
	if (i < 0 || !isRoleWord(tokens[i]) || tokens[i].post.trim() !== '') return undefined;
	const end = tokens[i].end;
	let from = i;
	for (let j = i - 1; j >= 0; j--) {
		const t = tokens[j];
		if (t.post.trim() !== '' && !/['’]$/.test(t.post.trim())) break;
		// Lower-case words join only when they are part of a title ("chief financial officer"):
		// "past goalkeeper X" or "at the other end Sparta goalkeeper X" must not become roles.
		const descriptive = isCapitalised(t.text) || ROLE_NOUNS.has(lower(t)) || ROLE_MODIFIERS.has(lower(t));
		if (!descriptive || opensClause(t) || t.tags.has('Verb')) break;
		if (j === 0 && !isCapitalised(t.text)) break;
		from = j;
	}
	// "Harbour City coach": a capitalised word right before the title is the start of a name the
	// title would cut ("City coach"), so there is no clean title here.
	const prev = tokens[from - 1];
	// "The Malian singer", "While Moscow Mayor …", "After Ukrainian President …" opening a sentence
	// are no such name: the capital of the first word is the sentence's, and it opens a clause.
	if (prev && isCapitalised(prev.text) && !opensClause(prev) && prev.post.trim() === '' && isCapitalised(tokens[from].text)) return undefined;
	let role = sentence.slice(tokens[from].start, end);
	const of = / of (?:the )?[\p{Lu}](?:[^,.;:()“”"]|(?<=\b\p{Lu})\.(?=\s?\p{Lu}))*/u.exec(sentence.slice(run.end));
	// "Governor of Davao Oriental at a press conference": the role ends where a new phrase starts.
	if (of && of.index === 0)
		role += of[0]
			.replace(/\s+(?:said|says|told|added|who|which|was|is|has|had)\b.*$/, '')
			.replace(/\s+(?:at|in|on|during|with|after|before|from|to|for) (?:(?:a|an|the) )?\p{Ll}.*$/u, '');
	return role;
}

/** Balances curly quotes inside an appositive: `Ukraine’s “drone tsar,”` keeps the closing mark's words. */
function appositiveEnd(rest: string): number {
	let open = false;
	for (let i = 0; i < rest.length; i++) {
		const c = rest[i];
		if (c === '“') open = true;
		else if (c === '”') {
			open = false;
			if (rest[i - 1] === ',') return i + 1;
		}
		// "the U.S. Geological Survey": the dot of an abbreviation (a capital, a dot) ends nothing.
		else if (!open && c === '.' && /(?:^|[\s.])\p{Lu}$/u.test(rest.slice(0, i)) && /^\.\s?\p{Lu}/u.test(rest.slice(i))) continue;
		else if (!open && /[,.;:()—–]/.test(c)) return i;
	}
	return rest.length;
}

/**
 * The appositive after a name, when it names a role: ", the governor of the Tula region," or
 * ", Ukraine’s “drone tsar,”". The head noun must be a role noun.
 */
export function appositiveAfter(sentence: string, end: number, roleNeeded: boolean, personHead = false): string | undefined {
	const m = /^, (?=(?:the|a|an|its|his|her|their|[\p{Lu}][\p{L}.-]*['’]s|[a-z]))/u.exec(sentence.slice(end));
	if (!m) return undefined;
	const rest = sentence.slice(end + m[0].length);
	const stop = appositiveEnd(rest);
	let text = rest
		.slice(0, stop)
		.replace(/[,”]+$/, (x) => (x.includes('”') ? '”' : ''))
		.trim();
	// "a Norwegian engineer whose tests changed …": the role is the phrase before its relative clause.
	// "a partnership in which she held …": a preposition that opens the relative clause goes with it.
	const relative = / (?:(?:in|of|on|at|by|for|from|with|to|through|under|over|into|during) )?(?:who|whose|which|that) /.exec(text);
	if (relative && relative.index > 2 && !text.slice(0, relative.index).includes('“')) text = text.slice(0, relative.index);
	if (text.length < 3 || text.split(/\s+/).length > 14) return undefined;
	if (/^(?:who|which|where|when|that|and|but|said|says|told|added|as|after|before|while|because)\b/.test(text)) return undefined;
	if (/\b(?:said|says|told|added|was|were|is|are|has|have|had)\b/.test(text)) return undefined;
	// "…, Johannes van Dijk, wrote to the governor": a verb after the comma opens the predicate, not a role.
	const first = tokenize(text)[0];
	if (first && first.tags.has('Verb') && !first.tags.has('Noun') && !first.tags.has('Adjective')) return undefined;
	if (!text.includes('“') && text.includes('”')) text = text.replace(/”/g, '');
	const words = text.replace(/[“”]/g, '').toLowerCase().split(/\s+/);
	const head = words.find((w, i) => ROLE_NOUNS.has(w) || (i === words.length - 1 && ROLE_NOUNS.has(w)));
	if (roleNeeded && !head && !(personHead && headsOnPerson(text))) return undefined;
	return text;
}

/** The role phrase before ", Name" at the end of a clause: "the exhibition's curator, Beatriz Nogueira". */
function appositiveBefore(tokens: Token[], run: NameRun, sentence: string): string | undefined {
	const prev = tokens[run.from - 1];
	if (!prev || prev.post.trim() !== ',' || !isRoleWord(prev)) return undefined;
	const head = sentence.slice(0, prev.end);
	// At the sentence's start the article is capitalised: "The festival director, Rupert Hale, said …".
	const m = /(?:^|\s)((?:the|a|an|The|A|An)\s(?:[\p{L}’'-]+\s){0,4}[\p{L}-]+)$/u.exec(head);
	if (!m) return undefined;
	return m.index === 0 ? m[1].replace(/^\p{Lu}/u, (c) => c.toLowerCase()) : /^(?:the|a|an)\s/.test(m[1]) ? m[1] : undefined;
}

/** Whether a speech verb stands right before or after the run ("said X", "X posted"). */
function nextToSpeech(tokens: Token[], run: NameRun): boolean {
	const before = tokens[run.from - 1];
	const after = tokens[run.to];
	return (!!before && SPEECH_VERBS.has(lower(before))) || (!!after && SPEECH_VERBS.has(lower(after)) && tokens[run.to - 1].post.trim() === '');
}

export function looksInstitutional(run: NameRun, tokens: Token[]): boolean {
	const words = run.text.toLowerCase().split(/\s+/);
	if (words.some((w) => ORG_WORDS.has(w) || PLACE_SUFFIXES.has(w))) return true;
	const next = tokens[run.to];
	return !!next && PLACE_SUFFIXES.has(lower(next));
}

/**
 * Decides whether a capitalised run is a person, and finds the role the text gives them. Two or
 * more words are needed, plus one cue: a title before, a role appositive after or before, a
 * speech verb beside it, or compromise's own Person tag.
 */
export function personCue(tokens: Token[], run: NameRun, sentence: string, previous?: { text: string; tokens: Token[] }): PersonCue | null {
	if (looksInstitutional(run, tokens)) return null;
	// "Porto Atlântico coach Joana Carvalho": a run followed by a title is not the person.
	if (isRoleWord(tokens[run.to]) && tokens[run.to - 1].post.trim() === '') return null;
	const words = run.text.split(/\s+/);
	if (words.length < 2 || words.length > 5) return null;
	// "Maya Lund, 34, a nurse from Kelby,": the role in apposition may follow the age.
	const age = ageAfter(sentence, run.end);
	const tagged = tokens.slice(run.from, run.to).some((t) => t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('LastName'));
	// "Tobias Venn, a clockmaker who …": a noun for a person that is no role noun heads the appositive
	// of a name the tagger knows as a person's, or whose words are no common words ("Halvor Ferries,
	// the Norwegian operator" is a firm).
	const common = (w: string) => isCommonWord(w) || isCommonWord(w.replace(/ies$/, 'y').replace(/s$/, ''));
	const personal = tagged || run.text.split(/[\s-]+/).every((w) => !common(w));
	// "Its narrator is Agnes Pell, aged nineteen, the daughter of a pilot": the appositive says more than the title.
	const completed = roleIsName(sentence, run, previous);
	const role =
		appositiveAfter(sentence, run.end + age, true, !!completed && personal) ??
		completed ??
		titleBefore(tokens, run, sentence) ??
		appositiveBefore(tokens, run, sentence) ??
		roleBefore(sentence, run, previous) ??
		namedBefore(tokens, run, sentence) ??
		(personal ? appositiveAfter(sentence, run.end + age, true, true) : undefined);
	const honorific = (run.from > 0 && HONORIFICS.has(lower(tokens[run.from - 1]))) || opensOnHonorific(tokens, run);
	if (role) return { role, strong: true };
	const cast = castCue(run, sentence);
	if (cast) return cast;
	if (honorific || nextToSpeech(tokens, run)) return { strong: true };
	// Shapes only a person fills: an age beside the name, or a relative "who" after it.
	if (age > 0 || agedBefore(sentence, run.start) || whoAfter(tokens, run, sentence)) return { strong: true, recurring: true };
	if (tagged && !tokens.slice(run.from, run.to).some((t) => t.tags.has('Place') || t.tags.has('Organization'))) return { strong: false };
	return null;
}
