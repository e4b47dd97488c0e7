import nlp from 'compromise';
import type { Sentence } from '../sentences';
import { tokenize } from '../tokens';

/**
 * "Which statistician analysed the pattern of deaths?" from "The pattern of deaths, analysed by the
 * statistician William Farr, strengthened …", and "Which company operates the 48-megawatt data
 * centre?" from "The heat source is a 48-megawatt data centre operated by Nordvik Data.": the
 * name is the agent of a participle ("analysed by", "operated by"), so the question turns the
 * participle active and asks for the agent. Only where the thing acted on is a plain noun
 * phrase (the sentence's subject before a comma, or a noun phrase right before the participle)
 * and the clause's verb says the tense.
 */

/** The participle (with a particle: "carried out"), "by", and up to two lower-case role words before the name ("analysed by the statistician "). */
const AGENT = /\b(\p{Ll}+)((?: (?:out|up|off|down))?) by (?:the )?((?:\p{Ll}[\p{Ll}-]* ){0,2})$/u;

/** Participles not ending in "-ed" whose past tense compromise conjugates reliably. */
const IRREGULAR = /^(?:held|led|built|made|paid|won|set|sent|written|taken|brought|bought|drawn|given|chosen|shot)$/;

/** The active form of a past participle in the tense asked for, from compromise's conjugation; null when unsure. */
function active(participle: string, past: boolean): string | null {
	const forms = nlp(`it was ${participle} by them`).verbs().conjugate() as Record<string, string>[];
	const own = forms.find((f) => f.Infinitive !== 'be' && (f.PastTense === participle || f.Participle === participle));
	const form = own?.[past ? 'PastTense' : 'PresentTense'];
	return form && /^\p{Ll}+$/u.test(form) ? form : null;
}

/** Whether the first verb of a text is in the past tense; null when it has none. */
function pastTense(text: string): boolean | null {
	const verb = tokenize(text).find((t) => t.tags.has('Verb'));
	if (!verb || verb.tags.has('Gerund') || verb.tags.has('Infinitive')) return null;
	if (/^(?:was|were|had|did)$/i.test(verb.text) || verb.tags.has('PastTense')) return true;
	return /^(?:is|are|has|have|does|do)$/i.test(verb.text) || verb.tags.has('PresentTense') ? false : null;
}

/** "the pattern of deaths" for "The pattern of deaths", "a 48-megawatt data centre": an article and up to five words, no verb or pronoun. */
function plainPhrase(text: string): string | null {
	if (!/^(?:the|a|an) [\p{L}\d’'-]+(?: [\p{L}\d’'-]+){0,4}$/iu.test(text)) return null;
	if (tokenize(text).some((t) => t.tags.has('Verb') || t.tags.has('Pronoun'))) return null;
	return `the ${text.replace(/^\S+ /, '')}`;
}

/**
 * The question on the agent named from `start` to `end` of the sentence, led by the role words
 * before the name ("the statistician" -> "Which statistician") or else by `lead` ("Which
 * company", "Who"). In the past: "Which statistician analysed the pattern of deaths?"; in the
 * present, whose active verb may say a habit the article does not ("designs"), the passive
 * stays: "By which organisation is the 48-megawatt data centre operated?". Null for any other shape.
 */
export function agentQuestion(sentence: Sentence, start: number, end: number, lead: string): string | null {
	const text = sentence.text;
	const before = text.slice(0, start - sentence.start);
	const after = text.slice(end - sentence.start);
	const m = AGENT.exec(before);
	if (!m || (!m[1].endsWith('ed') && !IRREGULAR.test(m[1]))) return null;
	const which = m[3].trim() ? `Which ${m[3].trim()}` : lead;
	const head = before.slice(0, m.index).trimEnd();
	const ask = (phrase: string | null, past: boolean | null) => {
		if (!phrase || past === null) return null;
		if (!past) return `By ${which.replace(/^Which/, 'which').replace(/^Who$/, 'whom')} is ${phrase} ${m[1]}${m[2]}?`;
		const verb = active(m[1], true);
		return verb ? `${which} ${verb}${m[2]} ${phrase}?` : null;
	};
	// "The pattern of deaths, analysed by …, strengthened the case": the subject, and its verb after
	// the closing comma, which must be past (a present one says nothing of when the act was).
	const opening = /^([^,]+),$/.exec(head);
	if (opening) {
		const close = /^,\s+(\S.*)$/.exec(after);
		return close && pastTense(close[1]) ? ask(plainPhrase(opening[1]), true) : null;
	}
	if (!/^(?:[.,]|$)/.test(after.trim())) return null;
	// "The survey was carried out by Delling Research.": a passive main clause.
	const passive = /^((?:The|An?) [^,]+?) (was|were|is|are)$/.exec(head);
	if (passive) return ask(plainPhrase(passive[1]), /^w/.test(passive[2]));
	// "… is a 48-megawatt data centre operated by Nordvik Data.": the noun phrase after the clause's copula.
	const object = /^(?:The |An? )?[\p{L}\d’'-]+(?: [\p{L}\d’'-]+){0,2} (is|was|are|were) ((?:a|an|the) [^,]+)$/iu.exec(head);
	return object ? ask(plainPhrase(object[2]), /^w/i.test(object[1])) : null;
}
