import nlp from 'compromise';
import { normaliseAnswer } from '../../quiz/normalise';
import { arrange } from '../distractors';
import { finish, LEANING_LEAD, wordCount } from '../english';
import type { CauseFact, TaggedSentence } from '../facts/types';
import { trimLead } from '../questions/phrasing';
import { joined } from '../questions/standalone';
import { firstClause, invert } from '../questions/wh';
import { sentenceBefore, type FactKindModule, type FindContext } from './kind';
import { wrongReasons } from './cause-reasons';
import { cardBack, relationFact, relationQuestion, standsAlone } from './relation';

/**
 * "A because B", "A because of B", "A due to B": the effect before the cause. A hedge before the
 * link ("…, partly because B") belongs to the cause, not to the end of the effect.
 */
const EFFECT_FIRST =
	/^(.{12,}?),? (?:(partly|largely|mainly|mostly|chiefly|in part|probably|perhaps|possibly) )?(because(?: of)?|due to|as a result of) (.{6,})$/;
/** "Because B, A": the cause first. */
const CAUSE_FIRST = /^(Because(?: of)?) ([^,]{6,}), (.{12,})$/;

/**
 * "A, which (the authors argue) is why B", "A, which helps explain why B": the cause first, then
 * what it explains, joined by a relative "which" that stands for the whole clause before it.
 */
const WHICH_IS_WHY =
	/^(.{12,}?),? which,? (?:[^,]{2,40}? (?:say|says|said|argue|argues|argued|believe|believes|think|thinks|suggest|suggests),? )?(?:is|was|(?:partly |largely )?explains|explained|helps(?: to)? explain|helped(?: to)? explain|may explain|might explain|could explain) why (.{12,})$/;

