import { BLANK } from '$lib/bank/schema';

// Anki's cloze deletions, `{{c1::answer}}` or `{{c1::answer::hint}}`: each number makes one card.
// Factdeck's cloze question has exactly one blank, so each number becomes one question with
// its deletion blanked and the other deletions shown as their answers.

const DELETION = /\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g;

export interface ClozeCard {
	number: number;
	prompt: string;
	answer: string;
}

/** True when the text holds at least one cloze deletion. */
export function hasCloze(text: string): boolean {
	return /\{\{c\d+::/.test(text);
}

/** One card per cloze number, or for a number that hides several places, why it cannot be one. */
export function clozeCards(text: string): (ClozeCard | { number: number; problem: string })[] {
	const numbers = [...new Set([...text.matchAll(DELETION)].map((m) => Number(m[1])))].sort((a, b) => a - b);
	return numbers.map((number) => {
		const hidden = [...text.matchAll(DELETION)].filter((m) => Number(m[1]) === number);
		if (hidden.length > 1) {
			return { number, problem: `c${number} hides ${hidden.length} places; a Factdeck cloze has one blank` };
		}
		const prompt = text.replace(DELETION, (_all, n: string, answer: string, hint?: string) =>
			Number(n) === number ? (hint ? `${BLANK} (${hint})` : BLANK) : answer
		);
		return { number, prompt, answer: hidden[0][2] };
	});
}
