import { describe, expect, it } from 'vitest';
import { acceptedBy } from './side-details-judged';
import type { SideRule } from './side-details';
import { comparisonFigure } from './side-details-comparison';

const rule: SideRule = { name: 'a comparison figure beside the main one', weight: 'trivial', test: comparisonFigure };

/** The figures of one sentence (under a headline of its own) that the rule calls a comparison. */
const compared = (sentence: string) => acceptedBy(rule, 'Quarterly figures for Morrow', `The company reported on Monday. ${sentence}`);

describe('the comparison figure beside the main one', () => {
	it.each([
		// The baseline, named by the period it belongs to, or after a contrast.
		['Morrow sold 41,000 bikes, against 36,500 bikes a year earlier.', '36,500', true],
		['Wild reefs recovered within four years, while fished reefs needed nine years.', 'nine', true],
		['Ticket revenue rose to $5.1 million from $4.2 million the year before.', '$4.2 million', true],
		// The level a change reached, and the change itself, are the news.
		['Stock in the warehouses, a worry since the spring, dropped 18% from a year earlier to $640 million.', '$640 million', false],
		['Stock in the warehouses, a worry since the spring, dropped 18% from a year earlier to $640 million.', '18%', false],
		['The club’s wage bill climbed to 72 percent last season from 58 percent two seasons before.', '72 percent', false],
		['Ticket revenue rose to $5.1 million from $4.2 million the year before.', '$5.1 million', false],
		['Bookings were up 7 percent on last year, the operator said.', '7 percent', false],
		['The share of late trains fell from 31 percent to 12 percent over the winter.', '12 percent', false]
	])('%s → %s compared: %s', (sentence, answer, expected) => {
		expect(compared(sentence).has(answer)).toBe(expected);
	});
});
