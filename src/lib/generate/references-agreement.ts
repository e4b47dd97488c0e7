import { readUnit } from './facts/units';
import { ownSubjectHead } from './references-own-subject';
import { isCapitalised, tokenize, type Token } from './tokens';

/**
 * "for every unit of electricity they use", "Members praised its design": a "they" or "its" whose
 * prompt names nothing before it that it could stand for (no plural or group for "they", no single
 * thing for "its") points at a sentence the learner never sees. A pronoun right at the start is
 * judged elsewhere (english.ts `unresolvedPronoun`); this reads the ones further in.
 */

/** Nouns that stand for a group of people, which English lets "they" mean. */
const GROUP =
	/^(?:team|side|club|council|government|police|family|staff|crew|board|committee|company|firm|group|party|panel|jury|union|army|public|ministry|agency|department|authority|court)$/i;

const noun = (t: Token) => t.tags.has('Noun') && !t.tags.has('Pronoun');

/**
 * Whether a token before "they" can be what "they" means: a plural, a group, a name ("Sparta, who
 * had won … their"), or the blank. A person's name is one person: "Hester wrote to each of them"
 * means people only a sentence before named.
 */
const pluralAntecedent = (t: Token) =>
	t.text.includes('____') ||
	(noun(t) &&
		!t.tags.has('Person') &&
		(t.tags.has('Plural') || GROUP.test(t.text) || t.tags.has('Organization') || t.tags.has('ProperNoun') || isCapitalised(t.text)));

/**
 * "a three from forward ____, put them ahead", "the striker ____": a blank in apposition to a
 * bare singular noun is that one person or thing's name, never what "they" means. A blank with
 * a noun after it is a modifier ("type ____ diabetes") and a group's name may be "they".
 */
function namedOne(tokens: Token[], j: number): boolean {
	const role = tokens[j - 1];
	const next = tokens[j + 1];
	return (
		tokens[j].text.includes('____') &&
		role !== undefined &&
		!role.post.trim() &&
		role.tags.has('Singular') &&
		!role.tags.has('Pronoun') &&
		!GROUP.test(role.text) &&
		!isCapitalised(role.text) &&
		!(next?.tags.has('Noun') && !tokens[j].post.trim())
	);
}

/** Whether a token before "its" can be what "its" means: a singular noun or a name, or the blank. */
const singularAntecedent = (t: Token) => t.text.includes('____') || (noun(t) && !t.tags.has('Plural'));

/**
 * The tokens of measures: a number or the blank with its unit ("below ____ degrees Celsius",
 * "15 kilometres"). An amount is never what "they" or "its" stands for, though its unit is a
 * plural noun and may be capitalised.
 */
function measureTokens(text: string, tokens: Token[]): Set<number> {
	const out = new Set<number>();
	tokens.forEach((t, i) => {
		if (!t.text.includes('____') && !/^\d/.test(t.text) && !t.tags.has('Value')) return;
		const unit = readUnit(text.slice(t.end));
		if (!unit) return;
		for (let j = 0; j <= unit.split(' ').length; j++) out.add(i + j);
	});
	return out;
}

/**
 * "Many manufacturers quote it at 30 degrees", "Why do shoppers get it all back?": an "it" that is
 * the object of a verb or a preposition stands for one thing named before. The "it" a verb puts
 * ahead of its real object or clause ("find it hard to sleep", "make it clear that", "is it that")
 * means nothing: an adjective after it, or "to"/"that" a word later, shows that one.
 */
function objectIt(tokens: Token[], i: number): boolean {
	const prev = tokens[i - 1];
	if (!prev || !(prev.tags.has('Verb') || prev.tags.has('Preposition'))) return false;
	// "find it genuinely hard", "get it all back": adverbs and "all" between are passed over.
	let j = i + 1;
	while (j < tokens.length && (tokens[j].tags.has('Adverb') || /^all$/i.test(tokens[j].text)) && !/^(?:back|off|up|down|out|away|over)$/i.test(tokens[j].text))
		j++;
	const next = tokens[j];
	if (!next) return true;
	// "made it clear that …", "find it hard to …": the real object follows the word after "it".
	if (next.tags.has('Adjective') || /^(?:to|that)$/i.test(tokens[j + 1]?.text ?? '')) return false;
	return !/^(?:that|is|was|seems?|seemed|appears?|takes?|took)$/i.test(next.text);
}

/** A question word that opens the phrase a question asks for ("what four plants", "which of the roads"). */
const WH = /^(?:what|which|whose|how)$/i;

/**
 * Where the words that may be a pronoun's antecedent end: before the asked phrase when the pronoun is
 * the subject right after the question's helper verb ("In each plot, what four plants did they
 * select?": the plants are what they selected, never who "they" are); else just before the pronoun.
 */
function askedFrom(tokens: Token[], i: number): number {
	if (tokens[i].text.toLowerCase() !== 'they' || !QUESTION_HELPER.test(tokens[i - 1].text)) return i;
	for (let w = i - 2; w >= 0; w--) if (WH.test(tokens[w].text)) return w;
	return i;
}

