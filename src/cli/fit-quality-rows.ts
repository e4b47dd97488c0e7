import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sentenceCentrality } from '../lib/generate/centrality';
import { prepareText } from '../lib/generate/prepare-text';
import { qualityFeatures, type ArticleContext } from '../lib/generate/quality/features';
import { splitSentences, type Sentence } from '../lib/generate/sentences';
import { questionKey, readJudgedQuestions, tallyVerdicts } from './judged-sheets';

/** One distinct judged question: its features, and how many judges accepted it of how many saw it. */
export interface Row {
	article: string;
	key: string;
	features: number[];
	accepted: number;
	verdicts: number;
}

interface Article extends ArticleContext {
	body: Sentence[];
}

/** The article as the generator reads it (as in generate/index.ts): prepared text, headline, lead, centrality. */
export function readArticle(raw: string): Article {
	const prepared = prepareText(raw);
	const sentences = splitSentences(prepared.text);
	const body = sentences.filter((s) => !s.heading);
	const title = prepared.title ?? sentences.find((s) => s.heading && !s.dateline)?.text ?? '';
	return { text: prepared.text, title, lead: body[0]?.text, centrality: sentenceCentrality(sentences, title), body };
}

const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/**
 * The sentence a question was drawn from: the last body sentence its shown source contains (a
 * source shown with the sentence before it ends with its own), else the one sharing most words.
 */
export function sourceSentence(source: string, body: Sentence[]): Sentence | undefined {
	const contained = body.filter((s) => source.includes(s.text));
	if (contained.length > 0) return contained.at(-1);
	const want = words(source);
	let best: Sentence | undefined;
	let bestScore = 0;
	for (const s of body) {
		const have = words(s.text);
		let shared = 0;
		for (const w of have) if (want.has(w)) shared++;
		const score = shared / Math.max(have.size + want.size - shared, 1);
		if (score > bestScore) {
			best = s;
			bestScore = score;
		}
	}
	return bestScore >= 0.3 ? best : undefined;
}

/** Every distinct judged question of the dev set with its features, in a fixed order (article, then question key). */
export function judgedRows(judgements: string, articles: string): { rows: Row[]; unmatched: number } {
	const grouped = tallyVerdicts(readJudgedQuestions(judgements), (v) => `${v.article}\u0000${questionKey(v)}`);
	const read = new Map<string, Article>();
	const rows: Row[] = [];
	let unmatched = 0;
	for (const id of [...grouped.keys()].sort()) {
		const { first: v, acceptable: accepted, verdicts } = grouped.get(id)!;
		let article = read.get(v.article);
		if (!article) {
			article = readArticle(readFileSync(join(articles, `${v.article}.txt`), 'utf8'));
			read.set(v.article, article);
		}
		const sentence = sourceSentence(v.source, article.body);
		if (!sentence) {
			unmatched++;
			continue;
		}
		const features = qualityFeatures({ type: v.type, prompt: v.prompt, key: v.key, choices: v.choices }, sentence, article);
		rows.push({ article: v.article, key: questionKey(v), features, accepted, verdicts });
	}
	return { rows, unmatched };
}
