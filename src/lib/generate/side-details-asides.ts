import type { Candidate } from './questions';
import { besideAnswer } from './questions/candidate';
import type { SideRule, SideView } from './side-details';

/**
 * Side details that sit in an aside of the story rather than its event: the aftermath (how long a
 * line stayed closed), how a thing was built (the number of bricks), its ceremony (who opened it),
 * how a study measured (the number of readings), a plan for later (when monitoring starts), a past
 * meeting of the same sides, the distance of a shot, the name of a firm's division, a market
 * index's move that day, one share of a split sum, and what one passer-by did. Each is judged by
 * the words around the answer, never by words of one article.
 */

const before = (c: Candidate) => besideAnswer(c).before;
const after = (c: Candidate) => c.sentence.text.slice(Math.max(c.fact.answerEnd - c.sentence.start, 0));
/** Whether the candidate comes from the article's lead, which is never a side detail. */
export const isLead = (c: Candidate, view: SideView) => view.lead !== undefined && c.sentence.text === view.lead;
const isNumber = (c: Candidate) => c.fact.kind === 'quantity';

/** Units of a day or longer. */
const LONG_DURATION = /^(?:days?|weeks?|months?|years?|nights?)$/i;
/** A state that lasted after the event: closed, shut, suspended, out of service, reopened. */
const AFTERMATH =
	/\b(?:remain(?:ed|s)?|stay(?:ed|s)?|was|were|be|been|kept)\s+(?:closed|shut|suspended|out of service|out of action|blocked|cut off|without power)\b|\breopen(?:ed|s|ing)?\b|\b(?:closed|shut|suspended) for\b/i;
/** Things a structure is built from: their count describes how it was made, not what happened. */
const MATERIALS = /^(?:bricks?|tiles?|stones?|bolts?|rivets?|screws?|nails?|planks?|beams?|sandbags?|panes?|slabs?|blocks?)\b/i;
/** A ceremony: who opened, unveiled or inaugurated something. */
const CEREMONY =
	/\b(?:officially|ceremonially|formally) (?:opened|unveiled|launched)\b|\b(?:opened|unveiled|inaugurated) by\b|\binaugurat(?:ed|ion)\b|\bribbon\b/i;
/** What a study counted to measure: its method, not its finding. */
const MEASUREMENTS = /^(?:measurements?|readings?|samples?|recordings?|scans?|observations?|interviews?|questionnaires?)\b/i;
/** Years of someone's working life: "had worked in the industry for 31 years". */
const CAREER =
	/\b(?:work(?:ed|ing)?|serv(?:ed|ing)|spent|career|employed|been in)\b[^.;]{0,40}\b(?:for|of)\s+(?:nearly |almost |more than |over |about |some )?$/i;
/** A plan for later: "will be monitored from 2027", "checks are due to start in". */
const LATER = /\b(?:will|would|is due to|are due to|plans? to|is expected to|are expected to)\b/i;
const FROM_WHEN = /\b(?:from|starting in|beginning in|starting from|until|from early|from late)\s+$/i;
/** An earlier meeting of the same sides or an earlier final. */
const PAST_MEETING =
	/\b(?:last|previous|earlier) (?:met|meeting|final|encounter|time)\b|\bthe last time\b|\b(?:lost|won) the (?:19|20)\d\d final\b|\bin the (?:19|20)\d\d final\b/i;
/** "from 25 yards", "a 40-metre strike": how far a shot flew. */
const SHOT = /\b(?:shot|strike|kick|effort|drive|volley|header|free kick|from)\b/i;
const YARDS = /^(?:yards?|yds?|met(?:re|er)s?|m)$/i;
/** "the company's frozen-food division": the name of a part of a firm. */
const DIVISION_AFTER = /^\s*(?:division|unit|arm|subsidiary|business unit|department)\b/i;
const DIVISION_NAME = /\b(?:Division|Unit)$/;
/** A market index or the market at large; not "a benchmark for" something, a standard to compare with. */
const INDEX = /\b(?:index|indices|indexes|Nikkei|FTSE|Dow|S&P|Nasdaq|DAX|CAC|Hang Seng|Kospi|Sensex|Stoxx|benchmark(?!\s+for\b)|broader market)\b/i;
/** Money written with a currency sign or word. */
const MONEY = /(?:[$€£¥]\s?\d|\b\d[\d,.]*\s*(?:million|billion)?\s*(?:dollars|euros|pounds|yen|kroner|rupees)\b)/gi;
/** The words that open a part counted into the sum after it. */
const INCLUDED = /\b(?:including|includ(?:es|ed)|counting|with)\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?$/i;
/** A sentence about one unnamed person among many: "One barber in Kelby screened 140 customers." */
const ONE_OF_MANY = /^(?:One|Another|A single|A local|One local)\s+\p{Ll}+/u;

