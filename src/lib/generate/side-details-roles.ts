import type { Candidate } from './questions';
import { besideAnswer } from './questions/candidate';
import type { SideRule } from './side-details';
import { isLead } from './side-details-asides';

/**
 * Side details judged by the role of the answer's phrase in its sentence, not by a list of words
 * for one article: the keeper a shot went past, the referee, the club a player came from, the
 * body that released a report (its finding is the point), counts of shots, corners or letters,
 * a price to the cent, the year something that is not the story opened, a vote tally, a small
 * count of a generic noun the prompt already makes plain ("the ____ companies"), and in a
 * true/false statement a figure in a prepositional or subordinate part of the sentence.
 */

const before = (c: Candidate) => besideAnswer(c).before;
const after = (c: Candidate) => c.sentence.text.slice(Math.max(c.fact.answerEnd - c.sentence.start, 0));

/** A name or a thing (not a number or a relation). */
const isName = (c: Candidate) => ['person', 'organisation', 'place', 'named-thing'].includes(c.fact.kind);

/** Verbs that put a ball in a net: the goalkeeper it went past is incidental. */
const SCORED =
	/\b(?:scor(?:ed|ing|es)|shot|fired|curled|head(?:ed|ing)|struck|slott(?:ed|ing)|drove|volley(?:ed|ing)|lifted|chipp(?:ed|ing)|finish(?:ed|ing)|tapp(?:ed|ing)|netted|placed|rifled|smashed|blasted)\b[^.;]*\b(?:beat|beating|beyond|past|round|around)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}$/iu;
/** An official named by the title before the name, or by an apposition after it. */
const OFFICIAL_BEFORE = /\b(?:referee|umpire|linesman|assistant referee|match official|(?:goal)?keeper|goalkeeper)\s+$/i;
const OFFICIAL_AFTER = /^,?\s+(?:the\s+)?(?:referee|umpire|match official)\b/i;
/** "joined from X", "signed from X", "on loan from X": where a player came from. */
const CAME_FROM =
	/\b(?:join(?:ed|s|ing)|sign(?:ed|s|ing)|arriv(?:ed|es|ing)|mov(?:ed|es|ing)|transferr(?:ed|ing)|loan(?:ed)?|recruited)\b[^.;]{0,40}\bfrom\s+(?:the\s+)?$/i;
/** "released by X", "published by the X": who put out a report, not what it found. */
const PUT_OUT_BY = /\b(?:released|published|carried out|conducted|commissioned|compiled|produced|issued|prepared|led)\s+(?:jointly\s+)?by\s+(?:the\s+)?$/i;
/** Counts that describe how a match or a campaign went, not its result. */
const MINOR_COUNT = /^(?:shots?|shots? on (?:target|goal)|corners?|fouls?|saves?|passes?|letters?|signatures?|pages?|free kicks?|throw-ins?|offsides?)\b/i;
const MINOR_COUNT_AFTER = /^\s*(?:%|per ?cent|percent)?\s*(?:of\s+(?:the\s+)?)?(?:possession|shots?\b|corners?\b|attempts on goal|letters\b)/i;
/** A sum of money written to the cent, with no "million" after it. */
const centPrice = (c: Candidate) => c.fact.kind === 'quantity' && c.fact.form.currency !== '' && c.fact.form.multiplier === '' && c.fact.form.decimals > 0;
const SHARES = /\b(?:shares?|stock|traded|trading|closed at|opened at|share price)\b/i;
/** "opened in 1931", "(built in 1902)": the founding year of what the story only passes through. */
const OPENED = /\b(?:first\s+)?(?:opened|built|founded|established|completed|inaugurated|constructed|erected|launched)\s+in\s+$/i;
/**
 * "by 312 votes to 198", "a 61-38 vote": the tally rather than the outcome. "to 198" is a tally's
 * second count only when it is a bare count: "rise by 9 percent to 96.3 million" is a change and
 * the level it reaches.
 */
const TALLY_AFTER =
	/^\s*(?:votes?\s+to\b|to\s+\d[\d,]*\b(?![.,]\d|\s*(?:%|per\s?cent|percent|million|billion|thousand|[\p{L}]+\s+(?:pounds|dollars|euros)))|-\d+\s+vote|\s*in favou?r\b|\s*against\b)/iu;
