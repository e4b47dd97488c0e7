import type { Token } from './tokens';

/**
 * "A run of ten points, capped by a three from Cordero, put them ahead": an object pronoun cannot
 * mean the subject of its own clause, so that subject's head is no antecedent for it; when nothing
 * else before it agrees, it means what a sentence before named. This finds that head.
 */

/** Words that open a clause inside a sentence: the subject of the clause after them is not the one before. */
const CLAUSE_OPENER =
	/^(?:and|but|or|so|yet|that|which|who|whom|whose|when|whenever|while|whilst|because|after|before|since|until|if|unless|although|though|as|where|once)$/i;

/** A phrase that opens a sentence ahead of its subject and ends at a comma: "In 2019, …", "After the players arrived, …". */
const opensWithPhrase = (t: Token) => t.tags.has('Preposition') || t.tags.has('Adverb') || t.tags.has('Conjunction') || CLAUSE_OPENER.test(t.text);

/**
 * "The players said the coach had praised them": a verb with its own object or clause after it
 * ("said the coach", "said that") ends the clause before it, though no "that" may mark where the
 * next begins. A participle before a bare noun ("ten unanswered points") is no such verb.
 */
const verbWithObject = (tokens: Token[], j: number) =>
	tokens[j].tags.has('Verb') &&
	!tokens[j].tags.has('Auxiliary') &&
	!tokens[j].post.trim() &&
	['Determiner', 'Pronoun', 'ProperNoun'].some((tag) => tokens[j + 1]?.tags.has(tag));

/** A word of a noun phrase: "the", "rising", "corner", "three", "Miners". */
const inPhrase = (t: Token) =>
	['Determiner', 'Adjective', 'Noun', 'Value'].some((tag) => t.tags.has(tag)) && !t.tags.has('Pronoun') && !t.tags.has('Preposition');

/**
 * The head of the subject that runs over tokens [from, to): the last noun of its first noun
 * phrase ("run" in "A run of ten points", "Miners" in "Why did the Miners"), with the counted
 * noun of "a run of ten points", "a crowd of 5,000 fans": those are the head itself, counted. An
 * "of" phrase with no number ("the cost of the tablets") names something else, which the pronoun
 * may mean ("… made them dearer"), as may an aside.
 */
function subjectHead(tokens: Token[], from: number, to: number): number[] {
	let j = from;
	while (j < to && !(inPhrase(tokens[j]) && !tokens[j].tags.has('Verb'))) j++;
	let head = -1;
	for (; j < to && inPhrase(tokens[j]); j++) {
		if (tokens[j].tags.has('Noun')) head = j;
		if (tokens[j].post.trim()) break;
	}
	if (head < 0) return [];
	const out = [head];
	if (tokens[head].post.trim() || !/^of$/i.test(tokens[head + 1]?.text ?? '') || !tokens[head + 2]?.tags.has('Value')) return out;
	// "ten unanswered points": a participle may stand among the counted noun's words.
	for (let k = head + 3; k < to && (inPhrase(tokens[k]) || tokens[k].tags.has('PastTense')) && !tokens[k - 1].post.trim(); k++)
		if (tokens[k].tags.has('Noun')) out.push(k);
	return out;
}

/**
 * The tokens of the subject's head of the clause whose finite verb stands right before token i
 * (the pronoun), which the pronoun cannot mean; none when no such verb does: "to put them",
 * "putting them" and a verb inside an aside ("…, who beat them, …") have no subject of their own
 * in the sentence, and "said it would" makes "it" the next clause's subject. A clause opened by
 * "and", "that", "who" and the like starts its subject after that word; a phrase opening the
 * sentence ("In 2019, …") is no part of it.
 */
export function ownSubjectHead(tokens: Token[], i: number): number[] {
	const verb = i - 1;
	const v = tokens[verb];
	if (!v?.tags.has('Verb') || v.tags.has('Gerund') || /^to$/i.test(tokens[verb - 1]?.text ?? '')) return [];
	if (tokens[i + 1]?.tags.has('Verb') && !tokens[i + 1].tags.has('Adjective')) return [];
	let start = 0;
	for (let j = 0; j < verb; j++) if (/[.!?;:]/.test(tokens[j].post) && !tokens[j].tags.has('Abbreviation')) start = j + 1;
	let from = start;
	const comma = tokens.slice(start, verb).findIndex((t) => t.post.includes(','));
	if (tokens[start] && opensWithPhrase(tokens[start]) && comma >= 0) from = start + comma + 1;
	// Commas pair around an aside; a clause opener inside one ("Riverton, who had been tidy, …") opens no new clause.
	let commas = 0;
	for (let j = from; j < verb; j++) {
		const opener = CLAUSE_OPENER.test(tokens[j].text) || (commas % 2 === 0 && verbWithObject(tokens, j));
		if (opener && (commas % 2 === 0 || /,/.test(tokens[j - 1]?.post ?? ''))) {
			from = j + 1;
			commas = 0;
		} else if (tokens[j].post.includes(',')) commas++;
	}
	return commas % 2 === 0 && from < verb ? subjectHead(tokens, from, verb) : [];
}
