import { normaliseAnswer } from '../../quiz/normalise';
import type { Token } from '../tokens';
import { isDemonym, KNOWN_ORGS, ORG_TITLES, ORG_WORDS, PLACE_PREPOSITIONS, PLACE_SUFFIXES } from './lexicon';
import { titleSort } from './name-sorts';
import { capitalisedRuns, withText, type NameRun } from './names';
import { statedKind } from './place-kinds';
import type { FactBase, OrganisationFact, PlaceFact, TaggedSentence } from './types';

const lower = (t: Token | undefined) => (t ? t.text.toLowerCase().replace(/\.$/, '') : '');

const COUNTRIES = new Set(
	'afghanistan albania algeria argentina armenia australia austria azerbaijan bangladesh belarus belgium bolivia bosnia brazil bulgaria cambodia canada chile china colombia croatia cuba cyprus czechia denmark ecuador egypt england estonia ethiopia finland france georgia germany ghana greece hungary iceland india indonesia iran iraq ireland israel italy japan jordan kazakhstan kenya korea kosovo latvia lebanon libya lithuania luxembourg malaysia mexico moldova mongolia montenegro morocco myanmar nepal netherlands nigeria norway pakistan peru philippines poland portugal qatar romania russia rwanda scotland serbia singapore slovakia slovenia somalia spain sudan sweden switzerland syria taiwan tanzania thailand tunisia turkey uganda ukraine uruguay uzbekistan venezuela vietnam wales yemen zambia zimbabwe'.split(
		' '
	)
);

/** What a fact of a name run found in sentence `s` has whatever its kind: its text is also its answer. */
export function entity(s: TaggedSentence, run: NameRun, key: string): FactBase {
	return {
		text: run.text,
		sentence: s.index,
		start: s.start + run.start,
		end: s.start + run.end,
		answer: run.text,
		answerStart: s.start + run.start,
		answerEnd: s.start + run.end,
		key
	};
}

/**
 * "Russia and Ukraine" is two names, "Institute of Volcanology and Seismology" one: a run keeps
 * its "and" only when it is an organisation's name.
 */
function splitAtAnd(tokens: Token[], run: NameRun, sentence: string): NameRun[] {
	if (!/ and /.test(run.text)) return [run];
	const parts = splitParts(tokens, run, sentence);
	if (isOrganisation(tokens, run) && !parts.every((p) => isOrganisation(tokens, p))) return [run];
	return parts;
}

function splitParts(tokens: Token[], run: NameRun, sentence: string): NameRun[] {
	const parts: NameRun[] = [];
	let from = run.from;
	for (let i = run.from; i <= run.to; i++) {
		if (i === run.to || lower(tokens[i]) === 'and') {
			const last = tokens[i - 1];
			parts.push({ from, to: i, start: tokens[from].start, end: i === run.to ? run.end : last.end, text: '' });
			from = i + 1;
		}
	}
	return withText(parts, sentence);
}

/** Whether a run is an organisation: an organisation word in it, a known acronym, or "the company X". */
function isOrganisation(tokens: Token[], run: NameRun): boolean {
	const words = run.text.split(/\s+/);
	if (words.length === 1) return KNOWN_ORGS.has(words[0]) || (ORG_TITLES.has(lower(tokens[run.from - 1])) && tokens[run.from - 1].post.trim() === '');
	// "Harrow & Finch": an ampersand between names joins the partners of a firm (see names.ts).
	if (words.some((w) => ORG_WORDS.has(w.toLowerCase())) || words.includes('&')) return true;
	const prev = tokens[run.from - 1];
	if (prev && ORG_TITLES.has(lower(prev)) && prev.post.trim() === '') return true;
	return tokens.slice(run.from, run.to).every((t) => t.tags.has('Organization'));
}

/**
 * Verbs whose "in", "to" or "for" takes a publication, an agency or a buyer, not a site:
 * "published in Nature Climate Change", "writing in The Lancet", "speaking to Reuters", "writes
 * for the Lagos Review", "sold to Fjordline". A name the tagger knows as a place stays one
 * ("published in London").
 */
