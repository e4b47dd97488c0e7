import { describe, expect, it } from 'vitest';
import { extractFacts, type FactRecord } from '../facts';
import { splitSentences } from '../sentences';
import { buildCandidates } from '.';
import { trimLead } from './phrasing';

const questionsOf = (text: string) => {
	const sentences = splitSentences(text);
	return buildCandidates(extractFacts(sentences, { year: 2024, month: 9, day: 14 }), sentences, text).map((c) => c.question);
};
const factsOf = (text: string): FactRecord[] => extractFacts(splitSentences(text), { year: 2024, month: 9, day: 14 });

describe('how many questions with a relative clause', () => {
	const text =
		'The two tubes are linked by cross-passages every 325 metres, which serve as escape routes in an emergency, and there are two underground emergency stations where trains can stop and passengers can be evacuated into a separate, ventilated gallery.';

	it('counts the noun right after the number, not one from the relative clause', () => {
		const stations = factsOf(text).find((f) => f.kind === 'quantity' && f.answerStart > 100);
		expect(stations?.kind === 'quantity' && stations.counts).toBe('underground emergency stations');
	});

	it('asks a whole question with the counted noun as unit, never cutting the relative clause', () => {
		// A count of "there are" names nothing by itself: it is asked after the sentence before (count-context.ts).
		const before = 'The Brenner Base Tunnel will run for 55 kilometres under the Alps.';
		const counts = questionsOf(`${before} ${text}`).filter((q) => /how many/i.test(q.prompt));
		expect(counts.length).toBeGreaterThan(0);
		for (const q of counts) {
			// The comma of "a separate, ventilated gallery" sits between two adjectives and cuts nothing (adjective-comma.ts).
			expect(q.prompt).toBe(
				`${before} How many underground emergency stations are there where trains can stop and passengers can be evacuated into a separate, ventilated gallery?`
			);
			if (q.type === 'numeric') expect(q.unit).toBe('stations');
		}
	});
});

describe('how many questions with do-support', () => {
	const text =
		'Operators expect 110 freight trains a day to use the tunnel once the full timetable begins in December, removing an estimated 600,000 lorry journeys a year from the pass road.';

	it('lower-cases a common-noun subject and keeps the rate with the count', () => {
		const numeric = questionsOf(text).find((q) => q.type === 'numeric' && q.answer === 110);
		expect(numeric?.prompt).toBe('How many freight trains a day do operators expect to use the tunnel once the full timetable begins in December?');
	});

	it('asks no "how many" of a bound: never "More than how many …?" or "Up to how many …?"', () => {
		for (const bound of ['up to', 'more than', 'over', 'at least']) {
			const prompts = questionsOf(text.replace('110', `${bound} 110`)).map((q) => q.prompt);
			expect(prompts.filter((p) => /how many/i.test(p) && /\b110\b|freight trains/.test(p))).toEqual([]);
			expect(prompts.some((p) => /\b(?:More than|Up to|At least|Over) how many\b/i.test(p))).toBe(false);
		}
	});

	it('keeps a name capitalised', () => {
		const numeric = questionsOf('Siemens Mobility delivered 40 trains to the operator last year.').find((q) => q.type === 'numeric');
		expect(numeric?.prompt).toBe('How many trains did Siemens Mobility deliver to the operator last year?');
	});
});

describe('a name moved after "does"', () => {
	it('keeps the capital of a name that opens with a common word ("Aurora Orbital")', () => {
		const prompts = questionsOf('Aurora Orbital plans 12 more launches in 2026.').map((q) => q.prompt);
		expect(prompts).toContain('How many more launches does Aurora Orbital plan in 2026?');
	});
});

describe('a "How many" question that names its event', () => {
	it('is asked when a name says what it is about, and not when nothing does', () => {
		const prompts = (text: string) => questionsOf(text).map((q) => q.prompt);
		expect(prompts('The fair was busy. About 41,000 people attended.').filter((p) => /how many/i.test(p))).toEqual([]);
		expect(prompts('About 41,000 people visited the Harrowgate Fair.')).toContain('About how many people visited the Harrowgate Fair?');
	});
});

describe('a connective that leans on an unseen sentence', () => {
	it('is cut from the front of a prompt, which then stands alone', () => {
		expect(trimLead('As a result, the Harrow line was closed for six weeks.').text).toBe('The Harrow line was closed for six weeks.');
		expect(trimLead('Consequently, the Orrin plant shut two kilns.').text).toBe('The Orrin plant shut two kilns.');
		expect(trimLead('As a rule the Harrow line runs hourly.').cut).toBe(0);
	});
});
