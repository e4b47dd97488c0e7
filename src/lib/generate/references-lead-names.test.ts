import { describe, expect, it } from 'vitest';
import { definiteContext, settleDefinites } from './references-definite';
import { nameBesideNoun, pinnedInLead } from './references-lead-names';

describe('nameBesideNoun', () => {
	it.each([
		['Most of the valley read one weekly paper: the Dunholm Courier. It came out on Fridays.', 'paper', 'the Dunholm Courier'],
		['In 1902 she founded the Courier, a weekly paper of eight pages.', 'paper', 'the Courier'],
		['The bridge, Tallow Crossing, opened in 1910 and still carries trams.', 'bridge', 'Tallow Crossing'],
		// A person set beside the noun is no name of a thing; nor is a month; two names say no one thing.
		['Ruth Bell, a printer from Dunholm, set the type by hand.', 'printer', null],
		['Work ended in March, the wettest month of the year.', 'month', null],
		['Two papers served the town: the Courier and the Herald. The Herald, a daily paper, closed first. The Courier, a weekly paper, lasted.', 'paper', null],
		['The valley had one paper and nobody named it.', 'paper', null]
	])('%s → %s', (article, head, name) => {
		expect(nameBesideNoun(article, head as string, new Set(['Bell']))).toBe(name);
	});
});

describe('settleDefinites on a noun the lead brings in', () => {
	const article =
		'A paper for the valley\n\nFor a century the valley turned to one weekly paper: the Dunholm Courier, printed in a shed by the river.\n\n' +
		'The paper cost a penny. ';
	const settle = (prompt: string) => settleDefinites(prompt, definiteContext(article, new Map()), article.length);

	it('puts the name the article sets beside the noun in its place', () => {
		expect(settle('When the paper moved to Leeds in 1850 it sold around ____ copies.')).toBe(
			'When the Dunholm Courier moved to Leeds in 1850 it sold around ____ copies.'
		);
		expect(settle('The paper’s price rose to ____ in 1860.')).toBe('The Dunholm Courier’s price rose to ____ in 1860.');
	});

	it('leaves the noun as it is where the prompt names it already or the article names no such thing', () => {
		expect(settle('The paper, the Dunholm Courier, sold ____ copies.')).toBe('The paper, the Dunholm Courier, sold ____ copies.');
		expect(settle('The shed flooded in ____.')).toBe('The shed flooded in ____.');
		// The name in the prompt's own sentence may be its answer.
		const named = `${article}The paper, by then the Dunholm Courier, cost a penny.`;
		expect(settleDefinites('The paper, by then ____, cost a penny.', definiteContext(named, new Map()), article.length)).toBe(
			'The paper, by then ____, cost a penny.'
		);
	});
});

describe('pinnedInLead', () => {
	it.each([
		['The fog was so thick that the harbour bell at Carn Head went unheard.', 'bell', 'the bell at Carn Head'],
		['Water poured from the old dam near Upper Kelby for two days.', 'dam', 'the dam near Upper Kelby'],
		// No place, a month, or two places pin nothing.
		['The bell rang all night.', 'bell', null],
		['The dam in March held, but the dam near Kelby did not.', 'dam', 'the dam near Kelby'],
		['The bell at Carn Head and the bell at Ross Point both failed.', 'bell', null]
	])('%s → %s', (lead, head, pinned) => {
		expect(pinnedInLead(lead, head)).toBe(pinned);
	});

	it('names the lead’s noun by its place in a copied prompt', () => {
		const article =
			'The night the coast went quiet\n\nThe fog was so thick that night that the harbour bell at Carn Head could not be heard from the boats.\n\n' +
			'Engineers tested a horn in 1870. ';
		const settle = (prompt: string) => settleDefinites(prompt, definiteContext(article, new Map()), article.length);
		expect(settle('The bell was heard at ____ miles.')).toBe('The bell at Carn Head was heard at ____ miles.');
		expect(settle('The bell’s tone was low.')).toBe('The bell’s tone was low.');
	});
});