const NOT_A_SITE = /^(?:publish(?:ed|es|ing)?|writ(?:e|es|ing|ten)|wrote|report(?:ed|s|ing)?|speak(?:s|ing)?|spoke|talk(?:ed|s|ing)?|sold|sell(?:s|ing)?)$/i;

/** Whether a run is a place: a place word after or in it, a place tag, or a place preposition before it. */
function placeClass(tokens: Token[], run: NameRun, listContinues: boolean): 'country' | 'locality' | null {
	const words = run.text.toLowerCase().split(/\s+/);
	if (words.length === 1 && COUNTRIES.has(words[0])) return 'country';
	if (words.length === 1 && isDemonym(words[0])) return null;
	const inRun = tokens.slice(run.from, run.to);
	if (inRun.some((t) => t.tags.has('Country'))) return 'country';
	if (/^[A-Z]{2,}$/.test(run.text)) return null;
	const next = tokens[run.to];
	if ((next && PLACE_SUFFIXES.has(lower(next))) || words.some((w) => PLACE_SUFFIXES.has(w))) return 'locality';
	if (inRun.some((t) => t.tags.has('Place') || t.tags.has('City') || t.tags.has('Region'))) return 'locality';
	let i = run.from - 1;
	if (lower(tokens[i]) === 'the') i--;
	if (i >= 0 && PLACE_PREPOSITIONS.has(lower(tokens[i])) && tokens[i].post.trim() === '' && !NOT_A_SITE.test(tokens[i - 1]?.text ?? '')) return 'locality';
	// "the regions of Luhansk", "the city of Belém"
	const noun = lower(tokens[i - 1]).replace(/s$/, '');
	if (lower(tokens[i]) === 'of' && PLACE_SUFFIXES.has(noun)) return 'locality';
	return listContinues ? 'locality' : null;
}

/** A continent is no fair swap for a town or country. */
const CONTINENTS = new Set(['Europe', 'Asia', 'Africa', 'Antarctica', 'Australia', 'Oceania', 'North America', 'South America', 'Latin America']);
const PUBLICATION_BEFORE = new Set(['journal', 'newspaper', 'magazine', 'paper', 'publication', 'tabloid', 'daily', 'weekly']);
const PUBLICATION_NAME = /\b(?:Times|Post|Journal|Gazette|Herald|Review|Tribune|Magazine|Letters|Proceedings)\b/;
/** Words after a name that make it a sports club: "Porto Atlântico coach", "Sparta supporters". */
export const CLUB_AFTER = new Set([
	'coach',
	'manager',
	'striker',
	'goalkeeper',
	'midfielder',
	'defender',
	'winger',
	'captain',
	'supporters',
	'fans',
	'players',
	'squad',
	'side'
]);
const CLUB_BEFORE = new Set(['club', 'team', 'side', 'champions', 'beating', 'beat', 'against', 'rivals']);

/** The fine kind of an organisation (journal, club or other) and whether "the" stands before it. */
function fineClass(tokens: Token[], run: NameRun, coarse: string): string {
	// "the Philippines", "the United States": some names take "the" even where a list drops it.
	// A plural name ("the Netherlands", "the Philippines"), not any name ending in "s" ("Lagos", "Paris").
	const the = lower(tokens[run.from - 1]) === 'the' || /(?:^United |(?:lands|ines|ies|Isles|Alps)$)/.test(run.text) ? '|the' : '';
	if (CONTINENTS.has(run.text) || /^(?:Central|Eastern|Western|Northern|Southern) (?:Europe|Asia|Africa)$/.test(run.text)) return 'continent';
	// "the Norwegian Sea", "the Caraga River": a name ending in a place word is of that sort only.
	const suffix = run.text.split(/\s+/).pop()?.toLowerCase() ?? '';
	if (coarse !== 'organisation' && run.text.includes(' ') && PLACE_SUFFIXES.has(suffix)) return suffix;
	// "the Hall of Peace", "the Defenestration of Prague": "X of Y" with no place word for X names
	// a building or an event, never a fair swap for a town.
	const head = /^(\S+) of /.exec(run.text)?.[1].toLowerCase();
	if (coarse !== 'organisation' && head && !PLACE_SUFFIXES.has(head) && !/^(?:republic|kingdom|isle|gulf|bay|cape|port|duchy|county|principality)$/.test(head))
		return 'named';
	if (coarse !== 'organisation') return `${coarse}${the}`;
	const prev = lower(tokens[run.from - 1]);
	if (PUBLICATION_BEFORE.has(prev) || PUBLICATION_NAME.test(run.text)) return 'journal';
	if (CLUB_AFTER.has(lower(tokens[run.to])) || CLUB_BEFORE.has(prev) || /\b(?:FC|United|Athletic|Rovers|Wanderers)\b/.test(run.text)) return 'club';
	const titled = titleSort(prev);
	return `organisation${titled ? `:${titled}` : ''}${the}`;
}

