import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { judgementSchema } from './judged-command';

/** Where the dev set keeps its articles and the verdicts on them. */
export const DEV_ARTICLES = 'tests/dev/articles';
export const DEV_JUDGEMENTS = 'tests/dev/judgements';

/** One judged question: what the judge saw and what they said of it. */
export interface Verdict {
	run: string;
	/** The article's file name without `.txt`. */
	article: string;
	type: string;
	prompt: string;
	/** The key as shown: the right choice's text, the answer, "true"/"false", or a card's back. */
	key: string;
	choices: string[];
	source: string;
	acceptable: boolean;
	defect: string | null;
	note: string | null;
}

type Shown = Pick<Verdict, 'type' | 'prompt' | 'key' | 'choices' | 'source'>;

/**
 * Reads one sheet as the judge saw it. Three layouts were used over the runs: JSON (runs 2–3),
 * labelled lines with the key among lettered options (run 1), and labelled lines with the
 * choices as JSON (the A/B runs).
 */
export function readSheet(text: string, json: boolean): Map<number, Shown> {
	const shown = new Map<number, Shown>();
	if (json) {
		const sheet = JSON.parse(text) as {
			questions: { n: number; type: string; prompt: string; key: string; back?: string; choices?: string[]; source?: string }[];
		};
		for (const q of sheet.questions)
			shown.set(q.n, {
				type: q.type,
				prompt: q.prompt,
				key: q.type === 'flashcard' ? (q.back ?? q.key) : q.key,
				choices: q.choices ?? [],
				source: q.source ?? ''
			});
		return shown;
	}
	let current: Shown | null = null;
	for (const line of text.split('\n')) {
		const head = /^#(\d+)\s.*type=(\S+)/.exec(line);
		if (head) {
			current = { type: head[2], prompt: '', key: '', choices: [], source: '' };
			shown.set(Number(head[1]), current);
			continue;
		}
		if (!current) continue;
		const field = /^\s+(PROMPT|FRONT|KEY|BACK|CHOICES|SOURCE|SOURCE SENTENCE shown after answering):\s?(.*)$/.exec(line);
		const option = /^\s+[A-Z]\)\s(.*?)(\s+<- keyed correct)?$/.exec(line);
		if (field) {
			const [, label, value] = field;
			if (label === 'PROMPT' || label === 'FRONT') current.prompt = value;
			else if (label === 'KEY' && !current.key) current.key = value;
			else if (label === 'BACK') current.key = value;
			else if (label === 'CHOICES') current.choices = JSON.parse(value) as string[];
			else if (label.startsWith('SOURCE')) current.source = value;
		} else if (option) {
			current.choices.push(option[1]);
			if (option[2]) current.key = option[1];
		}
	}
	return shown;
}

/** Every judged question of one run's folder, matched to the sheet its judge saw. */
export function readJudgedRun(dir: string, run: string): Verdict[] {
	const out: Verdict[] = [];
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.judgement.json'))) {
		const article = file.replace(/\.judgement\.json$/, '');
		const json = existsSync(join(dir, `${article}.questions.json`));
		const sheetPath = join(dir, `${article}.questions.${json ? 'json' : 'txt'}`);
		if (!existsSync(sheetPath)) throw new Error(`${sheetPath}: no sheet beside ${file}`);
		const shown = readSheet(readFileSync(sheetPath, 'utf8'), json);
		const judgement = judgementSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
		for (const q of judgement.questions) {
			const s = shown.get(q.n);
			if (!s) throw new Error(`${join(dir, file)}: question ${q.n} is not on its sheet`);
			out.push({ run, article, ...s, acceptable: q.acceptable, defect: q.defect, note: q.note });
		}
	}
	return out;
}

/** Every judged question under a judgements folder (one sub-folder per run). */
export function readJudgedQuestions(root: string): Verdict[] {
	return readdirSync(root, { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.flatMap((d) => readJudgedRun(join(root, d.name), d.name));
}

const normal = (text: string) => text.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

/** What identifies a question across runs: its type, prompt and key, compared loosely. */
export const questionKey = (q: { type: string; prompt: string; key: string }) => `${q.type}|${normal(q.prompt)}|${normal(q.key)}`;

/** What the judges said of one question over every run that showed it. */
export interface Tally {
	/** The first verdict met: what the question showed. */
	first: Verdict;
	verdicts: number;
	acceptable: number;
	defects: Map<string, number>;
}

/** The verdicts grouped by `keyOf`, counted. */
export function tallyVerdicts(verdicts: Verdict[], keyOf: (v: Verdict) => string): Map<string, Tally> {
	const tallies = new Map<string, Tally>();
	for (const v of verdicts) {
		const key = keyOf(v);
		const t = tallies.get(key) ?? { first: v, verdicts: 0, acceptable: 0, defects: new Map<string, number>() };
		t.verdicts++;
		if (v.acceptable) t.acceptable++;
		else if (v.defect) t.defects.set(v.defect, (t.defects.get(v.defect) ?? 0) + 1);
		tallies.set(key, t);
	}
	return tallies;
}
