import type { PersonFact } from '../facts/types';
import type { Sentence } from '../sentences';
import { sharedSubject, subjectPredicate } from './who';

/**
 * "Which striker controlled the loose ball …?" for "… and striker Liam Dorsey controlled the loose
 * ball …": a person named after a common-noun role ("striker", "the grain merchant") who is the
 * subject of the clause is asked by that role. The role says what kind of answer is wanted, which
 * "Who …?" does not, and the copied sentence with a blank no longer stands in for a question.
 */

/**
 * The role right before the name, with up to two lower-case words before it ("grain merchant",
 * "fast bowler") and no article, where a clause opens: at the sentence's start, after a comma,
 * semicolon or colon, or after a conjunction ("and", "when", "while", …). A role in capitals
 * ("Emperor", "Engineer") is a title and left alone; so is a possessive's ("Northfield's bowler").
 */
function rolePhrase(sentence: Sentence, fact: PersonFact): string | null {
	const role = fact.role;
	if (!role || !/^\p{Ll}[\p{Ll}-]*$/u.test(role)) return null;
	const before = sentence.text.slice(0, fact.answerStart - sentence.start);
	const at = before.length - role.length - 1;
	if (at < 0 || before.slice(at) !== `${role} `) return null;
	const m =
		/(?:^|[,;:]\s|\b(?:and|when|where|while|as|after|before|but|then)\s)((?:(?!(?:and|when|where|while|as|after|before|but|then)\s)[\p{Ll}-]+\s){0,3})$/iu.exec(
			before.slice(0, at)
		);
	if (!m) return null;
	const words = m[1].trim().split(/\s+/).filter(Boolean);
	if (/^(?:the|a|an)$/i.test(words[0] ?? '')) words.shift();
	// "The grain merchant": up to two lower-case words before the role are its modifiers.
	if (words.length > 2 || words.some((w) => /^(?:the|a|an)$/i.test(w))) return null;
	return [...words, role].join(' ');
}

/** "Which grain merchant kept a ledger of every sale?"; null unless the role and the clause are plain. */
export function whichRoleQuestion(sentence: Sentence, fact: PersonFact): string | null {
	const role = rolePhrase(sentence, fact);
	if (!role || sharedSubject(sentence, fact)) return null;
	const predicate = subjectPredicate(sentence, { ...fact, role }, false, true);
	// "Club president Marcus Ainsley …": a capital that only opens the sentence is not the role's ("Which club president …?").
	return predicate ? `Which ${role.charAt(0).toLowerCase()}${role.slice(1)} ${predicate}?` : null;
}