/**
 * Organisations and places of a sentence from its capitalised runs, skipping what is already a
 * person. A run in a comma list after a place is a place too ("Moscow, Tula, Kaluga, …").
 */
export function extractPlacesAndOrganisations(s: TaggedSentence, isTaken: (start: number, end: number) => boolean): (PlaceFact | OrganisationFact)[] {
	const out: (PlaceFact | OrganisationFact)[] = [];
	const runs = withText(capitalisedRuns(s.tokens, true), s.text).flatMap((r) => splitAtAnd(s.tokens, r, s.text));
	let previousPlaceEnd = -1;
	for (const run of runs) {
		// "the Thirty Years’ War": a plural possessive means the name goes on past the run.
		if (isTaken(s.start + run.start, s.start + run.end) || /^['’](?!s\b)/.test(s.text.slice(run.end))) continue;
		const possessive = /['’]s$/.test(s.tokens[run.to - 1].text);
		const club = CLUB_AFTER.has(lower(s.tokens[run.to])) && s.tokens[run.to - 1].post.trim() === '' && !(run.from + 1 === run.to && isDemonym(run.text));
		// "the Lagos Review", "the Harbour Gazette": a publication's name is no place, whatever place it
		// names; its last word says so ("Times Square" is a place).
		const publication = run.text.includes(' ') && PUBLICATION_NAME.test(run.text.split(' ').at(-1) ?? '');
		if (club || publication || ((!possessive || run.text.includes(' ')) && isOrganisation(s.tokens, run))) {
			out.push({ ...entity(s, run, `org|${normaliseAnswer(run.text)}`), kind: 'organisation', nameClass: fineClass(s.tokens, run, 'organisation') });
			continue;
		}
		const between = previousPlaceEnd >= 0 ? s.text.slice(previousPlaceEnd, run.start) : '';
		const listContinues = /^,(?: and| or)? $|^ and $|^ or $/.test(between);
		// "Russia’s Defense Ministry": a possessive names an owner, rarely a place worth asking.
		const cls = possessive ? null : placeClass(s.tokens, run, listContinues);
		if (cls) {
			const city = cls === 'locality' && run.to - run.from === 1 && s.tokens[run.from].tags.has('City');
			out.push({
				...entity(s, run, `place|${normaliseAnswer(run.text)}`),
				kind: 'place',
				placeClass: cls,
				nameClass: fineClass(s.tokens, run, cls),
				...(city ? { city } : {})
			});
			previousPlaceEnd = run.end;
		}
	}
	return out;
}

/**
 * The kinds of place a sentence states for its names, place or not by the cues above ("to study
 * Europa, a moon of Jupiter" gives Europa no place cue, yet says what it is): name, kind pairs.
 */
export function statedKinds(s: TaggedSentence): [string, string][] {
	const out: [string, string][] = [];
	// "the bishoprics of Bremen and Verden": a kind said in the plural goes on through the list.
	let listKind: string | undefined;
	let previousEnd = -1;
	for (const run of withText(capitalisedRuns(s.tokens, true), s.text).flatMap((r) => splitParts(s.tokens, r, s.text))) {
		const listContinues = previousEnd >= 0 && /^,(?: and| or)? $|^ and $|^ or $/.test(s.text.slice(previousEnd, run.start));
		const stated = statedKind(s.tokens, run, listContinues ? listKind : undefined);
		listKind = stated?.plural ? stated.kind : undefined;
		previousEnd = run.end;
		if (stated) out.push([normaliseAnswer(run.text), stated.kind]);
	}
	return out;
}
