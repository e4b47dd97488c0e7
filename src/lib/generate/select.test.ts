import { describe, expect, it } from 'vitest';
import { generateBank } from '.';
import { extractFacts } from './facts';
import { numberDistractors } from './distractors';
import { buildCandidates } from './questions';
import { splitSentences } from './sentences';

const articles = import.meta.glob('/tests/fixtures/articles/*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const parse = (text: string) => {
	const sentences = splitSentences(text);
	return { sentences, facts: extractFacts(sentences, { year: 2024, month: 3, day: 15 }) };
};

describe('what the bank keeps', () => {
	for (const [path, text] of Object.entries(articles)) {
		it(`${path.split('/').pop()}: at most two questions per sentence, of two types, and no type above 40%`, () => {
			const outcome = generateBank(text);
			if (!outcome.ok) throw new Error(outcome.reason);
			const questions = outcome.bank.questions;
			const bySentence = new Map<number, string[]>();
			for (const q of questions) {
				const start = q.source?.end ?? -1;
				bySentence.set(start, [...(bySentence.get(start) ?? []), q.type]);
			}
			for (const types of bySentence.values()) {
				expect(types.length).toBeLessThanOrEqual(2);
				expect(new Set(types).size).toBe(types.length);
			}
			const counts = new Map<string, number>();
			for (const q of questions) counts.set(q.type, (counts.get(q.type) ?? 0) + 1);
			for (const n of counts.values()) expect(n).toBeLessThanOrEqual(Math.ceil(questions.length * 0.4));
		});

		it(`${path.split('/').pop()}: no two questions on one sentence with one key (the floor's backfill asks no fact twice)`, () => {
			const outcome = generateBank(text);
			if (!outcome.ok) throw new Error(outcome.reason);
			const keyOf = (q: (typeof outcome.bank.questions)[number]) =>
				q.type === 'mcq' ? q.choices[q.answer] : q.type === 'cloze' || q.type === 'short_answer' ? q.answer : q.type === 'numeric' ? String(q.answer) : q.id;
			const seen = new Set<string>();
			for (const q of outcome.bank.questions) {
				const key = `${q.source?.end}|${keyOf(q)}`;
				expect(seen.has(key), key).toBe(false);
				seen.add(key);
			}
		});
	}
});

describe('fair swaps', () => {
	it('never swaps a journal for another kind of organisation', () => {
		const text =
			'Engineer Hákon Bjarnason worked at the Icelandic Meteorological Office. The findings were published in the journal Polar Microbiology. The European Space Agency paid for it.';
		const { sentences, facts } = parse(text);
		const journal = facts.find((f) => f.text === 'Polar Microbiology');
		expect(journal?.kind === 'organisation' && journal.nameClass).toBe('journal');
		const swapped = buildCandidates(facts, sentences, text).filter((c) => c.fact === journal && c.question.type !== 'cloze');
		for (const c of swapped) expect(JSON.stringify(c.question)).not.toMatch(/Meteorological|Space Agency/);
	});

	it('types a name before "coach" or "supporters" as a club everywhere', () => {
		const { facts } = parse('Porto Atlântico coach Joana Carvalho smiled. Fans in Porto Atlântico celebrated until 3 a.m.');
		expect(facts.filter((f) => f.text === 'Porto Atlântico').map((f) => [f.kind, f.kind === 'organisation' && f.nameClass])).toEqual([
			['organisation', 'club'],
			['organisation', 'club']
		]);
	});

	it('offers no number that the prompt already shows', () => {
		const text = '“Seventeen HIMARS projectiles have been intercepted over the past 24 hours,” the ministry added.';
		const { facts } = parse(text);
		const fact = facts.find((f) => f.kind === 'quantity' && f.value === 17);
		if (fact?.kind !== 'quantity') throw new Error('no count');
		expect(numberDistractors(fact, facts, 'x', 3, text)).not.toContain('Twenty-four');
		for (const d of numberDistractors(fact, facts, 'y', 3, text)) expect(d).toMatch(/^[A-Z][a-z-]+$/);
	});
});

