import { checkBankFile } from '../cli/bank-check';
import { formatProblem, parseBankJson } from '../lib/bank';

// The built-in banks are checked here, once, when the app is built: every later start in the
// browser stores them without loading the validator (zod), which on a phone's first visit
// blocked the page for a quarter of a second. A bank that fails the check fails the build
// (the plugin in vite.config.ts, which loads this file through tsx when it first sees a bank).

export type CheckedBank = { ok: true; json: string } | { ok: false; problems: string[] };

/**
 * The bank file `file` (relative to `root`, with content `text`) as the app bundles it: checked
 * as `npm run questions:check` checks it (schema, source quotes and hash, overrides), and
 * written back as the validator's output, defaults filled in, so the browser need not parse it.
 */
export function checkedBank(root: string, file: string, text: string): CheckedBank {
	const problems = checkBankFile(root, file).findings.map((f) => formatProblem(f.file, f.problem));
	if (problems.length > 0) return { ok: false, problems };
	// The file on disk passed; `text` is what Vite read of it, parsed for the validator's output.
	const parsed = parseBankJson(text, file);
	if (!parsed.ok) return { ok: false, problems: parsed.problems.map((p) => formatProblem(file, p)) };
	return { ok: true, json: JSON.stringify(parsed.bank) };
}
