import nlp from 'compromise';
import { escapeRegExp } from './english';
import { timesNamed } from './incidental';
import type { Candidate } from './questions';
import type { SideRule, SideView } from './side-details';
import { isLead } from './side-details-asides';
import { tokenize } from './tokens';

/**
 * Side details judged by how the article itself treats the answer. A sentence's claim is its main
 * clause; an aside set off by commas or dashes — a relative clause ("Kjetil Aamodt, who follows
 * shipping stocks at the Bergen brokerage ____, had forecast …") or an apposition ("the Kirkstall
 * Harriers, a club in the north of Leeds with fewer than ____ members") — only describes something
 * the claim names. When what the answer names or counts is said in no other sentence and not in the
 * headline, and the aside hangs on something other than the headline's subject, the blank asks
 * a description the article never comes back to. It is minor, not trivial: the sentence's main
 * claim then outranks it ("Supporters point to ____, where …" rather than the year in the
 * clause), and an article with little else to ask (a history with many named asides) still
 * reaches its floor of questions. Answers the
 * article repeats, asides about the headline's subject, the lead, and an apposition that is only
 * the name ("The regulator, the ____, said") are left alone.
 */

/** Marks that open or close an aside. */
const SEPARATOR = /,\s+|\s+[—–]\s+|\s*\(\s*|\s*\)\s*|;\s+/g;
/** How a relative clause opens ("that" restricts, so it is no aside). */
const RELATIVE = /^(?:who|whose|whom|which|where)\b/i;
/** How an apposition opens: an article, and the description after it. */
const APPOSITION = /^(?:a|an|the)\s+\S/i;

