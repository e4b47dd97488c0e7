import { arrange } from '../distractors';
import type { DefinitionFact, TaggedSentence } from '../facts/types';
import { copulaClauses, secondPredicate } from './definition-copula';
import { dashGlosses } from './definition-dash';
import { endsInNoun, otherTerms, verbInTerm } from './definition-terms';
import type { FactKindModule, FindContext } from './kind';
import { namedGloss } from './definition-gloss';
import { aliases } from './definition-alias';
import { definedTerms } from './definition-defined';
import { definesTerm, withoutAsides } from './definition-defining';
import { ALIAS_KEY, make, nominal } from './definition-make';
import { fitBack, notAGloss } from '../questions/card-backs';
import { cardBack, nounPhraseEndingAt, relationQuestion } from './relation';

/**
 * An appositive that classifies: "a fever spread by lice", "the share of … that …", "fish that
 * feed on …". "that" standing for a noun ("only slightly more than that of water") opens no
 * relative clause.
 */
const CLASSIFYING =
	/^(?:(?:a|an|the) (?:[^,;:()“”"—–]|"[^",]*"|“[^”,]*”)+|(?:[\p{Ll}-]+ ){1,5}(?<!\bthan )(?:that(?! of\b)|which|who|in which)\b(?:[^,;:()“”"—–]|"[^",]*"|“[^”,]*”)*)/u;

/** Whether an offset of the text sits inside a quotation: someone's words define nothing for the article. */
const insideQuote = (text: string, at: number) => (text.slice(0, at).match(/[“”"]/g) ?? []).length % 2 === 1;

/** "Typhus, a fever spread by lice, broke out …": the noun phrase before a classifying appositive. */
function appositions(s: TaggedSentence, ctx: FindContext): DefinitionFact[] {
	const out: DefinitionFact[] = [];
	for (const m of s.text.matchAll(/, /g)) {
		const comma = m.index ?? 0;
		const rest = withoutAsides(s.text.slice(comma + 2));
		const gloss = CLASSIFYING.exec(rest.text)?.[0];
		if (!gloss) continue;
		const beyond = comma + 2 + rest.original(gloss.length);
		const term = nounPhraseEndingAt(s, comma);
		// A technical term defined in general words is a definition wherever it stands (see definition-defining.ts).
		const defines = term !== null && definesTerm(s, term, comma + 2, beyond);
		// "the wheels, the axles and the brakes": a comma between list members is no apposition.
		if (
			(!defines && /^(?:,? and|,? or)\b/.test(rest.text.slice(gloss.length))) ||
			/^(?:the|a|an) [\p{L}-]+(?: [\p{L}-]+)? (?:and|or) (?:the|a|an)\b/u.test(gloss)
		)
			continue;
		// "a steel frame, a motor in the rear wheel, hydraulic disc brakes and a rack": a noun after the
		// next comma, and an "and" later on, make the phrase one item of a list.
		const next = s.tokens.find((t) => t.start === beyond + 2);
		if (!defines && s.text.startsWith(', ', beyond) && next && !next.tags.has('Verb') && /\band\b/.test(s.text.slice(beyond))) continue;
		// "…, leaving the town …": a verb opens a clause, not a description.
		const first = s.tokens.find((t) => t.start === comma + 2);
		if (!first || (first.tags.has('Verb') && !first.tags.has('Noun')) || first.tags.has('Conjunction') || insideQuote(s.text, comma)) continue;
		// "In the doubles final, which was played before the singles, the pair beat …": a phrase
		// closing a relative clause is followed by the main clause, not by its definition.
		if (term && /(?:^|, )(?:which|who|whom|whose|where|when)\b[^,]*$/.test(s.text.slice(0, term.at))) continue;
		// "women gutting fish, children carrying baskets, the long sheds …": a phrase after a comma or
		// an "and" is a member of a list ("after days of rain and melting snow, the dam gave way"),
		// and what follows it the next member or the sentence's subject, not its definition. A technical
		// term whose gloss is closed by a comma and the verb of its clause ("…, and regolith, the layer
		// that covers …, appears …") is that clause's subject, defined in passing.
		const subjectDefined = defines && s.text.startsWith(', ', beyond) && next !== undefined && next.tags.has('Verb') && !next.tags.has('Noun');
		if (term && /(?:,|\band|\bor) $/.test(s.text.slice(0, term.at)) && !subjectDefined) continue;
		// "In conclusion, …", "Amidst these clashes, …": a phrase after a preposition is a scene, not a term.
		const governing = term
			? s.tokens.filter((t) => t.end <= term.at && !['Determiner', 'Adjective', 'Value', 'Possessive'].some((tag) => t.tags.has(tag))).at(-1)
			: undefined;
		// A phrase after a preposition is a scene ("In conclusion, …") or the end of a clause the
		// appositive sums up ("added 146 for the third wicket, a partnership that …"), unless it sits
		// in a subject before any verb ("Her work on aeroelastic flutter, a shaking that …, is used").
		const verbBefore = term !== null && s.tokens.some((t) => t.end <= term.at && t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective'));
		const opensSentence = governing !== undefined && !s.tokens.slice(0, s.tokens.indexOf(governing)).some((t) => t.tags.has('Noun') && !t.tags.has('Pronoun'));
		const scene = governing !== undefined && (opensSentence || verbBefore);
		if (!term || (governing?.tags.has('Preposition') && scene && !defines) || first.tags.has('Preposition') || !nominal(s, comma + 2, beyond)) continue;
		if (verbInTerm(s, term, beyond)) continue;
		const fact = make(s, term.text.replace(/^(?:A|An|The) /, ''), term.at + (/^(?:A|An|The) /.exec(term.text)?.[0].length ?? 0), gloss, ctx);
		if (fact) out.push(fact);
	}
	return out;
}

/** "Insulin is a hormone that lets …": a short subject defined by the copula (see definition-copula.ts). */
function copulas(s: TaggedSentence, ctx: FindContext): DefinitionFact[] {
	return copulaClauses(s.text).flatMap((c) => {
		// "the town's only route for heavy goods, so barges …": the definition ends where the next clause starts.
		// A bare "and" joins list members ("carries the wheels, the axles and the brakes"): only ", and" opens a clause.
		// A bare "as" follows a participle ("expressed as a percentage"): only ", as" opens one.
		const whole = c.gloss.split(/(?:,? (?:so|but|while|because|although)|, as|, and) (?=\p{Ll})/u)[0];
		const gloss = whole.slice(0, secondPredicate(s, c.glossAt, whole.length));
		const words = s.tokens.filter((t) => t.start >= c.at && t.end <= c.at + c.term.length);
		// compromise often reads a plural before "are" or before its modifier ("Sand dunes are ridges of …") as a
		// verb; in that place of a bare plural clause it can only be a noun.
		const pluralNoun = (t: (typeof words)[number] | undefined, i: number) =>
			t !== undefined && c.plural !== undefined && /\p{Ll}s$/u.test(t.text) && !t.tags.has('Adjective') && !t.tags.has('Adverb') && i === words.length - 1;
		const verb = (t: (typeof words)[number], i: number) => t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Noun') && !pluralNoun(t, i);
		if (words.length === 0 || words.some((t, i) => t.tags.has('Pronoun') || verb(t, i))) return [];
		if (!nominal(s, c.glossAt, c.glossAt + gloss.length)) return [];
		// A bare plural term and class ("Centaurs are icy bodies that …"): both must be plural nouns.
		const plural = c.plural;
		if (plural) {
			const head = s.tokens.find((t) => t.start === plural.at);
			if (!head || head.tags.has('Adjective') || head.tags.has('Adverb') || !pluralNoun(words.at(-1), words.length - 1)) return [];
		}
		return make(s, c.term, c.at, gloss, ctx) ?? [];
	});
}

/**
 * "The governor declared a state of calamity …, a step that allows …": an appositive that sums up
 * an act (a step, a measure, a move) says what the thing the act brought in does. The term is the
 * object of that verb, up to its first preposition other than "of"; "such as …" lists examples,
 * which the definition does not need.
 */
const ACT =
	/\b(?:declared|imposed|introduced|adopted|ordered|approved|announced|passed|invoked|lifted) (?:a|an|the) ((?:[\p{Ll}-]+ )*?[\p{Ll}-]+(?: of [\p{Ll}-]+)?)(?= (?:across|in|on|at|for|from|over|throughout|after|before|during|until|by)\b|,)/u;
const SUMMARY = /^, ((?:a|an) (?:step|measure|move|decision|power|status|rule|order) (?:that|which) [^,;:()“”"—–]+)/;

function summaries(s: TaggedSentence, ctx: FindContext): DefinitionFact[] {
	const m = ACT.exec(s.text);
	if (!m) return [];
	const comma = s.text.indexOf(',', (m.index ?? 0) + m[0].length - 1);
	const gloss = comma < 0 ? undefined : SUMMARY.exec(s.text.slice(comma))?.[1].replace(/ such as .*$/, '');
	if (!gloss || insideQuote(s.text, comma)) return [];
	const fact = make(s, m[1], (m.index ?? 0) + m[0].length - m[1].length, gloss, ctx);
	return fact ? [fact] : [];
}

/**
 * "pumping a special fluid, called a refrigerant, around …", "a coil called the evaporator": the
 * article gives a name to a thing it has just described, which an explainer asks a learner to know.
 * The term is lower-case (a place "called Marsh End" is a name, which other kinds ask); the gloss is
 * the described thing made definite, "the special fluid".
 */
const NAMED = /,? (?:called|known as) (?:(?:a|an|the) )?([\p{Ll}][\p{Ll}-]*(?: [\p{Ll}-]+){0,2}?)(?=[,.;]|$)/gu;

function namings(s: TaggedSentence, ctx: FindContext): DefinitionFact[] {
	const out: DefinitionFact[] = [];
	for (const m of s.text.matchAll(NAMED)) {
		const at = m.index ?? 0;
		const thing = nounPhraseEndingAt(s, at);
		if (!thing || insideQuote(s.text, at)) continue;
		const fact = make(s, m[1], at + m[0].length - m[1].length, namedGloss(s, thing, at + m[0].length, ctx), ctx);
		if (fact) out.push(fact);
	}
	return out;
}

/** Terms glossed with a dash or after a colon (see definition-dash.ts). */
function dashed(s: TaggedSentence, ctx: FindContext): DefinitionFact[] {
	return dashGlosses(s).flatMap((g) => {
		const fact = make(s, g.term, g.at, g.gloss, ctx);
		return fact ? [g.abbreviation ? { ...fact, abbreviation: g.abbreviation } : fact] : [];
	});
}

/** "Taste disturbance, or dysgeusia,": a technical name given to an everyday phrase (see definition-alias.ts). */
function aliased(s: TaggedSentence, ctx: FindContext): DefinitionFact[] {
	return aliases(s).flatMap((a) => make(s, a.term, a.at, a.gloss, ctx, true) ?? []);
}

/** 'a "pollination deficit", which it defines as …': a term defined with the verb "define" (see definition-defined.ts). */
function defined(s: TaggedSentence, ctx: FindContext): DefinitionFact[] {
	return definedTerms(s).flatMap((d) => (insideQuote(s.text, d.at - 1) ? [] : (make(s, d.term, d.at, d.gloss, ctx) ?? [])));
}

/**
 * Definitions and appositions: a term and the article's words for what it is. Asked as "What
 * does the article call …?" (typed, and a choice among the article's other terms) and as a
 * flashcard from the term to its whole definition.
 */
export const definition: FactKindModule<'definition'> = {
	kind: 'definition',
	claims: false,
	find: (s, ctx) => {
		const found = [
			...copulas(s, ctx),
			...appositions(s, ctx),
			...summaries(s, ctx),
			...namings(s, ctx),
			...dashed(s, ctx),
			...aliased(s, ctx),
			...defined(s, ctx)
		];
		// "Less successful was the evening headliner": a term with no noun in it names nothing.
		// "holders, the transport authority confirmed": a gloss that is the sentence's tail or attribution says nothing of the term.
		return found.filter((f, i) => found.findIndex((g) => g.key === f.key) === i && endsInNoun(f.answer) && !notAGloss(f.gloss));
	},
	ask(fact, ctx) {
		// "What does the article call taste disturbance?" would be answered by its own words.
		const prompt = fact.key.endsWith(ALIAS_KEY) ? `What term does the article give for ${fact.gloss}?` : `What does the article call ${fact.gloss}?`;
		// "Receptor → A closely related receptor": a gloss with no anchor makes no card.
		// "Evening headliner → the Canadian songwriter Clara Voss": a person is a card's front, never its back.
		const namesPerson = ctx.all.some((f) => f.kind === 'person' && f.sentence === fact.sentence && fact.gloss.includes(f.text));
		const gloss = namesPerson ? null : fitBack(fact.gloss, ctx.sentence.text, ctx.all);
		const front = fact.answer.charAt(0).toUpperCase() + fact.answer.slice(1);
		const out = [
			...(gloss ? [relationQuestion(fact, ctx.sentence, { type: 'flashcard', prompt: front, back: cardBack(gloss) }, 'card', 'term')] : []),
			relationQuestion(
				fact,
				ctx.sentence,
				{ type: 'short_answer', prompt, answer: fact.answer, ...(fact.abbreviation ? { accept: [fact.abbreviation] } : {}) },
				'wh',
				'call'
			)
		];
		const others = otherTerms(fact, ctx.all);
		if (others.length >= 2) {
			const { choices, answer } = arrange(fact.answer, others, `${fact.key}|mcq`, false);
			out.push(relationQuestion(fact, ctx.sentence, { type: 'mcq', prompt, choices, answer }, 'wh', 'call-mcq'));
		}
		return out;
	},
	score: () => 3.5
};
