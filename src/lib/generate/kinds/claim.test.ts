import { describe, expect, it } from 'vitest';
import { factsOf, questionsOf } from './test-helpers';

const statement = (text: string) => {
	const q = questionsOf(text, 'claim').find((x) => x.type === 'true_false');
	return q?.type === 'true_false' ? [q.prompt, q.answer] : null;
};
const typed = (text: string) => {
	const q = questionsOf(text, 'claim').find((x) => x.type === 'short_answer');
	return q?.type === 'short_answer' ? [q.prompt, q.answer] : null;
};

describe('plain statements of the article', () => {
	it('turns a comparative of the claim into a false statement', () => {
		expect(statement('Small farms near the river are the ones most likely to lose their wells in a dry summer.')).toEqual([
			'Small farms near the river are the ones least likely to lose their wells in a dry summer.',
			false
		]);
	});

	it('denies the first clause alone, in the past with "did not"', () => {
		expect(statement('The ferries that sailed at night saw their bookings fall, and nine of them stopped within a year.')).toEqual([
			'The ferries that sailed at night did not see their bookings fall.',
			false
		]);
	});

	it('asks a short rare term as "What …?" typed, and people as "Who …?"', () => {
		expect(typed('The flywheel stores the spare energy of the braking wheels.')).toEqual([
			'What stores the spare energy of the braking wheels?',
			'the flywheel'
		]);
		expect(typed('The researchers measured the depth of the harbour at dawn.')).toEqual(['Who measured the depth of the harbour at dawn?', 'the researchers']);
	});

	it('asks no typed term that stands in for the sentence before ("the result") or that says two things', () => {
		expect(typed('The result ends a long wait for the coastal villages of the north.')).toBeNull();
		expect(typed('The tribunal accepted the appeal and the licence was granted.')).toBeNull();
	});

	it('reads no claim from reported speech, first-person sentences or orders', () => {
		expect(factsOf('The harbour master said the new crane would arrive in the spring.', 'claim')).toEqual([]);
		expect(factsOf('In my view the new crane will change the harbour for good.', 'claim')).toEqual([]);
		expect(factsOf('Fix the crane first, and the harbour may open again by the spring.', 'claim')).toEqual([]);
	});

	it('takes no participle for the verb ("The woman rescued …, found …, had been trapped")', () => {
		expect(factsOf('The climber rescued on Sunday, named by the police only as Mara, had been trapped under a ledge.', 'claim')).toEqual([]);
	});

	it("reads no claim whose clause holds a number or date, which that fact's questions ask", () => {
		expect(factsOf('The ferry crew spent nineteen years mapping the strait before the harbour opened.', 'claim')).toEqual([]);
		expect(factsOf('The ferry crew spent long years mapping the strait before the harbour opened.', 'claim')).toHaveLength(1);
	});

	it('leaves a sentence whose clause another kind asks to that kind', () => {
		expect(factsOf('The survey found that most farms near the river lost their wells in the dry summer.', 'claim')).toEqual([]);
	});
});

describe('turning idioms', () => {
	it('never swaps the "more" of "once more" or "more than", and denies the verb instead', () => {
		expect(statement('The harbour grew busy once more as the fishing boats returned from the northern grounds.')).toEqual([
			'The harbour did not grow busy once more as the fishing boats returned from the northern grounds.',
			false
		]);
		expect(statement('The ferry carried more than the usual load of timber across the strait.')).toEqual([
			'The ferry did not carry more than the usual load of timber across the strait.',
			false
		]);
	});
});