export const ASIDE_RULES: SideRule[] = [
	{
		name: 'how long something stayed closed afterwards',
		weight: 'trivial',
		test: (c, view) =>
			isNumber(c) && LONG_DURATION.test(c.fact.kind === 'quantity' ? (c.fact.unit ?? '') : '') && AFTERMATH.test(c.sentence.text) && !isLead(c, view)
	},
	{
		name: 'how many pieces a thing was built from',
		weight: 'trivial',
		test: (c) => c.fact.kind === 'quantity' && (MATERIALS.test(c.fact.unit ?? '') || MATERIALS.test(c.fact.counts ?? '') || MATERIALS.test(after(c).trim()))
	},
	{
		name: 'who opened something, and when',
		weight: 'trivial',
		test: (c, view) => ['person', 'date', 'organisation'].includes(c.fact.kind) && CEREMONY.test(c.sentence.text) && !isLead(c, view)
	},
	{
		name: 'how many measurements a study took',
		weight: 'trivial',
		test: (c) => c.fact.kind === 'quantity' && (MEASUREMENTS.test(c.fact.counts ?? '') || MEASUREMENTS.test(after(c).trim()))
	},
	{
		name: 'how long someone had worked',
		weight: 'trivial',
		test: (c, view) => c.fact.kind === 'quantity' && /^years?$/i.test(c.fact.unit ?? '') && CAREER.test(before(c)) && !isLead(c, view)
	},
	{
		name: 'when a later plan starts',
		weight: 'trivial',
		test: (c, view) => c.fact.kind === 'date' && LATER.test(c.sentence.text) && FROM_WHEN.test(before(c)) && !isLead(c, view)
	},
	{
		name: 'an earlier meeting of the same sides',
		weight: 'trivial',
		test: (c, view) => ['person', 'organisation', 'date', 'quantity', 'place'].includes(c.fact.kind) && PAST_MEETING.test(c.sentence.text) && !isLead(c, view)
	},
	{
		name: 'the distance of a shot',
		weight: 'trivial',
		test: (c) =>
			c.fact.kind === 'quantity' &&
			(YARDS.test(c.fact.unit ?? '') || YARDS.test(c.fact.counts ?? '')) &&
			SHOT.test(before(c).split(/\s+/).slice(-4).join(' ') + after(c).slice(0, 20))
	},
	{
		name: 'the name of a division of a firm',
		weight: 'trivial',
		test: (c) => c.fact.kind === 'organisation' && (DIVISION_AFTER.test(after(c)) || DIVISION_NAME.test(c.fact.answer))
	},
	{
		name: 'a market index’s move that day',
		weight: 'trivial',
		test: (c, view) => c.fact.kind === 'quantity' && INDEX.test(c.sentence.text) && !isLead(c, view)
	},
	{
		name: 'one share of a split sum',
		weight: 'minor',
		test: (c) => {
			if (c.fact.kind !== 'quantity' || c.fact.form.currency === '') return false;
			const sums = [...c.sentence.text.matchAll(MONEY)];
			const first = sums[0]?.index ?? 0;
			// "Including $420 million of debt, the deal is worth $2.3 billion": the part comes first, the whole after it.
			if (INCLUDED.test(c.sentence.text.slice(0, first))) return false;
			return sums.length >= 2 && first < c.fact.answerStart - c.sentence.start;
		}
	},
	{
		name: 'what one passer-by did',
		weight: 'trivial',
		test: (c, view) => isNumber(c) && ONE_OF_MANY.test(c.sentence.text) && !isLead(c, view)
	}
];
