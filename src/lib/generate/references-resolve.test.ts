import { describe, expect, it } from 'vitest';
import { applyReplacements, articleMentions, nameBareDefinite, resolveBareDefinite, resolveLeadPronoun, type Resolution } from './references-resolve';

const resolved = (sentence: string, r: Resolution) => (r.ok ? applyReplacements(sentence, r.replacements) : null);
const lead = (sentence: string, previous: string) => resolved(sentence, resolveLeadPronoun(sentence, { text: previous, start: 0 }));

describe('resolveLeadPronoun', () => {
	it('puts the previous sentence’s subject in place of an opening "its"', () => {
		expect(lead('A year ago, its value was put at 40 million pounds.', 'In May, Brightwell Labs raised 12 million pounds from two funds.')).toBe(
			'A year ago, Brightwell Labs’ value was put at 40 million pounds.'
		);
	});

	it('takes the name a subject is called by, and a plural subject for "they"', () => {
		expect(lead('Minutes later, its second stage fired.', 'The 12-metre rocket, named Kestrel 2, left the pad at noon.')).toBe(
			'Minutes later, Kestrel 2’s second stage fired.'
		);
		expect(lead('They found 40 new species.', 'The divers spent a month on the reef.')).toBe('The divers found 40 new species.');
	});

	it('looks past an opening "To …" or "As …" clause for the subject', () => {
		expect(lead('It plans to sell bonds.', 'To pay for the deal, Harwick Foods has taken a bank loan.')).toBe('Harwick Foods plans to sell bonds.');
		expect(lead('It also cut prices.', 'As sales fell, Harwick Foods closed ten shops.')).toBe('Harwick Foods also cut prices.');
	});

	it('names a person only for "he" or "she", and refuses a pronoun that does not agree', () => {
		expect(lead('She was elected in 1990.', 'Dr. Maren Solvik ran the lab.')).toBe('Dr. Maren Solvik was elected in 1990.');
		expect(lead('It was sold in 1990.', 'Dr. Maren Solvik ran the lab.')).toBeNull();
		expect(lead('They were sold in 1990.', 'The mill closed in 1985.')).toBeNull();
	});

	it('looks past a chain of up to three opening phrases, each a phrase without a verb of its own', () => {
		const ship = 'The survey ship Arven was moved to the northern field in May.';
		expect(lead('By October, after two failed attempts, it had reached the gas layer.', ship)).toBe(
			'By October, after two failed attempts, the survey ship Arven had reached the gas layer.'
		);
		expect(lead('In 2021, despite the storms, its crew drilled 14 wells.', ship)).toBe(
			'In 2021, despite the storms, the survey ship Arven’s crew drilled 14 wells.'
		);
		expect(lead('On Monday, at dawn, without warning, it stopped.', ship)).toBe('On Monday, at dawn, without warning, the survey ship Arven stopped.');
		const coach = 'The Rovers coach Dana Whitfield named an unchanged side.';
		expect(lead('After the match, in the tunnel, she praised the defence.', coach)).toBe(
			'After the match, in the tunnel, the Rovers coach Dana Whitfield praised the defence.'
		);
		// A clause among the phrases ("when it rained"), a reporting verb, or a fourth phrase: left alone.
		expect(lead('In June, when it rained, it flooded.', ship)).toBe('In June, when it rained, it flooded.');
		expect(lead('By October, the engineers said, it had reached the gas layer.', ship)).toBe('By October, the engineers said, it had reached the gas layer.');
		expect(lead('In 2021, in May, on a Monday, at dawn, it stopped.', ship)).toBe('In 2021, in May, on a Monday, at dawn, it stopped.');
		expect(lead('By October, after the two failed attempts that cost the firm dearly, it had reached the gas layer.', ship)).toBe(
			'By October, after the two failed attempts that cost the firm dearly, it had reached the gas layer.'
		);
	});

	it('puts in the whole subject, with the "of" phrase that says what it measures', () => {
		expect(lead('In the control towns, it fell only from 8.1 to 7.9 per cent.', 'The proportion of buses delayed fell from 12 to 6 per cent.')).toBe(
			'In the control towns, the proportion of buses delayed fell only from 8.1 to 7.9 per cent.'
		);
		expect(lead('By 2020, it had reached 4,000.', 'The number of members doubled in a decade.')).toBe('By 2020, the number of members had reached 4,000.');
	});

	it('leaves an "it" before "be" or "take", which may mean an event or nothing', () => {
		expect(lead('It was his ninth goal of the season.', 'In the 60th minute, Rovers took the lead.')).toBeNull();
		expect(lead('It took her two years to finish.', 'The weaver Ana Lopes made a 30-metre banner.')).toBeNull();
	});
});