describe('quotes and cards', () => {
	it('attributes “…,” he said to the person named in the sentence before, quoting both sentences', () => {
		const pair = 'Sparta coach Marek Dąbrowski was gracious in defeat. "We played a very good final for 97 minutes," he said.';
		const text = `Striker Kacper Nowakowski scored. Goalkeeper André Lobo saved twice. Defender Piotr Zieliński cleared.\n${pair}`;
		const { sentences, facts } = parse(text);
		const who = buildCandidates(facts, sentences, text).find((c) => c.question.prompt.startsWith('Who said'));
		const start = text.indexOf(pair);
		expect(who?.question).toMatchObject({
			prompt: 'Who said: “We played a very good final for 97 minutes”?',
			answer: expect.any(Number),
			source: { quote: pair, start, end: start + pair.length }
		});
		if (who?.question.type === 'mcq') expect(who.question.choices[who.question.answer]).toBe('Marek Dąbrowski');
	});

	it('tells on a card what a person with a bare title did', () => {
		const text = 'Yet their only chance came when striker Kacper Nowakowski curled a shot from the edge of the area, which struck the post.';
		const { sentences, facts } = parse(text);
		const card = buildCandidates(facts, sentences, text).find((c) => c.question.type === 'flashcard');
		expect(card?.question).toMatchObject({ prompt: 'Kacper Nowakowski', back: 'Striker who curled a shot from the edge of the area' });
	});
});

describe('the outcome of a match', () => {
	it('is kept although the sentence it comes from names the winner', () => {
		const text = [
			'Adaeze Okafor won her first major title on Saturday, beating the defending champion Klara Novak 6-4, 3-6, 7-5 in the final of the Coastal Open at Harbour Park.',
			'The final lasted two hours and 48 minutes, the longest in the history of the tournament.',
			'"I was calm," Okafor said after receiving the trophy from Margaret Ellison, the president of the National Tennis Federation.',
			'Novak, who has won four major titles, said the roof had been closed for 22 minutes.'
		].join(' ');
		const outcome = generateBank(text);
		if (!outcome.ok) throw new Error(outcome.reason);
		const prompts = outcome.bank.questions.map((q) => q.prompt);
		expect(prompts.filter((p) => p === 'Who won the final of the Coastal Open?' || p.startsWith('By what score did Adaeze Okafor beat'))).toHaveLength(1);
	});
});

describe('one question per thing asked', () => {
	it('never asks the same answer twice from one sentence', () => {
		const outcome = generateBank(
			'Adaeze Okafor won her first major title on Saturday, beating the defending champion Klara Novak 6-4, 3-6, 7-5 in the final of the Coastal Open at Harbour Park. The final lasted two hours and 48 minutes. "I was calm," Okafor said after receiving the trophy from Margaret Ellison, the president of the National Tennis Federation.'
		);
		if (!outcome.ok) throw new Error(outcome.reason);
		const first = outcome.bank.questions.filter((q) => q.source?.start === 0);
		const answers = first.map((q) => (q.type === 'mcq' ? q.choices[q.answer] : q.type === 'cloze' || q.type === 'short_answer' ? q.answer : q.id));
		expect(new Set(answers).size).toBe(answers.length);
	});

	it('lets no stray number push out the score of a match', () => {
		const outcome = generateBank(
			'Porto won the Continental Cup for the first time in the club’s 104-year history on Saturday night, beating Sparta Wrocław 2-1 after extra time. Sparta had won eleven of their twelve home matches. Porto coach Joana Carvalho said the team had trained for 40 days.'
		);
		if (!outcome.ok) throw new Error(outcome.reason);
		// Asked typed ("By what score …?") or as the result's card ("Porto beat Sparta Wrocław 2-1").
		const keys = outcome.bank.questions.map((q) => (q.type === 'flashcard' ? q.back : q.type === 'short_answer' ? q.answer : ''));
		expect(keys.some((k) => /\b2-1$/.test(k))).toBe(true);
	});
});

describe('side details in the bank', () => {
	const keyOf = (q: ReturnType<typeof keysOf>[number]) => q;
	const keysOf = (text: string) => {
		const outcome = generateBank(text);
		if (!outcome.ok) throw new Error(outcome.reason);
		return outcome.bank.questions.map((q) =>
			q.type === 'mcq' ? q.choices[q.answer] : q.type === 'flashcard' ? q.back : q.type === 'true_false' ? '' : String(q.answer)
		);
	};
	const study = [
		'Mangrove planting cuts storm damage in coastal villages',
		'',
		'Villages that replanted mangrove forests along their shores suffered far less storm damage than villages that did not, according to a study published in the journal Coastal Dynamics.',
		'The mangrove villages lost 12 percent of their houses to storms between 2015 and 2022, compared with 35 percent in the other villages.',
		'Mangrove roots slow the waves before they reach the shore, and the mud they hold raises the land.',
		'The researchers found that mangrove planting worked best where the forest belt was wider than the village itself.',
		'Coastal councils in the region have since paid fishers to plant mangrove seedlings along the shore.'
	].join('\n');

	it('never asks the journal or the comparison figure, however few questions the article gives', () => {
		const keys = keysOf(study).map(keyOf);
		expect(keys.some((k) => /Coastal Dynamics/.test(k))).toBe(false);
		expect(keys.some((k) => /^35/.test(k))).toBe(false);
		expect(keys.some((k) => /^12/.test(k))).toBe(true);
	});
});