/** The first "they", "them", "their", "its" or object "it" after the prompt's opening words with nothing before it to mean, or null. */
export function pronounWithoutAntecedent(text: string): string | null {
	// Tagging is the costly part, and most texts have none of the pronouns.
	if (!/\b(?:they|them|their|its|it)\b/i.test(text)) return null;
	const tokens = tokenize(text);
	const measures = measureTokens(text, tokens);
	for (let i = 2; i < tokens.length; i++) {
		const word = tokens[i].text.toLowerCase();
		// "A run of ten points put them ahead": an object pronoun cannot mean its own clause's subject.
		const own = /^(?:them|it)$/.test(word) ? ownSubjectHead(tokens, i) : [];
		const kept = tokens.map((_, j) => j).filter((j) => j < askedFrom(tokens, i) && !measures.has(j) && !own.includes(j));
		const before = kept.map((j) => tokens[j]);
		if (/^(?:they|them|their)$/.test(word) && !kept.some((j) => pluralAntecedent(tokens[j]) && !namedOne(tokens, j))) return tokens[i].text;
		if (word === 'its' && !before.some(singularAntecedent)) return tokens[i].text;
		if (word === 'it' && objectIt(tokens, i) && !before.some(singularAntecedent)) return tokens[i].text;
	}
	return null;
}

/** The helper verb a question puts before its subject: "did", "does", "has", "will". */
const QUESTION_HELPER = /^(?:did|does|do|has|have|had|will|would|can|could|should|was|were|is|are)$/i;

/** A name in a sentence: a capitalised noun ("Amankwah", "Henry Latimer"), not "The" or "In". */
const isName = (t: Token) => isCapitalised(t.text) && t.tags.has('Noun') && !t.tags.has('Pronoun') && !t.tags.has('Determiner');

/**
 * "Amankwah moved him down to the 1500 metres", "The directors, led by Henry Latimer, refused
 * and told him to repair the leaks": an object "him" or "her" cannot mean the subject of its own
 * clause, so when the only people named before it are in that subject (asides and all) and no one
 * is named after it in the sentence ("Haugen, who succeeded her, said Salvesen …"), it means someone
 * only an earlier sentence named. Returns the pronoun, or null.
 */
export function objectWithoutAntecedent(text: string): string | null {
	// Tagging is the costly part, and most texts have no "him" or "her" at all.
	if (!/\b(?:him|her)\b/i.test(text)) return null;
	const tokens = tokenize(text);
	let start = 0;
	for (let i = 0; i < tokens.length; i++) {
		// "Dr. Lucas Brennan-Ito": the stop of an abbreviation ends no sentence.
		if (i > 0 && /[.!?]/.test(tokens[i - 1].post) && !tokens[i - 1].tags.has('Abbreviation')) start = i;
		const word = tokens[i].text.toLowerCase();
		if (word !== 'him' && word !== 'her') continue;
		// "her visitors", "her six matches": a possessive belongs to whoever, the subject included. An
		// object "her" ends the clause or comes before a preposition, an article or an adverb ("told her to rest").
		const next = tokens[i + 1];
		const object =
			!next ||
			/[,;:.!?)—–]/.test(tokens[i].post) ||
			['Preposition', 'Determiner', 'Adverb', 'Conjunction'].some((tag) => next.tags.has(tag)) ||
			/^(?:to|and|or|as|that)$/i.test(next.text);
		if (word === 'her' && !object) continue;
		if (tokens.slice(0, start).some(isName) || tokens.slice(i + 1).some(isName)) continue;
		const sentence = tokens.slice(start, i);
		// "In 2019, Okoro hired her": an opening phrase before the subject is skipped.
		const opener = sentence[0]?.tags.has('Preposition') || sentence[0]?.tags.has('Adverb') ? sentence.findIndex((t) => /,/.test(t.post)) + 1 : 0;
		let commas = 0;
		let verb = -1;
		for (let j = opener; j < sentence.length && verb < 0; j++) {
			if (sentence[j].tags.has('Verb') && commas % 2 === 0) verb = j;
			if (/,/.test(sentence[j].post)) commas++;
		}
		// "Dr. Lucas Brennan-Ito, who studied under her, said …": the object of a relative clause cannot
		// mean the one "who" stands for; with nobody else named ("Marr beat Ruiz, who thanked her"
		// names Marr), it means someone only an earlier sentence named.
		let who = -1;
		for (let j = 1; j < sentence.length; j++) if (/^who$/i.test(sentence[j].text) && /,/.test(sentence[j - 1].post)) who = j;
		let from = who - 1;
		while (from > 0 && (isName(sentence[from - 1]) || /^(?:Dr|Mr|Mrs|Ms|Prof)\.?$/.test(sentence[from - 1].text))) from--;
		if (who > 0 && isName(sentence[who - 1]) && !sentence.slice(0, from).some(isName) && !sentence.slice(who).some(isName)) return tokens[i].text;
		if (verb < 0) continue;
		// "In what year did the Guild award him its medal?": a question's helper verb comes before
		// its subject, and the subject ends at the verb after it.
		let subjectFrom = opener;
		if (/\?\s*$/.test(text) && QUESTION_HELPER.test(sentence[verb].text)) {
			const main = sentence.findIndex((t, j) => j > verb + 1 && t.tags.has('Verb'));
			if (main < 0) continue;
			subjectFrom = verb + 1;
			verb = main;
		}
		const others = sentence.slice(verb).some(isName);
		if (sentence.slice(subjectFrom, verb).some(isName) && !others) return tokens[i].text;
	}
	return null;
}
