import { describe, expect, it } from 'vitest';
import { sentenceCentrality } from '../centrality';
import { splitSentences } from '../sentences';
import { FEATURE_NAMES, qualityFeatures, type FeatureName, type Shown } from './features';

/** One invented article; each test asks about one of its sentences. */
const article = [
	'Tidewell council approves floating solar farm on Marren reservoir',
	'',
	'Tidewell council has approved a floating solar farm on the Marren reservoir that will supply a fifth of the town’s electricity, ending a four-year dispute.',
	'The 38-megawatt scheme, built by Lumen Reach, will cost £61 million and open in 2027.',
	'Councillors voted 31 to 9 after a debate that lasted four hours.',
	'Panels will cover 40 per cent of the water, and anglers, sailors and birdwatchers keep the rest.',
	'“This reservoir has waited a long time to earn its keep,” said Priya Achterberg, who led the campaign.',
	'It will be the largest floating array in Britain.',
	'The engineer, Tomasz Werner, studied at Delft in 1998.'
].join('\n');

const sentences = splitSentences(article);
const body = sentences.filter((s) => !s.heading);
const context = { text: article, title: sentences[0].text, lead: body[0].text, centrality: sentenceCentrality(sentences, sentences[0].text) };
const sentence = (start: string) => {
	const s = body.find((x) => x.text.startsWith(start));
	if (!s) throw new Error(start);
	return s;
};

function feature(name: FeatureName, q: Partial<Shown> & { prompt: string }, from: string): number {
	const shown: Shown = { type: 'cloze', key: '', choices: [], ...q };
	return qualityFeatures(shown, sentence(from), context)[FEATURE_NAMES.indexOf(name)];
}

/** A feature of a question on a sentence of its own, outside the article (for features that read the sentence alone). */
function featureOn(name: FeatureName, q: Partial<Shown> & { prompt: string }, text: string): number {
	const shown: Shown = { type: 'cloze', key: '', choices: [], ...q };
	const own = { index: 99, start: 0, end: text.length, text, heading: false, paragraph: 99 };
	return qualityFeatures(shown, own, context)[FEATURE_NAMES.indexOf(name)];
}

