import { finish } from '../english';
import type { Token } from '../tokens';
import type { LeadClaim } from './lead-claim';
import { has } from './lead-phrases';

/**
 * A person given a role or a thing in the passive: "Maria Oduya of the Wrenfield First party was
 * elected mayor of Wrenfield early on Friday" → "Who was elected mayor of Wrenfield?", keyed to
 * "Maria Oduya". A passive verb with a noun phrase straight after it is a verb that names or gives
 * (elected mayor, named captain, awarded the prize): the noun phrase is what the person became or
 * got, and who that was is the lead's news. Only a subject that opens on a person's name is read:
 * "What was elected …?" cannot be asked of "a retired teacher".
 */

/** Forms of "be" that make a passive with the participle after them. */
const BE = /^(?:is|are|was|were|been)$/i;
/** The noun phrase asked: at most this many words, so the question stays one clause. */
const ROLE_MAX = 8;

/** The person's name: the subject's opening run of capitalised words, tagged a person or known to the article as one. */
function nameOf(text: string, subject: Token[], isPerson: (name: string) => boolean): Token[] | null {
	let end = 0;
	while (end < subject.length && /^\p{Lu}/u.test(subject[end].text) && has(subject[end], 'ProperNoun', 'Person')) {
		end++;
		if (subject[end - 1].post !== ' ') break;
	}
	const name = subject.slice(0, end);
	// The name is the whole subject, or an affiliation follows it ("of the Wrenfield First party").
	const rest = subject[end];
	if (name.length < 2 || (rest && rest.text !== 'of')) return null;
	return name.some((t) => has(t, 'Person')) || isPerson(text.slice(name[0].start, name[name.length - 1].end)) ? name : null;
}

/**
 * The role or thing after the participle: nouns, determiners, adjectives and "of" up to a time,
 * a preposition or a comma ("mayor of Wrenfield", "the tournament's best player"); null unless
 * it ends on a noun.
 */
function roleEnd(tokens: Token[], from: number): number {
	if (!tokens[from] || !has(tokens[from], 'Noun', 'Determiner', 'Adjective') || has(tokens[from], 'Pronoun', 'Date', 'Preposition')) return -1;
	let end = from;
	while (end < tokens.length) {
		const t = tokens[end];
		const of = t.text === 'of' && end > from;
		if (has(t, 'Date', 'Pronoun', 'Verb') || (!of && !has(t, 'Noun', 'Determiner', 'Adjective', 'ProperNoun', 'Possessive', 'Value'))) break;
		end++;
		if (t.post.trim() !== '') break;
	}
	while (end > from && !has(tokens[end - 1], 'Noun')) end--;
	return end > from && end - from <= ROLE_MAX ? end : -1;
}

/** The passive claim of a lead whose verb group is `verbs` ending at token `v` (see the module comment), or null. */
export function passiveClaim(
	text: string,
	tokens: Token[],
	v: number,
	verbs: Token[],
	subject: Token[],
	subjectText: string,
	isPerson: (name: string) => boolean
): LeadClaim | null {
	const participle = verbs[verbs.length - 1];
	if (verbs.length < 2 || !BE.test(verbs[verbs.length - 2].text) || !has(participle, 'PastTense', 'Participle') || has(participle, 'Gerund')) return null;
	if (verbs.some((t) => has(t, 'Negative') || /^(?:not|never)$/i.test(t.text))) return null;
	const name = nameOf(text, subject, isPerson);
	const end = roleEnd(tokens, v + 1);
	if (!name || end < 0 || participle.post !== ' ') return null;
	const role = text.slice(tokens[v + 1].start, tokens[end - 1].end);
	const answer = text.slice(name[0].start, name[name.length - 1].end);
	const verbText = text.slice(verbs[0].start, participle.end);
	return {
		clause: `${subjectText} ${verbText} ${role}`,
		asked: answer,
		plural: false,
		verbs,
		object: answer,
		complement: finish(subjectText) === finish(answer) ? `${answer}, who ${verbText} ${role}` : subjectText,
		doer: `Who ${verbText} ${role}?`
	};
}