/** The aside around the answer, in sentence offsets, with the words before it; null when the answer is in the main clause. */
function asideAround(c: Candidate): { start: number; end: number; host: string; relative: boolean } | null {
	const text = c.sentence.text;
	const from = c.fact.answerStart - c.sentence.start;
	const to = c.fact.answerEnd - c.sentence.start;
	let start = -1;
	let end = text.length;
	for (const m of text.matchAll(SEPARATOR)) {
		const at = m.index ?? 0;
		if (at + m[0].length <= from) start = at + m[0].length;
		else if (at >= to) {
			end = at;
			break;
		} else return null;
	}
	if (start < 0) return null;
	const aside = text.slice(start, end);
	const relative = RELATIVE.test(aside);
	if (!relative && !(APPOSITION.test(aside) && !finite(aside) && !listItem(aside, text.slice(end)))) return null;
	// An aside hangs on a noun: after "In 2016," or "Morland said," the next part is the claim.
	const host = text.slice(0, start).replace(/[\s,—–(;]+$/, '');
	if (!endsInNoun(host)) return null;
	return { start, end, host, relative };
}

/**
 * Whether an apposition is a clause after all ("the company said", "a heatwave raised the
 * temperature"): a verb before any relative word of its own. compromise tags "based" in "a maker
 * based in Utrecht" as past tense, so a verb followed by a preposition counts as a participle.
 */
function finite(words: string): boolean {
	const tokens = tokenize(words);
	for (const [i, t] of tokens.entries()) {
		if (/^(?:who|whose|whom|which|that|where)$/i.test(t.text)) return false;
		if (!t.tags.has('Verb') || t.tags.has('Gerund')) continue;
		if (!(t.tags.has('PastTense') || t.tags.has('Participle')) || !tokens[i + 1]?.tags.has('Preposition')) return true;
	}
	return false;
}

/**
 * "Sweden received Western Pomerania, the port of Wismar and the bishoprics of ____": items of a
 * list look like appositions, but each is a claim of the sentence. A list goes on inside the part
 * ("… and the …") or right after it (", and the Danube").
 */
function listItem(aside: string, rest: string): boolean {
	return /\b(?:and|or)\s+(?:the|a|an)\s/i.test(aside) || /^[,\s]*(?:and|or|the)\s/i.test(rest);
}

/** Whether text ends in a noun or a name, as compromise tags it. */
function endsInNoun(text: string): boolean {
	const last = tokenize(text).at(-1);
	return last !== undefined && (last.tags.has('Noun') || last.tags.has('ProperNoun')) && !last.tags.has('Pronoun') && !last.tags.has('Value');
}

/** A word's singular and plural, from compromise: "titles" and "title", "women" and "woman". */
function forms(word: string): string[] {
	const doc = nlp(word);
	const singular = doc.nouns().toSingular().text() || word;
	const plural = nlp(singular).nouns().toPlural().text() || word;
	return [...new Set([word, singular, plural].map((w) => w.toLowerCase()))];
}

/** How many sentences of the article say one of the words; kept per article, as every candidate asks. */
function sentencesSaying(words: string[], view: SideView): number {
	const key = words.join('|');
	if (saying.text !== view.text) saying = { text: view.text, counts: new Map() };
	let n = saying.counts.get(key);
	if (n === undefined) {
		const pattern = new RegExp(`(?<![\\p{L}])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu');
		n = view.text.split(/(?<=[.!?])\s+|\n+/).filter((s) => pattern.test(s)).length;
		saying.counts.set(key, n);
	}
	return n;
}

let saying: { text: string; counts: Map<string, number> } = { text: '', counts: new Map() };

/** Whether the article says the answer (or, for a count, the thing counted) in one sentence only, and the headline never. */
function saidOnce(c: Candidate, view: SideView): boolean {
	const title = view.title ?? '';
	const f = c.fact;
	if (f.kind === 'quantity') {
		const head = (f.counts ?? f.unit ?? '').trim().split(/\s+/).at(-1) ?? '';
		// A bare figure ("a rise of 40 percent") has no counted thing to look for: it is left alone.
		if (!/^\p{L}{3,}$/u.test(head)) return false;
		const words = forms(head);
		return sentencesSaying(words, view) <= 1 && sentencesSaying(words, { ...view, text: title }) === 0;
	}
	if (f.kind === 'date') return sentencesSaying([f.answer], view) <= 1;
	return timesNamed(f.answer, view.text) < 2 && !title.toLowerCase().includes(f.answer.toLowerCase());
}

/** Whether the words the aside hangs on end in a name the headline gives: the article's own subject. */
function hostIsSubject(host: string, view: SideView): boolean {
	const last = host.split(/\s+/).at(-1) ?? '';
	return /^\p{Lu}/u.test(last) && (view.title ?? '').includes(last.replace(/['’]s$/, ''));
}

/** Kinds whose answer is a name, a number or a date: what an aside describes with. */
const ASKED = new Set(['quantity', 'date', 'person', 'place', 'organisation', 'named-thing']);

/**
 * Whether the answer sits in a relative clause on a name that the sentence closes and goes on
 * after: "The Strathmoyle Growers' Association, whose ____ member farms plant …, said …";
 * "Rellig, whose party's share rose by ____ points …, said …". The clause only says who the
 * speaker or the body is, and the claim resumes after it: what it counts or names is a
 * description, whether or not the article says it again. A clause that runs to the end of the
 * sentence ("… to Okafor, who dribbled …") may carry the story's next event, and is left alone.
 */
function inClosedClauseOnName(c: Candidate, view: SideView): boolean {
	const aside = asideAround(c);
	if (!aside || !aside.relative || hostIsSubject(aside.host, view)) return false;
	if (!/^\p{Lu}/u.test(aside.host.split(/\s+/).at(-1) ?? '')) return false;
	return /^,\s+\p{L}/u.test(c.sentence.text.slice(aside.end));
}

export const SALIENCE_RULES: SideRule[] = [
	{
		name: 'a detail in an aside the article never comes back to',
		weight: 'minor',
		test: (c, view) => {
			if (!ASKED.has(c.fact.kind) || c.form === 'card' || isLead(c, view)) return false;
			const aside = asideAround(c);
			if (!aside || hostIsSubject(aside.host, view)) return false;
			// "a single dose, which provides protection for six months": a clause on a thing may carry
			// the story's own facts; one on a name ("Sparta, who had won …") describes that name.
			if (aside.relative && !/^\p{Lu}/u.test(aside.host.split(/\s+/).at(-1) ?? '')) return false;
			// "The regulator, the ____, said", "the headliner, the Canadian songwriter ____": an
			// apposition whose head is the answer names who acts; only a phrase inside it describes.
			const lead = c.sentence.text.slice(aside.start, c.fact.answerStart - c.sentence.start);
			if (!aside.relative && !tokenize(lead).some((t) => t.tags.has('Preposition'))) return false;
			return saidOnce(c, view);
		}
	},
	{
		// A true/false statement shows the whole sentence, claim and clause: it is left to the rule above.
		name: 'a detail in a clause that says who a named speaker or body is',
		weight: 'trivial',
		test: (c, view) => ASKED.has(c.fact.kind) && c.form !== 'card' && c.form !== 'statement' && !isLead(c, view) && inClosedClauseOnName(c, view)
	}
];