describe('the bar and the floor', () => {
	const article = [
		'Harlow council votes to close the Dunmore landfill',
		'',
		'The Harlow council voted on Monday to close the Dunmore landfill by 2027, after residents complained about the smell for a decade.',
		'The landfill takes about 90,000 tonnes of household waste a year from Harlow and four nearby towns.',
		'Councillor Ana Ruiz, who proposed the closure, said the council would send the waste to a new recycling plant in Corby instead.',
		'The Corby plant, which opened in 2022, can sort 120,000 tonnes of waste a year.',
		'Residents of Dunmore had collected 4,300 signatures against the landfill since 2019.',
		'The landfill site covers 40 hectares and its fence runs for 900 metres along the river.',
		'Closing the landfill will cost the council about 12 million pounds, which it plans to raise by selling the land for housing.',
		'Ruiz said the decision showed that residents could change the council’s plans.'
	].join('\n');

	it('asks a minor side detail (the fence’s length) only when the central facts cannot reach the floor', () => {
		const outcome = generateBank(article);
		if (!outcome.ok) throw new Error(outcome.reason);
		const questions = outcome.bank.questions;
		const words = article.split(/\s+/).length;
		expect(questions.length).toBeGreaterThanOrEqual(Math.ceil((2 * words) / 100));
		expect(questions.filter((q) => /fence/.test(q.prompt) && q.type !== 'true_false')).toEqual([]);
	});
});

describe('one fact, one question', () => {
	it('asks a count of the same things once, however many sentences say it', () => {
		const text = [
			'Investigators blame a worn valve for the Eastgate tram crash',
			'',
			'A tram crashed into a stationary tram at the Eastgate depot because a worn valve in its brakes leaked, investigators said on Thursday.',
			'As a result, the brake callipers on two of the tram’s three bogies did not close fully.',
			'A bogie is the frame under a rail vehicle that carries the wheels and the brakes.',
			'The Corvan T4 has three bogies, and each has its own hydraulic unit.',
			'The operator, City Light Rail, has since replaced the valves on all 42 trams in its fleet.'
		].join('\n');
		const outcome = generateBank(text);
		if (!outcome.ok) throw new Error(outcome.reason);
		const threes = outcome.bank.questions.filter(
			(q) =>
				(q.type === 'numeric' && q.answer === 3) ||
				(q.type !== 'numeric' &&
					q.type !== 'true_false' &&
					q.type !== 'flashcard' &&
					/bogies/.test(q.prompt) &&
					/^(?:3|three)$/i.test(q.type === 'mcq' ? (q.choices[q.answer] ?? '') : q.answer))
		);
		expect(threes.length).toBeLessThanOrEqual(1);
	});

	it('keeps the outcome the headline names, though other prompts print the winner', () => {
		const text = [
			'Harbour City win their first league title',
			'',
			'Harbour City won the National Cricket League final on Sunday, beating Northfield by 86 runs at the Riverside Oval.',
			'Harbour City made 311 for 7 after the opener Vikram Rao scored 134.',
			'Northfield were bowled out for 225 in the 44th over, with the spinner Daniel Osei taking five wickets.',
			'Harbour City will now play Cape Rangers in the Champions Cup in March.',
			'Harbour City had lost three previous finals, in 2011, 2016 and 2019.',
			'A crowd of 23,500 watched Harbour City lift the trophy at the Riverside Oval.',
			'Harbour City coach Priya Natarajan said the side had trained for 14 weeks before the season.',
			'Ticket sales for the final raised about 1.2 million dollars for Harbour City and Northfield.'
		].join('\n');
		const outcome = generateBank(text);
		if (!outcome.ok) throw new Error(outcome.reason);
		expect(outcome.bank.questions.some((q) => /^Who won the National Cricket League final\?$/.test(q.prompt))).toBe(true);
	});
});
