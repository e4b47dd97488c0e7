import { normaliseAnswer } from '../../quiz/normalise';
import { BLANK } from '../../bank/schema';
import { arrange } from '../distractors';
import { sameName } from '../facts/name-sorts';
import { LEANING_LEAD, wordCount } from '../english';
import { isCommonWord } from '../frequency';
import type { KeyTermFact, TaggedSentence } from '../facts/types';
import { replaceSpan } from '../questions/phrasing';
import type { ArticleIndex, FactKindModule } from './kind';
import { relationFact, relationQuestion, standsAlone, termCase, termWord } from './relation';

/**
 * The other terms fit to stand beside `answer`: not in the prompt, not the answer again in
 * another number ("wickets" for "wicket"), and a name only beside a name ("Northfield" is no
 * choice beside "wicket").
 */
export function otherChoices(answer: string, others: string[], prompt: string): string[] {
	const proper = (t: string) => /^\p{Lu}/u.test(t);
	const shown = ` ${normaliseAnswer(prompt)} `;
	return others.filter((o) => !shown.includes(` ${normaliseAnswer(o)} `) && !sameName(o, answer) && proper(o) === proper(answer));
}

/** A term is asked when the article uses it this often. */
const MIN_MENTIONS = 3;

/** Whether a word is rare in general English: neither it nor its singular is among the common words. */
function rare(word: string): boolean {
	return !isCommonWord(word) && /^[\p{Ll}][\p{Ll}-]{3,}$/u.test(word);
}

/** The runs of term words of a sentence (lower-case words only: names are other kinds' facts). */
function runs(s: TaggedSentence): { at: number; words: string[] }[] {
	const out: { at: number; words: string[] }[] = [];
	let current: { at: number; words: string[] } | null = null;
	for (const t of s.tokens) {
		const ok = termWord(t) && /^[\p{Ll}][\p{Ll}-]*$/u.test(t.text);
		if (ok && current) current.words.push(t.text);
		else if (ok) current = { at: t.start, words: [t.text] };
		if (!ok || t.post.trim() !== '') {
			if (current) out.push(current);
			current = null;
		}
	}
	if (current) out.push(current);
	return out;
}

const cache = new WeakMap<ArticleIndex, Map<string, number>>();

/** How often each candidate term (a rare head word with up to one word before it) occurs in the article. */
function termCounts(article: ArticleIndex): Map<string, number> {
	const known = cache.get(article);
	if (known) return known;
	const counts = new Map<string, number>();
	for (const s of article.sentences) {
		for (const r of runs(s)) {
			const head = r.words[r.words.length - 1];
			if (!rare(head)) continue;
			counts.set(head, (counts.get(head) ?? 0) + 1);
			if (r.words.length > 1) {
				const pair = r.words.slice(-2).join(' ');
				counts.set(pair, (counts.get(pair) ?? 0) + 1);
			}
		}
	}
	cache.set(article, counts);
	return counts;
}

/**
 * Key terms: a noun phrase the article uses three times or more whose head word is rare in
 * general English (parrotfish, bioreactor, typhus). Asked once, on its first sentence that stands
 * alone, as a choice among the article's other key terms.
 */
export const keyTerm: FactKindModule<'key-term'> = {
	kind: 'key-term',
	claims: false,
	find(s, ctx) {
		if (LEANING_LEAD.test(s.text) || !standsAlone(s.text.replace(/[“"][^”"]*[”"]/g, ''))) return [];
		const counts = termCounts(ctx.article);
		const out: KeyTermFact[] = [];
		for (const r of runs(s)) {
			const pair = r.words.slice(-2).join(' ');
			const term = r.words.length > 1 && (counts.get(pair) ?? 0) >= MIN_MENTIONS ? pair : r.words[r.words.length - 1];
			const mentions = counts.get(term) ?? 0;
			if (mentions < MIN_MENTIONS) continue;
			const at = r.at + r.words.join(' ').length - term.length;
			// Only the term's first standing sentence asks it.
			const earlier = ctx.article.sentences.some(
				(p) =>
					p.index < s.index && !LEANING_LEAD.test(p.text) && new RegExp(`\\b${term}\\b`, 'i').test(p.text) && standsAlone(p.text.replace(/[“"][^”"]*[”"]/g, ''))
			);
			if (earlier || out.some((f) => f.key === `term|${term}`)) continue;
			out.push({ ...relationFact(s, termCase(term, ctx.article.sentences), at, `term|${term}`), kind: 'key-term', mentions });
		}
		return out;
	},
	ask(fact, ctx) {
		if (wordCount(ctx.sentence.text) < 8) return [];
		const others = [
			...new Set(
				ctx.all
					.filter((f) => (f.kind === 'key-term' || f.kind === 'definition') && normaliseAnswer(f.answer) !== normaliseAnswer(fact.answer))
					.map((f) => f.answer)
			)
		];
		const prompt = replaceSpan(ctx.sentence, fact.answerStart, fact.answerEnd, BLANK);
		if (others.length < 2 || !prompt.includes(BLANK)) return [];
		const shown = otherChoices(fact.answer, others, prompt);
		if (shown.length < 2) return [];
		const { choices, answer } = arrange(fact.answer, shown.slice(0, 3), fact.key, false);
		return [relationQuestion(fact, ctx.sentence, { type: 'mcq', prompt, choices, answer }, 'blank', 'term')];
	},
	score: (fact) => 2 + Math.min(fact.mentions, 6) / 3
};
