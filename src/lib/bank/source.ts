import { z } from 'zod';
import { BankError, type Problem } from './errors';
import type { Bank } from './schema';

/**
 * An article kept under `questions/sources/`: front matter, then the article text exactly as
 * published. Question offsets point into `body`, so the body is never reformatted.
 */
export interface Source {
	meta: SourceMeta;
	body: string;
	/** Where the body starts in the file: file offset = bodyOffset + article offset. */
	bodyOffset: number;
}

export const sourceMetaSchema = z.object({
	title: z.string().trim().min(1, 'must not be empty'),
	/** Where the article came from: its original file name, a URL or a description. */
	source: z.string().trim().min(1, 'must not be empty'),
	published: z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
		.optional()
});

export type SourceMeta = z.infer<typeof sourceMetaSchema>;

const FENCE = /^---\r?\n/;
const LINE = /^([A-Za-z][\w-]*):[ \t]*(.*?)[ \t]*$/;

const frontMatterProblem = (field: string, message: string): Problem => ({
	path: `frontMatter.${field}`,
	field,
	message
});

/**
 * Splits a source file into its front matter (`---`, `key: value` lines, `---`) and its body.
 * Throws a {@link BankError} naming every bad line or field.
 */
export function parseSource(text: string, fileName = 'source'): Source {
	const open = FENCE.exec(text);
	if (!open) {
		throw new BankError(fileName, [frontMatterProblem('(front matter)', 'must start with a line "---"')]);
	}
	const fields: Record<string, string> = {};
	const problems: Problem[] = [];
	let offset = open[0].length;
	for (let lineNo = 2; ; lineNo++) {
		const newline = text.indexOf('\n', offset);
		if (newline === -1) {
			problems.push(frontMatterProblem('(front matter)', 'has no closing line "---"'));
			break;
		}
		const line = text.slice(offset, newline).replace(/\r$/, '');
		offset = newline + 1;
		if (line === '---') break;
		if (line.trim() === '') continue;
		const match = LINE.exec(line);
		if (!match) {
			problems.push(frontMatterProblem(`line ${lineNo}`, `expected "key: value" but got ${JSON.stringify(line)}`));
		} else if (match[1] in fields) {
			problems.push(frontMatterProblem(match[1], `is given twice (again on line ${lineNo})`));
		} else {
			fields[match[1]] = unquote(match[2]);
		}
	}
	const meta = sourceMetaSchema.safeParse(fields);
	if (!meta.success) {
		for (const issue of meta.error.issues) {
			const field = issue.path.map(String).join('.');
			problems.push(frontMatterProblem(field, fields[field] === undefined ? 'is required' : issue.message));
		}
	}
	if (problems.length > 0 || !meta.success) throw new BankError(fileName, problems);
	return { meta: meta.data, body: text.slice(offset), bodyOffset: offset };
}

/** YAML habit: a value may be wrapped in matching quotes. */
const unquote = (value: string): string => (/^(["']).*\1$/.test(value) ? value.slice(1, -1) : value);

/**
 * Problems for every question whose `source.quote` is not the article text at
 * `[start, end)`. When the quote occurs elsewhere in the article the message gives its offsets.
 */
export function checkSources(bank: Bank, articleText: string): Problem[] {
	const problems: Problem[] = [];
	bank.questions.forEach((q, i) => {
		if (!q.source) return;
		const { quote, start, end } = q.source;
		const actual = articleText.slice(start, end);
		if (actual === quote) return;
		const at = articleText.indexOf(quote);
		const hint = at === -1 ? 'the quote is not in the article' : `the quote is at ${at}-${at + quote.length}`;
		const message =
			end > articleText.length
				? `end ${end} is past the end of the article (${articleText.length} characters); ${hint}`
				: `does not match the article at ${start}-${end}, which reads ${JSON.stringify(shorten(actual))}; ${hint}`;
		problems.push({ path: `questions[${i}].source.quote`, questionId: q.id, field: 'source.quote', message });
	});
	return problems;
}

const shorten = (s: string): string => (s.length > 60 ? `${s.slice(0, 60)}…` : s);
