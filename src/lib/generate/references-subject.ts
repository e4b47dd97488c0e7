import { tokenize } from './tokens';

/**
 * The subject of a sentence, as a pronoun in the next sentence would mean it: "Veridia" in "In
 * October, Veridia raised 48 million euros …", "the 23-member team" in "The 23-member team spent
 * six weeks …", "Nordlys-1" in "The 19-metre rocket, named Nordlys-1, lifted off …". A reader
 * takes "it" or "they" opening the next sentence to mean this subject, so a prompt may name it.
 */
export interface SentenceSubject {
	/** The subject as the sentence words it, with a lower-case article ("the 23-member team"). */
	text: string;
	/** A named person ("Dr. Sigrún Hallgrímsdóttir"): only "he", "she", "his" or "her" can mean them. */
	person: boolean;
	/** Several things ("the researchers") or a body of people ("the team"): "they" can mean them. */
	plural: boolean;
	/** One thing ("Veridia", "the rocket"): "it" can mean it. */
	singular: boolean;
}

/** "In October, …", "Using a hot-water drill, …": an opening phrase before the subject. */
const OPENER =
	/^(?:In|On|At|After|Before|During|By|Since|Last|Earlier|Later|Using|With|Over|Within|About|Around|For|Under|Until|Across|Despite|Following|Two|Three|A year|Then|Now|Today|Yesterday|To|As|When|While|Although|Though|If|Because|Unlike|According)\b[^,]{0,70}, /;

/** Nouns for a body of people that British English counts as "they" as well as "it". */
const COLLECTIVE = new Set([
	'team',
	'group',
	'crew',
	'panel',
	'government',
	'council',
	'committee',
	'board',
	'company',
	'firm',
	'club',
	'band',
	'squad',
	'side',
	'family',
	'party'
]);

const TITLE = /^(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sir|Dame|Lord|Lady)\.?$/;

/** A run of capitalised words with "of", "de", "van" or "and" between them: a name. */
const NAME = /^(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\. )?\p{Lu}[\p{L}\d’'.-]*(?: (?:(?:of|de|da|van|von|der|and|&) )?\p{Lu}[\p{L}\d’'.-]*)*/u;

/**
 * "The proportion of school sessions missed fell …": the "of" phrase after the head says what the
 * head measures, and "it" in the next sentence means all of it ("the proportion" alone had become
 * the prompt's subject, a proportion of nobody knows what). Where the phrase ends: right before
 * the main verb, a past participle of a reduced clause ("missed") taken in; undefined when the
 * head has no "of" after it or the phrase does not run straight into a verb.
 */
function ofPhraseEnd(tokens: ReturnType<typeof tokenize>, end: number): number | undefined {
	if (tokens[end]?.text.toLowerCase() !== 'of' || /[,;:(—–]/.test(tokens[end - 1].post)) return undefined;
	let i = end + 1;
	const inPhrase = (t: (typeof tokens)[number]) =>
		(t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Determiner') || t.tags.has('Value')) && !t.tags.has('Verb') && !t.tags.has('Pronoun');
	while (i < tokens.length && i <= end + 6 && inPhrase(tokens[i]) && !/[,;:(—–]/.test(tokens[i - 1].post)) i++;
	// "sessions missed fell", "trains cancelled rose": a participle right before the verb belongs to the phrase, whether read as a verb or an adjective.
	const participle = (t: (typeof tokens)[number] | undefined) =>
		t !== undefined && /ed$/.test(t.text) && (t.tags.has('PastTense') || t.tags.has('Adjective')) && !t.tags.has('Auxiliary') && !t.tags.has('Copula');
	if (i > end + 2 && participle(tokens[i - 1]) && tokens[i - 2].tags.has('Noun') && tokens[i]?.tags.has('Verb')) return tokens[i - 1].end;
	if (i === end + 1 || !tokens[i - 1].tags.has('Noun')) return undefined;
	if (participle(tokens[i]) && tokens[i + 1]?.tags.has('Verb') && !/[,;:]/.test(tokens[i].post)) i++;
	return tokens[i]?.tags.has('Verb') && !/[,;:]/.test(tokens[i - 1].post) ? tokens[i - 1].end : undefined;
}

/** The subject of a sentence, or null when it does not open with a name or a "the …" phrase. */
export function sentenceSubject(sentence: string): SentenceSubject | null {
	const rest = sentence.replace(OPENER, '');
	const article = /^(The|A|An) /.exec(rest);
	if (!article) {
		const name = NAME.exec(rest)?.[0];
		// A name followed by its verb ("Veridia raised") or an apposition ("Veridia, a maker …,").
		if (
			!name ||
			!/^(?:,| \p{Ll})/u.test(rest.slice(name.length)) ||
			/^(?:It|They|He|She|This|That|These|Those|There|To|As|If|When|While|But|And|So|Yet|Or)$/.test(name)
		)
			return null;
		// "Then she points.", "Meanwhile prices rose.": a lone capitalised word the sentence reads as no
		// noun is an adverb before the subject, not a name ("Then's shell" was the result).
		if (!name.includes(' ') && !tokenize(rest)[0]?.tags.has('Noun')) return null;
		const tokens = tokenize(name);
		const person = TITLE.test(name.split(' ')[0]) || tokens.some((t) => t.tags.has('Person'));
		return { text: name, person, plural: false, singular: !person };
	}
	const tokens = tokenize(rest);
	let end = 1;
	// The phrase runs to the verb, a comma or a preposition: "The 23-member team | spent".
	while (end < tokens.length && end <= 6) {
		const t = tokens[end];
		if ((t.tags.has('Verb') && !t.tags.has('Noun')) || t.tags.has('Preposition') || t.tags.has('Conjunction')) break;
		end++;
		if (/[,(—–]/.test(t.post)) break;
	}
	const head = tokens[end - 1];
	if (end < 2 || !head?.tags.has('Noun')) return null;
	const named = /^,? (?:named|called|known as) (\p{Lu}[\p{L}\d’'-]*(?: [\p{Lu}\d][\p{L}\d’'-]*)*)/u.exec(rest.slice(head.end));
	if (named) return { text: named[1], person: false, plural: false, singular: true };
	const word = head.text.toLowerCase();
	const phrase = rest.slice(0, ofPhraseEnd(tokens, end) ?? head.end);
	const text = article[1] === 'The' ? `the${phrase.slice(3)}` : `the${phrase.slice(article[1].length)}`;
	const plural = head.tags.has('Plural') || word === 'people';
	// "The Icelandic artist Sóley Guðmundsdóttir": a title before a name is the person.
	if (tokens.slice(1, end).some((t) => t.tags.has('Person'))) return { text, person: true, plural: false, singular: false };
	return { text, person: false, plural: plural || COLLECTIVE.has(word), singular: !plural };
}