/** A tally is two bare counts: a share, a sum of money or a count with a multiplier is not one. */
const bareCount = (c: Candidate) => c.fact.kind === 'quantity' && c.fact.form.percent === '' && c.fact.form.currency === '' && c.fact.form.multiplier === '';
/** A definite or possessive word before a small count: "the two companies", "both its three sites". */
const GIVEN = /\b(?:the|its|their|his|her|our|these|those|all)\s+$/i;

/** Prepositions whose phrase adds a circumstance (how long, with what, after what) to the claim. */
const SIDE_PREP =
	/\b(?:(?<!\b(?:sold|bought|paid|priced|valued|fined|jailed|sentenced|bid|offered|rated|worth|sells|buys|pays|sell|buy|pay)\s+)for|after|during|with|across|among|following|over the course of)\s+(?:(?:a|an|the|some|about|around|roughly|nearly|almost|just|only|its|their|his|her)\s+)*$/i;
/** A subordinate clause opened earlier in the sentence and not yet closed by a comma. */
const SUBORDINATE = /\b(?:after|before|when|while|because|although|though|once|until|whereas)\b[^,;]*$/i;

export const ROLE_RULES: SideRule[] = [
	{
		name: 'the goalkeeper a shot went past',
		weight: 'trivial',
		test: (c) => isName(c) && SCORED.test(before(c))
	},
	{
		name: 'a referee or other match official',
		weight: 'trivial',
		test: (c) => c.fact.kind === 'person' && (OFFICIAL_BEFORE.test(before(c)) || OFFICIAL_AFTER.test(after(c)))
	},
	{
		name: 'the club or employer someone came from',
		weight: 'trivial',
		test: (c) => isName(c) && CAME_FROM.test(before(c))
	},
	{
		name: 'the body that released a report',
		weight: 'trivial',
		test: (c) => (c.fact.kind === 'organisation' || c.fact.kind === 'named-thing') && PUT_OUT_BY.test(before(c))
	},
	{
		name: 'a count of shots, corners, letters or possession',
		weight: 'trivial',
		test: (c) =>
			c.fact.kind === 'quantity' && (MINOR_COUNT.test(c.fact.counts ?? '') || MINOR_COUNT.test(c.fact.unit ?? '') || MINOR_COUNT_AFTER.test(after(c)))
	},
	{
		// "the shares closed at $14.37": the market's price on one day, not what a company did.
		name: 'a share price to the cent',
		weight: 'trivial',
		test: (c) => centPrice(c) && SHARES.test(c.sentence.text)
	},
	{
		// "It costs €1,299.99": in a review the price is the point, so it is only ranked lower.
		name: 'a price to the cent',
		weight: 'minor',
		test: (c) => centPrice(c)
	},
	{
		name: 'the year something opened, outside the lead',
		weight: 'trivial',
		test: (c, view) => c.fact.kind === 'date' && c.fact.dateClass === 'year' && OPENED.test(before(c)) && !isLead(c, view)
	},
	{
		name: 'a vote tally',
		weight: 'trivial',
		test: (c) => c.fact.kind === 'quantity' && ((bareCount(c) && TALLY_AFTER.test(after(c))) || /^votes?$/i.test(c.fact.counts ?? c.fact.unit ?? ''))
	},
	{
		name: 'a small count the prompt already makes plain',
		weight: 'trivial',
		test: (c) =>
			c.fact.kind === 'quantity' &&
			c.form !== 'card' &&
			c.fact.value >= 2 &&
			c.fact.value <= 4 &&
			c.fact.form.currency === '' &&
			c.fact.form.percent === '' &&
			GIVEN.test(before(c))
	},
	{
		name: 'a side figure in a true/false statement',
		weight: 'trivial',
		test: (c) => {
			if (c.form !== 'statement' || (c.fact.kind !== 'quantity' && c.fact.kind !== 'date')) return false;
			const head = before(c);
			// "in 2019" is how a date is said: only a subordinate clause makes a date a side one.
			return (c.fact.kind === 'quantity' && SIDE_PREP.test(head)) || SUBORDINATE.test(head);
		}
	}
];
