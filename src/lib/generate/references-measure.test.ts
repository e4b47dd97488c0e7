import { describe, expect, it } from 'vitest';
import { unresolvedReference } from './references';
import { bareMeasure } from './references-measure';

describe('bareMeasure', () => {
	it.each([
		['For the northern farms, the figure was barely 9 percent.', 'the figure'],
		['By 2019 the average had dropped to 212 visitors a week.', 'the average'],
		['Among older drivers the proportion climbed to ____.', 'the proportion'],
		['After the merger the share climbed to a third.', 'the share'],
		['Measured from orbit, the mass implies a hollow core.', 'the mass'],
		['In last year’s survey the figures showed a sharp fall.', 'the figures'],
		['Across the county the rate has halved since ____.', 'the rate']
	])('finds a measure that is its clause’s subject with nothing to say what it measures: %s', (text, found) => {
		expect(bareMeasure(text)).toBe(found);
		expect(unresolvedReference(text)).toContain(found);
	});

	it.each([
		['The average nightly catch fell to 131 moths.'],
		['The share of pupils walking to school rose to ____.'],
		['The lakes emit three times the methane in the figures used in climate models.'],
		['Ticket sales fell, and the council cut the rate to ____.'],
		['The mass of the probe was 412 kilograms.'],
		['The figure, a bronze of a running hare, was cast in ____.']
	])('leaves a measure something in the prompt pins down, or one that is no subject: %s', (text) => {
		expect(bareMeasure(text)).toBeNull();
	});
});