describe('resolveBareDefinite', () => {
	const before = 'The pump should have been serviced during an annual pressure check in May.';
	it('names "the check" as the one fuller mention before it', () => {
		const s = 'The operator says the check was postponed twice.';
		expect(resolved(s, resolveBareDefinite(s, before))).toBe('The operator says the annual pressure check was postponed twice.');
		expect(resolved('The check was postponed.', resolveBareDefinite('The check was postponed.', before))).toBe('The annual pressure check was postponed.');
	});

	it('drops a phrase that could mean two things, and leaves one the sentence names itself', () => {
		const two = 'Ames came on as a late substitute. Then the visitors sent on an injured substitute.';
		expect(resolveBareDefinite('The substitute scored twice.', two).ok).toBe(false);
		const sides = 'Orsby sent on substitute Tom Lindholm at half-time. Kesby replied with Ivo Castell, the other substitute, later on.';
		expect(resolveBareDefinite('The substitute scored twice.', sides).ok).toBe(false);
		expect(resolveBareDefinite('The substitute scored twice.', 'Orsby sent on substitute Tom Lindholm at half-time.').ok).toBe(true);
		const later = 'The drug, velatrin, cut coughing. Most coughs come from asthma or a blood-pressure drug.';
		expect(resolveBareDefinite('The drug also caused fewer taste problems.', later)).toEqual({ ok: true, replacements: [] });
		const named = 'The drug, called Velatrin, halved the risk.';
		expect(resolved(named, resolveBareDefinite(named, 'A new heart drug was tested.'))).toBe(named);
	});
});

describe('applyReplacements', () => {
	it('finds the replaced words again in a prompt with a blank before them', () => {
		const r = resolveBareDefinite('In 2020, 31,000 parts failed the check.', 'Each part gets a weekly safety check.');
		expect(resolved('In ____, 31,000 parts failed the check.', r)).toBe('In ____, 31,000 parts failed the weekly safety check.');
	});
});

describe('nameBareDefinite', () => {
	const article = 'The pump failed after an annual pressure check was skipped. Rules say a pressure check is due every year. The check was postponed twice.';
	it('names "the check" of a question by the one fuller mention the article makes, counting a shorter one as the same', () => {
		expect(nameBareDefinite('Why was the check postponed twice?', articleMentions(article))).toBe('Why was the annual pressure check postponed twice?');
	});

	it('leaves it when the article mentions two different ones', () => {
		const two = `${article} A weekly brake check was also missed.`;
		expect(nameBareDefinite('Why was the check postponed twice?', articleMentions(two))).toBe('Why was the check postponed twice?');
	});
});

describe('a bare definite in a clause about another thing', () => {
	it('is left alone: "where … the scheme" means that place’s scheme', () => {
		const s = 'Supporters point to Latvia, where returns rose within a year of the scheme starting.';
		expect(resolved(s, resolveBareDefinite(s, 'Ministers launched a bottle deposit scheme.'))).toBe(s);
	});
});

describe('a mention never runs over the end of a sentence', () => {
	// Each article ends a sentence on a word right before "The <head>": the words before the full stop say nothing of which one.
	const cases: [string, string, string][] = [
		['Coal left by a valley. The ship sank in 1921.', 'How many tonnes did the ship carry?', 'How many tonnes did the ship carry?'],
		['The dam stood above a quiet town. The bridge opened in 1904.', 'Who built the bridge?', 'Who built the bridge?'],
		['Voters said no in a referendum. The policy was dropped.', 'When was the policy dropped?', 'When was the policy dropped?'],
		['Engineers blamed a cracked weld. The failure cost 4 million.', 'What did the failure cost?', 'What did the failure cost?'],
		['Officials ordered an emergency review. The station closed in May.', 'When did the station close?', 'When did the station close?'],
		// A point inside a word is still a word: "a 3.5-tonne vessel" names the vessel.
		['Crews towed a 3.5-tonne vessel into port.', 'Where was the vessel towed?', 'Where was the 3.5-tonne vessel towed?']
	];
	it.each(cases)('in "%s", %s', (article, question, expected) => {
		expect(nameBareDefinite(question, articleMentions(article))).toBe(expected);
	});
});

describe('an opening "its" is replaced only by a short owner', () => {
	// Each row: the sentence, the sentence before, and the sentence resolved (null: left for the caller to judge).
	const table: [string, string, string | null][] = [
		[
			'Its twin, the Lund Tower, fell in 1902.',
			'The Marsh Tower on the north quay of Vell stood for 300 years.',
			'The Marsh Tower’s twin, the Lund Tower, fell in 1902.'
		],
		['Its budget was cut by a third.', 'The Orrin Valley Trust for the Arts in Wales lost its grant.', 'The Orrin Valley Trust’s budget was cut by a third.'],
		['Its engine failed at 9,000 metres.', 'The old grey cargo plane from the island base took off at dawn.', null],
		['Its roof leaked for years.', 'The Kell Hall beside the river Aune was built in 1850.', 'The Kell Hall’s roof leaked for years.'],
		['Its owners sold it in 1998.', 'Hallam Mill closed in 1985.', 'Hallam Mill’s owners sold it in 1998.'],
		['Its cargo was lost.', 'The old grey steam tug Harbour Star sank off Vell.', 'Harbour Star’s cargo was lost.'],
		['Its captain was rescued.', 'The wooden ferry from the harbour at Tarn sank.', 'The wooden ferry’s captain was rescued.']
	];
	it.each(table)('%s / %s', (sentence, previous, expected) => {
		expect(lead(sentence, previous)).toBe(expected);
	});
});