/** Openings that give an effect whose cause is the sentence before. */
const FROM_BEFORE = /^(?:As a result|That is why|This is why|That's why|For this reason)/;

/** "…, the board said in its report": who said it, after the cause, is no part of the cause. */
const ATTRIBUTION_TAIL = /,\s+(?:(?:the\s+)?[\p{L} ]{2,90}?\s+(?:said|says|reported|found|concluded|told|added|wrote)|according to)\b.*$/u;
/** "…, compared with 1.6 percent in the placebo group": a comparison after the cause is no part of it. */
const COMPARISON_TAIL = /,\s+(?:compared (?:with|to)|as against|against|versus|vs\.?|up from|down from|than)\b.*$/;
/** A clause that already opens on its link ("Because the flour falls …", "Since the dam failed …"). */
const OWN_LINK = /^(?:because|since|as)\b/i;
/** "City Light Rail's records show that …", "the study found that …": the frame around the effect. */
const REPORTING_FRAME = /^.{3,80}?\b(?:show|shows|showed|said|says|found|finds|reported|concluded|suggest|suggests|suggested|confirmed) that (.{12,})$/;

const PRONOUN = /\b(?:it|they|them|he|she|him|her|its|their)\b/i;

function make(s: TaggedSentence, effect: string, cause: string, at: number): CauseFact | null {
	const framed = REPORTING_FRAME.exec(finish(trimLead(effect).text));
	// "many people who took it reported that food tasted metallic": a frame with a pronoun is no mere
	// attribution but whose food and which drug; cut off, it leaves the "Why …?" saying neither.
	if (framed && PRONOUN.test(framed[0].slice(0, -framed[1].length))) return null;
	const whole = framed ? framed[1] : finish(trimLead(effect).text);
	// "the check was booked but was postponed twice": the cause explains the last predicate.
	// "…, which rots slowly": a trailing description of the object is not what the cause explains.
	const e = whole
		.replace(/^(.+?) (?:was|were|is|are|had|has) .+? (?:but|and) ((?:was|were|is|are|had|has) .+)$/, '$1 $2')
		.replace(/, (?:which|who) [^,]+$/, '');
	// The cause is one clause: what a second clause ("…, and the tram stayed in service") or a speaker adds is not it.
	const c = finish(firstClause(cause.replace(ATTRIBUTION_TAIL, '').replace(COMPARISON_TAIL, '')));
	if (!standsAlone(e) || !(standsAlone(c) || pointsToEffect(c, e)) || wordCount(c) < 3 || LEANING_LEAD.test(e) || /^(?:this|that|it) (?:is|was)\b/i.test(e))
		return null;
	return { ...relationFact(s, c, at, `cause|${normaliseAnswer(e).slice(0, 60)}`), kind: 'cause', effect: e };
}

/**
 * "Basalt was chosen because it is cheap": a cause whose "it" or "they" opens it and can only
 * mean the effect's subject, which the question names ("Why was basalt chosen?"). The effect is
 * one plain clause (no comma, so no second thing named in an aside) opening on its subject.
 */
function pointsToEffect(cause: string, effect: string): boolean {
	const m = /^because (it|they) /i.exec(cause);
	return !!m && !/[,;]/.test(effect) && !LEANING_LEAD.test(effect) && standsAlone(`because X ${cause.slice(m[0].length)}`) && standsAlone(effect);
}

/** The sentence before, in the same paragraph, when it can stand as a cause: it leans on nothing. */
function previousCause(s: TaggedSentence, ctx: FindContext): TaggedSentence | null {
	const prev = sentenceBefore(s, ctx);
	// "Because the flour falls so fast, …" would be asked as "Because because …": a sentence that gives its own reason is no cause here.
	return prev && !LEANING_LEAD.test(prev.text) && !OWN_LINK.test(prev.text) && standsAlone(prev.text) ? prev : null;
}

/**
 * Whether "due to" at `at` means "expected to": a verb in its base form follows ("due to open in
 * 2026", "due to be completed"), itself followed by a preposition, a number, another verb or
 * nothing. compromise alone tags "open" there as a noun, so the word is tried after "they".
 */
function scheduled(s: TaggedSentence, at: number): boolean {
	const i = s.tokens.findIndex((t) => t.start > at && t.text.toLowerCase() === 'to');
	const word = s.tokens[i + 1];
	const next = s.tokens[i + 2];
	if (i < 0 || !word || !/^\p{Ll}+$/u.test(word.text) || word.tags.has('Determiner') || word.tags.has('Plural')) return false;
	const verb = nlp(`they ${word.text}`).has('#Verb');
	return verb && (!next || word.post.trim() !== '' || ['Preposition', 'Value', 'Verb', 'Adverb'].some((tag) => next.tags.has(tag)));
}

const lowerFirst = (t: string) => (/^(?:\p{Lu}\p{Ll}|An? )/u.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t);

/** The link as an answer opens: "due to the frost" is asked as "because of the frost". */
const link = (word: string) => (/^(?:due to|as a result of)$/i.test(word) ? 'because of' : word.toLowerCase());

/**
 * "Why is it that fishers target the largest fish?": a "Why …?" that keeps the clause as the
 * article wrote it, for effects whose verb the inversion cannot turn ("target" read as a noun).
 * A clause that opens on someone's "her"/"its" would lean on a name the prompt does not give.
 */
function whyIsIt(effect: string): string | null {
	// "…, which give out enough heat": a trailing description is no part of what is explained.
	const clause = finish(effect).replace(/, (?:which|who) [^,]+$/, '');
	// A clause in the writer's voice ("told me"), with a second clause (";") or in quotation marks reads badly after "that".
	const leans = /^(?:her|his|its|their)\b|\b(?:I|me|my|we|us|our)\b|[“”"();]|, (?:who|which)\b/i.test(clause);
	// A clause cut before its verb ("the first four charging points are") asks nothing.
	const whole = nlp(clause).has('#Verb') && !/\b(?:is|are|was|were|be|been|has|have|had)$/.test(clause);
	if (leans || !whole || wordCount(clause) < 4 || wordCount(clause) > 25) return null;
	return `Why is it that ${lowerFirst(clause)}?`;
}

/**
 * Cause and effect: "A because B", "Because B, A", "A due to B", "A, which is why B", and "As a
 * result, A" after a sentence that gives the cause. Asked as "Why …?" (the effect inverted) with the cause on the
 * back of a card, and as a choice among the article's causes when it has enough of them.
 */
export const cause: FactKindModule<'cause'> = {
	kind: 'cause',
	claims: false,
	find(s, ctx) {
		const text = s.text;
		const which = WHICH_IS_WHY.exec(text);
		if (which) {
			const f = make(s, which[2], `because ${lowerFirst(finish(which[1]))}`, 0);
			return f ? [f] : [];
		}
		const first = CAUSE_FIRST.exec(text);
		const found = first ? null : EFFECT_FIRST.exec(text);
		// "due to open in 2026" is a plan, not a cause: a verb follows "due to".
		// "Nurses, who cannot … because …, are left out": a "because" inside a relative clause explains no main clause.
		const inRelative = found && /, (?:who|which) [^,]*$/.test(found[1]);
		const after = found && !inRelative && !(found[3] === 'due to' && scheduled(s, found[1].length)) ? found : null;
		// "As a result, A" and "That is why A" take their cause from the sentence before.
		const result = first || after ? null : new RegExp(`${FROM_BEFORE.source},? (.{12,})$`).exec(text);
		const prev = result ? previousCause(s, ctx) : null;
		let f: CauseFact | null = null;
		if (first) f = make(s, first[3], `${link(first[1])} ${first[2]}`, 0);
		else if (after) f = make(s, after[1], `${after[2] ? `${after[2]} ` : ''}${link(after[3])} ${after[4]}`, after[1].length);
		else if (result && prev) f = make(s, result[1], `because ${lowerFirst(finish(prev.text))}`, 0);
		return f ? [f] : [];
	},
	ask(fact, ctx) {
		const why = invert('Why', fact.effect) ?? whyIsIt(fact.effect);
		if (!why) return [];
		const answer = cardBack(fact.answer);
		// A cause read from the sentence before is quoted with it, so the source holds the answer.
		const sentence = ctx.previous && FROM_BEFORE.test(ctx.sentence.text) ? joined(ctx.previous, ctx.sentence) : ctx.sentence;
		const out = [relationQuestion(fact, sentence, { type: 'flashcard', prompt: why, back: answer }, 'card', 'why')];
		const others = wrongReasons(fact, ctx.all, [ctx.previous?.text ?? '', ctx.sentence.text]);
		if (others.length >= 2) {
			const { choices, answer: at } = arrange(answer, others.slice(0, 3), `${fact.key}|why`, false);
			out.push(relationQuestion(fact, sentence, { type: 'mcq', prompt: why, choices, answer: at }, 'wh', 'why-mcq'));
		}
		return out;
	},
	score: () => 3.5
};
