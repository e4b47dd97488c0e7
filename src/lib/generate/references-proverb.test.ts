import { describe, expect, it } from 'vitest';
import { unstatedAction } from './references-proverb';
import { unresolvedReference } from './references';

describe('"do so" with no action stated before it', () => {
	const leaning = [
		'Only seven of the 23 businesses did so.',
		'Just four of the 30 councils have done so since 2019.',
		'Few shoppers do so, according to the survey.',
		'The institute agreed to do so in March.',
		'By June, nine of the clubs were doing so.',
		'Two of the three airlines refused to do so.'
	];
	it.each(leaning)('"%s" repeats an action only a sentence before states', (sentence) => {
		expect(unstatedAction(sentence)).not.toBeNull();
	});

	const stated = [
		'Officials asked every farm to fence its river banks, but only seven did so.',
		'The clinic began offering the scan in 2023, the first in the region to do so.',
		'Any school that wants to follow their lead may do so from September.',
		'Told to move their stock, only seven growers did so.',
		// Someone's own words are theirs to resolve.
		'“We will do so gladly,” the mayor said of the vote on 4 May.',
		'No sentence here repeats an action at all.'
	];
	it.each(stated)('"%s" states what is done', (sentence) => {
		expect(unstatedAction(sentence)).toBeNull();
	});

	it('makes the prompt fail the reference check', () => {
		expect(unresolvedReference('Only nine of the ____ shops did so.')).toContain('did so');
	});
});
