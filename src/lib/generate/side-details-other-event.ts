import type { SideRule, SideView } from './side-details';
import { isLead } from './side-details-asides';

/**
 * A sentence that reports another event of the same kind as the story's: "In the men's final on
 * Sunday, …" under a report of the women's final, "In the other semi-final, …", "In the women's
 * 3000 metres, …" after a 1500 metres race. Everything it gives (who played, the score, the time)
 * belongs to an event the article only mentions, so a question on it is trivial. The sentence is
 * known by its opening: "In the" with "other" or a possessive ("men's", "the club's") the lead
 * does not use, on an event word the lead does use. Ordinals ("In the second set") and phrases
 * the lead never names ("In the company's tests") are left alone.
 */

/** "In the men's final on Sunday,": the modifier, and the words up to the comma. */
const OPENING = /^In (?:the|an?) (other|another|(?:\p{L}+ )?\p{L}+['’]s) ([^,]{1,40}),/iu;

/** Whether the text has the word, as a whole word. */
const says = (text: string, word: string) => new RegExp(`(?<![\\p{L}’'])${word.replace(/[’']/g, "['’]")}(?![\\p{L}])`, 'iu').test(text);

/** Whether the sentence's opening names an event of the lead's kind that is not the lead's. */
export function otherEvent(sentence: string, view: SideView): boolean {
	const m = OPENING.exec(sentence);
	if (!m || view.lead === undefined) return false;
	const story = `${view.title ?? ''} ${view.lead}`;
	const modifier = m[1];
	if (!/^(?:other|another)$/i.test(modifier) && says(story, modifier)) return false;
	// The event words: what comes before a preposition ("final" of "final on Sunday").
	const words = m[2].split(/\s+(?:on|at|in|of|for|against|with)\s+/i)[0].split(/\s+/);
	return words.some((w) => /^[\p{L}-]{3,}$/u.test(w) && says(story, w));
}

export const OTHER_EVENT_RULES: SideRule[] = [
	{
		name: 'a detail of another event than the story’s',
		weight: 'trivial',
		test: (c, view) => !isLead(c, view) && otherEvent(c.sentence.text, view)
	}
];
