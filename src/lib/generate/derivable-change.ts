/**
 * A change the prompt states in full: with the old level and the change ("rose 27% to ____ from
 * $470 million"), the new level is one multiplication away; with both levels ("from $96 million
 * to $118 million, up ____%"), the change is one subtraction away. Either way the blank asks for
 * arithmetic, not for the article. Rounding is allowed for: stated figures are rounded, so the
 * computed value must only land within the key's and the figures' last printed digit.
 */

/** Words that say a figure moved. */
const CHANGE_CUE =
	/\b(?:rose|risen|rise|rising|fell|fallen|fall|falling|grew|grown|growth|climbed|climb|dropped|drop|declined|decline|increased|increase|decreased|decrease|jumped|jump|slipped|slip|gained|gain|lost|loss|shrank|shrunk|soared|plunged|slid|slide|surged|surge|tumbled|up|down|cut|raised|lowered|reduced|reduction|doubled|tripled|halved)\b/i;

/** A figure in digits: currency, the number, a multiplier, a percent sign or word. */
const FIGURE =
	/([$€£]?)(\d[\d,]*(?:\.\d+)?)(\s*(?:million|billion|trillion|thousand|bn|m)\b)?(\s*(?:%|percent\b|per cent\b|percentage points?\b|points?\b))?/gi;

const SCALE: Record<string, number> = { million: 1e6, m: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, thousand: 1e3 };

export interface Figure {
	value: number;
	/** Half the value of its last printed digit: how far the true figure may lie from it. */
	slack: number;
	percent: boolean;
}

/** A number's half last-digit step: "1.31" 0.005; a whole number 0.5 (its trailing zeros are taken as exact). */
function halfStep(digits: string): number {
	const fraction = digits.split('.')[1];
	return fraction ? 0.5 * 10 ** -fraction.length : 0.5;
}

/** Every figure written in digits, years left out (2023 is a date, not an amount). */
export function figuresIn(text: string): Figure[] {
	const out: Figure[] = [];
	for (const m of text.matchAll(FIGURE)) {
		const digits = m[2];
		const scale = SCALE[(m[3] ?? '').trim().toLowerCase()] ?? 1;
		const value = Number(digits.replace(/,/g, '')) * scale;
		const percent = !!m[4];
		// "1,800 units" is a count: a year is never written with a thousands comma.
		const year = !m[1] && !m[3] && !percent && !digits.includes(',') && Number.isInteger(value) && value >= 1800 && value <= 2100;
		if (!Number.isFinite(value) || year) continue;
		out.push({ value, slack: halfStep(digits) * scale, percent });
	}
	return out;
}

/** Whether `x` lies within `slack` of `target`, with room for floating point. */
const within = (x: number, target: number, slack: number) => Math.abs(x - target) <= slack + Math.abs(target) * 1e-9;

/**
 * How the key follows from a change the prompt states, or null. `key` is the answer as a figure
 * (its value, the slack of its printed form, and whether it is written as a percent).
 */
export function changeGivesAway(prompt: string, key: Figure): string | null {
	if (!CHANGE_CUE.test(prompt)) return null;
	const figures = figuresIn(prompt);
	const levels = figures.filter((f) => !f.percent && f.value > 0);
	const shares = figures.filter((f) => f.percent);
	if (!key.percent) {
		// The new level from the old and a change in percent: 470 and 27% give 597.
		for (const a of levels)
			for (const p of shares)
				for (const sign of [1, -1]) {
					const expected = a.value * (1 + (sign * p.value) / 100);
					const slack = key.slack + (a.value * p.slack) / 100 + a.slack;
					if (expected > 0 && within(key.value, expected, slack)) return 'a level the prompt’s other level and its change give';
				}
		// "doubled from 40 to ____": a multiple the verb states.
		const factor = /\bdoubled\b/i.test(prompt) ? 2 : /\btripled\b/i.test(prompt) ? 3 : /\bhalved\b/i.test(prompt) ? 0.5 : 0;
		if (factor && levels.some((a) => within(key.value, a.value * factor, key.slack + a.slack * factor)))
			return 'a level the prompt’s other level and its change give';
	}
	// The change from both levels: the difference, or the difference as a share of the old level.
	const same = figures.filter((f) => f.percent === key.percent && f.value > 0);
	for (const a of same)
		for (const b of same) {
			// Small counts equal a difference of two others too often by chance.
			if (a === b || (!key.percent && key.value < 10)) continue;
			if (within(key.value, Math.abs(b.value - a.value), key.slack + a.slack + b.slack)) return 'a change whose both ends the prompt gives';
		}
	if (key.percent)
		for (const a of levels)
			for (const b of levels) {
				// Two levels of one thing are of one size: 148 kroner and 11 billion kroner are not its ends.
				if (a === b || Math.max(a.value, b.value) / Math.min(a.value, b.value) > 10) continue;
				const change = (Math.abs(b.value - a.value) / a.value) * 100;
				// Only a quarter of the levels' rounding counts: 3.4 to 4.2 (23.5%, give or take 3.6) pins no key of 27%.
				const slack = key.slack + 25 * (b.value / a.value) * (a.slack / a.value + b.slack / b.value);
				if (within(key.value, change, slack)) return 'a change whose both ends the prompt gives';
			}
	return null;
}

/** The key of a question as a figure: its value, how finely it is printed, whether it is a percent. */
export function keyFigure(text: string, value: number): Figure {
	const [first] = figuresIn(text);
	const percent = /%|\bper ?cent|\bpoints?\b/i.test(text);
	if (first && Math.abs(first.value - value) <= Math.abs(value) * 1e-9) return { ...first, percent };
	return { value, slack: Number.isInteger(value) ? 0.5 : 0.005, percent };
}
