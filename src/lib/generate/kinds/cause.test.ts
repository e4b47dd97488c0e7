import { describe, expect, it } from 'vitest';
import { factsOf, questionsOf } from './test-helpers';

describe('cause and effect', () => {
	it('reads "A because B" as a cause of an effect', () => {
		const [f] = factsOf('The bridge closed because the river flooded the road.', 'cause');
		expect([f?.effect, f?.answer]).toEqual(['The bridge closed', 'because the river flooded the road']);
	});

	it('reads "Because B, A" and "A due to B"', () => {
		expect(factsOf('Because the pitch was dry, the coach picked a spinner.', 'cause')[0]?.answer).toBe('because the pitch was dry');
		expect(factsOf('The mill shut down due to a shortage of cotton.', 'cause')[0]?.answer).toBe('because of a shortage of cotton');
	});

	it.each([
		[
			'Ticket sales at the Orrin theatre fell sharply, largely because the heating failed twice in January.',
			'Ticket sales at the Orrin theatre fell sharply',
			'largely because the heating failed twice in January'
		],
		['The ferry timetable was cut, partly due to a shortage of deckhands.', 'The ferry timetable was cut', 'partly because of a shortage of deckhands']
	])('gives a hedge before the link to the cause, not to the end of the effect: %s', (text, effect, answer) => {
		const [f] = factsOf(text, 'cause');
		expect([f?.effect, f?.answer]).toEqual([effect, answer]);
	});

	it('keeps a subject of two joined gerunds whole: an "and" before any verb joins no second clause', () => {
		const [f] = factsOf('Patients improved on the dummy pill, because keeping a diary and visiting a nurse makes people report fewer symptoms.', 'cause');
		expect(f?.answer).toBe('because keeping a diary and visiting a nurse makes people report fewer symptoms');
	});

	it('takes "due to" before a verb as a plan, not a cause', () => {
		expect(factsOf('Gdańsk is building a deep-water terminal of its own, due to open in 2026, and Klaipėda plans more.', 'cause')).toEqual([]);
	});

	it('asks "Why …?" with the cause on the back', () => {
		const card = questionsOf('The bridge closed because the river flooded the road.', 'cause').find((q) => q.type === 'flashcard');
		expect(card?.type === 'flashcard' && [card.prompt, card.back]).toEqual(['Why did the bridge close?', 'Because the river flooded the road']);
	});

	it('takes "As a result" with the previous sentence as the cause only when that sentence stands alone', () => {
		expect(factsOf('The canal froze for eleven weeks. As a result, grain barges could not reach the port.', 'cause')[0]?.answer).toBe(
			'because the canal froze for eleven weeks'
		);
		expect(factsOf('This was unusual. As a result, grain barges could not reach the port.', 'cause')).toEqual([]);
	});

	it('leaves who said it and a second clause out of the cause', () => {
		const [f] = factsOf('The ferry could not dock because the ramp had failed, and the crew sailed back to Oban, the harbour office said.', 'cause');
		expect(f?.answer).toBe('because the ramp had failed');
	});

	it('leaves out a long attribution, and never cuts a name joined by "and"', () => {
		const TABLE: [string, string][] = [
			[
				'The fire spread so fast because the moor had had half its usual rain, an initial investigation by Dunholm and District Fire and Rescue Service has found.',
				'because the moor had had half its usual rain'
			],
			[
				'The levee failed because the clay core had dried out, engineers from the Northern Rivers and Canals Authority concluded.',
				'because the clay core had dried out'
			],
			['The library closed because the roof leaked, a spokesperson for Harwick Arts and Heritage Trust said.', 'because the roof leaked'],
			['The shop was shut because the owners had moved to Bath and Wells, and nobody bought the lease.', 'because the owners had moved to Bath and Wells'],
			['The concert was cancelled because Lorne and Hale Productions went bankrupt.', 'because Lorne and Hale Productions went bankrupt'],
			['The train stopped because the signal failed, and the passengers walked to Crewe.', 'because the signal failed']
		];
		for (const [sentence, want] of TABLE) expect(factsOf(sentence, 'cause')[0]?.answer, sentence).toBe(want);
	});

	it('asks about the reported effect, not the report, and about the predicate the cause explains', () => {
		const [f] = factsOf('The records show that the inspection was booked but was postponed twice because the workshop was short of staff.', 'cause');
		expect(f?.effect).toBe('the inspection was postponed twice');
	});

	it('asks "Why …?" of a subject with a relative clause, inverting its main verb', () => {
		const card = questionsOf('A ferry that left Oban at dawn could not dock because the ramp at the pier had failed.', 'cause').find(
			(q) => q.type === 'flashcard'
		);
		expect(card?.prompt).toBe('Why could a ferry that left Oban at dawn not dock?');
	});

	it('asks "Why is it that …?" when the effect’s verb cannot be inverted', () => {
		const card = questionsOf('Large parrotfish are rare on fished reefs because fishers target the largest fish.', 'cause').find((q) => q.type === 'flashcard');
		expect(card?.prompt).toMatch(/^Why (?:is it that large parrotfish are|are large parrotfish) rare on fished reefs\?$/);
		const written = questionsOf('Many fishers target the largest fish because large fish fetch the best price.', 'cause').find((q) => q.type === 'flashcard');
		expect(written?.prompt).toBe('Why is it that many fishers target the largest fish?');
	});

	it('takes "That is why" with the previous sentence as the cause, and quotes both sentences', () => {
		const text = 'A heat pump is most efficient when it heats water to about 40 degrees. That is why installers often recommend larger radiators.';
		expect(factsOf(text, 'cause')[0]?.answer).toBe('because a heat pump is most efficient when it heats water to about 40 degrees');
		const card = questionsOf(text, 'cause').find((q) => q.type === 'flashcard');
		expect(card?.source?.quote).toBe(text);
	});

	it('finds no cause in a "because" inside a relative clause', () => {
		expect(factsOf('Nurses and drivers, who cannot compress their work because the work is the hours, are left out.', 'cause')).toEqual([]);
	});

	it('offers no finding, put as a reason, as a wrong choice', () => {
		const text = [
			'The bridge closed because the river flooded the road.',
			'The town has a market on Saturdays.',
			'Its library opened in 1910.',
			'The report showed that the warning signs had failed on the night of the flood.',
			'The engineers found that the old pillars had cracked in several places.',
			'Divers showed that the riverbed had shifted under the middle span.'
		].join(' ');
		expect(questionsOf(text, 'cause').filter((q) => q.type === 'mcq')).toEqual([]);
	});

	it('offers no wrong choice that the article gives as a reason for the same event, nor one from the sentences around it', () => {
		const text = [
			'The rail buckled because the summer heat was extreme.',
			'Engineers found that the stressing job had been skipped.',
			'The rail buckled on the bend because the stressing records were lost.',
			'The town has a market on Saturdays.',
			'Its library opened in 1910.',
			'The ferry was late because the ramp had failed.',
			'The school closed because the roof leaked.'
		].join(' ');
		const mcq = questionsOf(text, 'cause').find((q) => q.type === 'mcq' && q.prompt === 'Why did the rail buckle?');
		const choices = mcq?.type === 'mcq' ? mcq.choices : [];
		expect(choices).not.toContain('Because the stressing records were lost');
		expect(choices).not.toContain('Because the stressing job had been skipped');
	});

	it('asks no "Why did …?" that turns only the first of two joined verbs', () => {
		const card = questionsOf('The soup tasted metallic or lost its flavour because the tins had corroded.', 'cause').find((q) => q.type === 'flashcard');
		expect(card?.prompt).not.toMatch(/^Why did/);
		expect(card?.prompt ?? '').not.toContain('taste metallic or lost');
	});

	it('puts no second "because" before a sentence that gives its own reason', () => {
		const text = 'Because the flour falls so fast, the mud covers the bones quickly. That is why the fossils in the quarry are so complete.';
		const backs = questionsOf(text, 'cause').map((q) => (q.type === 'flashcard' ? q.back : ''));
		expect(backs.some((b) => /because because/i.test(b))).toBe(false);
	});

	it('ends the cause before a comparison or an "according to"', () => {
		expect(factsOf('Eight patients left the trial because of side effects, compared with two in the placebo group.', 'cause')[0]?.answer).toBe(
			'because of side effects'
		);
		expect(factsOf('The bridge closed because the river flooded the road, according to the report published today.', 'cause')[0]?.answer).toBe(
			'because the river flooded the road'
		);
	});
});
