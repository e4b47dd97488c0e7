import { describe, expect, it } from 'vitest';
import { questionsOf } from './test-helpers';

/** Sentences that keep two causes more than two sentences apart and tell of nothing else. */
const FILLER = ['Nobody was hurt.', 'Tickets went on sale in May.', 'The weather was mild.'];

/** The wrong choices of the "Why …?" choice question on `first`, with `others` told later in the article. */
function wrongChoices(first: string, others: string[]): string[] {
	const text = [first, ...others.flatMap((o) => [...FILLER, o])].join(' ');
	const mcq = questionsOf(text, 'cause').find((q) => q.type === 'mcq' && q.source?.quote?.includes(first));
	return mcq?.type === 'mcq' ? mcq.choices.filter((_, i) => i !== mcq.answer) : [];
}

describe('wrong reasons of a "Why …?" choice question', () => {
	// Each row: a cause of another event, and whether it may be offered as a wrong reason.
	const neutral = ['The ferry was late because the ramp had failed.', 'The school closed because the boiler broke.'];
	const rows: [string, string, boolean][] = [
		// Links of one chain: the other cause speaks of the same thing, person or object.
		['The check was postponed because the workshop was short of staff.', 'The tram could not stop because the workshop had not replaced a valve.', false],
		['Shares fell sharply because the bank cut its forecast.', 'The bank cut its forecast because loan losses rose.', false],
		['The match was delayed because heavy rain flooded the pitch.', 'The pitch was relaid because its drainage pipes had collapsed.', false],
		['The coral bleached because sea temperatures rose.', 'Reef fish numbers fell because the coral died.', false],
		['The treaty collapsed because the king died suddenly.', 'His son refused the treaty because the king had signed it in secret.', false],
		// Causes of other events in other words: fair wrong reasons.
		['The museum extended the show because visitors kept coming.', 'Grain prices rose because the harvest failed.', true],
		['The final was moved because the stadium roof was unfinished.', 'The sequel disappoints because the plot drags.', true],
		['The council raised parking fees because the budget was short.', 'Local trains were cancelled because drivers went on strike.', true]
	];
	for (const [first, other, kept] of rows)
		it(`${kept ? 'offers' : 'does not offer'} "${other}" for "${first}"`, () => {
			const choices = wrongChoices(first, [other, ...neutral]);
			const reason = other.replace(/^.*? because /, 'Because ').replace(/\.$/, '');
			if (kept) expect(choices).toContain(reason);
			else expect(choices).not.toContain(reason);
		});

	it('asks no choice question when too few fair wrong reasons remain', () => {
		const first = 'The check was postponed because the workshop was short of staff.';
		const text = [first, ...FILLER, 'The tram could not stop because the workshop had not replaced a valve.', ...FILLER, neutral[0]].join(' ');
		expect(questionsOf(text, 'cause').filter((q) => q.type === 'mcq' && q.source?.quote?.includes(first))).toEqual([]);
	});
});