describe('question-quality features', () => {
	it('makes one number per named feature, each finite', () => {
		const v = qualityFeatures(
			{ type: 'mcq', prompt: 'Who built the scheme?', key: 'Lumen Reach', choices: ['Lumen Reach', 'Marren Water', 'Tidewell', 'Ofgem'] },
			sentence('The 38-megawatt'),
			context
		);
		expect(v).toHaveLength(FEATURE_NAMES.length);
		for (const x of v) expect(Number.isFinite(x)).toBe(true);
	});

	it('one-hots the type', () => {
		const v = qualityFeatures(
			{ type: 'numeric', prompt: 'How many councillors voted for it?', key: '31', choices: [] },
			sentence('Councillors voted'),
			context
		);
		const on = FEATURE_NAMES.filter((n, i) => n.startsWith('type_') && v[i] === 1);
		expect(on).toEqual(['type_numeric']);
	});

	it.each([
		['anglers', 'Panels will cover', 1],
		['sailors', 'Panels will cover', 1],
		['birdwatchers', 'Panels will cover', 1],
		['40 per cent', 'Panels will cover', 0],
		['Lumen Reach', 'The 38-megawatt', 1], // between the commas of an aside, "…, built by Lumen Reach, will …" reads as a list slot too
		['a fifth', 'Tidewell council', 0],
		['31', 'Councillors voted', 0],
		['2027', 'The 38-megawatt', 0]
	])('key_in_list: %s', (key, from, want) => {
		expect(feature('key_in_list', { key, prompt: '…' }, from)).toBe(want);
	});

	it.each([
		['£61 million', 'key_number', 1],
		['38-megawatt', 'key_number', 1],
		['Lumen Reach', 'key_number', 0],
		['Lumen Reach', 'key_name', 1],
		['Priya Achterberg', 'key_name', 1],
		['a floating solar farm', 'key_name', 0],
		['2027', 'key_name', 0]
	] as const)('%s → %s %d', (key, name, want) => {
		expect(feature(name, { key, prompt: '…' }, 'The 38-megawatt')).toBe(want);
	});

	it('asks_speaker: a "Who said …?" question, not another "Who …?"', () => {
		expect(
			feature(
				'asks_speaker',
				{ type: 'mcq', key: 'Priya Achterberg', prompt: 'Who said: “This reservoir has waited a long time to earn its keep”?' },
				'“This reservoir'
			)
		).toBe(1);
		expect(feature('asks_speaker', { type: 'mcq', key: 'Priya Achterberg', prompt: 'Who led the campaign?' }, '“This reservoir')).toBe(0);
	});

	it('sentence_quotes and sentence_says: quoted speech and a reporting verb', () => {
		expect(feature('sentence_quotes', { prompt: '…' }, '“This reservoir')).toBe(1);
		expect(feature('sentence_says', { prompt: '…' }, '“This reservoir')).toBe(1);
		expect(feature('sentence_quotes', { prompt: '…' }, 'Councillors voted')).toBe(0);
		expect(feature('sentence_says', { prompt: '…' }, 'Councillors voted')).toBe(0);
	});

	it.each([
		['It will be the largest floating array in Britain.', 1],
		['This scheme will be the largest floating array in Britain.', 1],
		['They voted 31 to 9.', 1],
		['The Marren reservoir array will be the largest floating array in Britain.', 0],
		['Which country will the largest floating array be in?', 0],
		['Britain’s largest floating array will open in 2027.', 0]
	])('prompt_leans: %s', (prompt, want) => {
		expect(feature('prompt_leans', { type: 'true_false', key: 'true', prompt }, 'It will be')).toBe(want);
	});

	it.each([
		['Delft', 1], // "studied at ____"
		['1998', 1], // "in ____"
		['Tomasz Werner', 0], // the subject's apposition
		['engineer', 0]
	])('key_after_preposition: %s', (key, want) => {
		expect(feature('key_after_preposition', { key, prompt: '…' }, 'The engineer')).toBe(want);
	});

	it('key_place_in_sentence: early keys score low, late ones high, an unseen key 1', () => {
		expect(feature('key_place_in_sentence', { key: 'Councillors', prompt: '…' }, 'Councillors voted')).toBe(0);
		expect(feature('key_place_in_sentence', { key: 'four hours', prompt: '…' }, 'Councillors voted')).toBeGreaterThan(0.8);
		expect(feature('key_place_in_sentence', { type: 'true_false', key: 'true', prompt: '…' }, 'Councillors voted')).toBe(1);
	});

	it('card_names_front: a card whose front is a name, not a question', () => {
		expect(feature('card_names_front', { type: 'flashcard', key: 'The engineer of the scheme', prompt: 'Tomasz Werner' }, 'The engineer')).toBe(1);
		expect(feature('card_names_front', { type: 'flashcard', key: 'At Delft', prompt: 'Where did Tomasz Werner study?' }, 'The engineer')).toBe(0);
		expect(feature('card_names_front', { type: 'short_answer', key: 'x', prompt: 'Tomasz Werner' }, 'The engineer')).toBe(0);
	});

	it('prompt_is_sentence and statement_false: a statement copied whole, and one altered', () => {
		const copied = { type: 'true_false', key: 'true', prompt: 'Councillors voted 31 to 9 after a debate that lasted four hours.' };
		const altered = { type: 'true_false', key: 'false', prompt: 'Councillors voted 29 to 9 after a debate that lasted four hours.' };
		expect(feature('prompt_is_sentence', copied, 'Councillors voted')).toBe(1);
		expect(feature('prompt_is_sentence', altered, 'Councillors voted')).toBe(0);
		expect(feature('statement_false', copied, 'Councillors voted')).toBe(0);
		expect(feature('statement_false', altered, 'Councillors voted')).toBe(1);
		// Judges' sheets write the key as "False" too.
		expect(feature('statement_false', { ...altered, key: 'False' }, 'Councillors voted')).toBe(1);
	});

	it('choices_alike: distractors of the key’s shape', () => {
		const alike = { type: 'mcq', key: '31', prompt: '…', choices: ['31', '27', '35', '9'] };
		const mixed = { type: 'mcq', key: '31', prompt: '…', choices: ['31', 'Lumen Reach', 'four hours', '9'] };
		expect(feature('choices_alike', alike, 'Councillors voted')).toBe(1);
		expect(feature('choices_alike', mixed, 'Councillors voted')).toBeCloseTo(1 / 3);
	});

	it('key_rarity: rare words score above everyday ones', () => {
		expect(feature('key_rarity', { key: 'birdwatchers', prompt: '…' }, 'Panels will cover')).toBeGreaterThan(
			feature('key_rarity', { key: 'the water', prompt: '…' }, 'Panels will cover')
		);
	});

	it('position and centrality: the lead first and most central, the aside late and low', () => {
		const lead = (n: FeatureName) => feature(n, { prompt: '…' }, 'Tidewell council');
		const aside = (n: FeatureName) => feature(n, { prompt: '…' }, 'The engineer');
		expect(lead('position')).toBeLessThan(aside('position'));
		expect(lead('centrality')).toBeGreaterThan(aside('centrality'));
		expect(lead('sentence_in_headline_lead')).toBeGreaterThan(aside('sentence_in_headline_lead'));
	});

	it.each([
		['The ferry carries 240 cars.', 'The ferry carries 420 cars.', 'false', 1],
		['Rents rose 6.1 per cent in May.', 'Rents rose 7.1 per cent in May.', 'False', 1],
		['The bridge opened in 1978 after nine years of work.', 'The bridge opened in 1987 after nine years of work.', 'false', 1],
		['The bridge opened in 1978 after nine years of work.', 'The bridge closed in 1978 after nine years of work.', 'false', 0], // a swapped word
		['The ferry carries 240 cars.', 'The ferry carries 240 cars.', 'true', 0], // a true statement
		['Fog delayed the first sailing.', 'Fog delayed the last sailing.', 'false', 0] // no figure at all
	])('statement_number_altered: "%s" asked as "%s" (%s)', (text, prompt, key, want) => {
		expect(featureOn('statement_number_altered', { type: 'true_false', key, prompt }, text)).toBe(want);
	});

	it.each([
		['40 per cent', 1],
		['8.4%', 1],
		['two percentage points', 1],
		['12 percent', 1],
		['£61 million', 0],
		['forty wagons', 0],
		['Percy Lunn', 0]
	])('key_share: %s', (key, want) => {
		expect(feature('key_share', { key, prompt: '…' }, 'Panels will cover')).toBe(want);
	});

	it.each([
		[['31', '27', '35', '9'], 1],
		[['three', 'five', 'six', 'eight'], 1],
		[['£30,000', '£38,000', '£46,000'], 1],
		[['twenty-four', 'twenty', 'forty'], 1],
		[['31', 'Lumen Reach', 'four hours', '9'], 0],
		[['Delft', 'Leiden', 'Utrecht', 'Ghent'], 0]
	])('choices_numbers: %j', (choices, want) => {
		expect(feature('choices_numbers', { type: 'mcq', key: choices[0], choices, prompt: '…' }, 'Councillors voted')).toBe(want);
		expect(feature('choices_numbers', { type: 'cloze', key: choices[0], prompt: '…' }, 'Councillors voted')).toBe(0);
	});

	it('prompt_words: grows with the prompt', () => {
		const words = (prompt: string) => feature('prompt_words', { prompt }, 'Councillors voted');
		expect(words('How many voted?')).toBeCloseTo(Math.log(4));
		expect(words('How many councillors voted for the floating solar farm after the four-hour debate?')).toBeGreaterThan(words('How many voted?'));
		expect(words('')).toBe(0);
	});

	it.each([
		['The ferry, which seats 300, calls at Brill, Oakport and Stennis, weather permitting.', 1],
		['On Monday, Tuesday, Thursday and Friday, the library opens at nine.', 1],
		['Ms Hale, 52, a former nurse, chairs the board.', 1],
		['The ferry seats 300 and calls at Brill and Oakport.', 0],
		['After the storm, the pier reopened.', 0],
		['Sales rose 4%, the firm said, beating forecasts.', 0]
	])('sentence_commas: %s', (text, want) => {
		expect(featureOn('sentence_commas', { prompt: '…' }, text)).toBe(want);
	});
});
