import { outsideQuotes } from './english';
import { tokenize } from './tokens';

/**
 * Words anywhere in a clause that lean on a sentence before it: "that night", "turn down that
 * signal", "after that", "for another seventeen years", "the other team", "in both cities". Out
 * of their paragraph they point at something nobody sees, so a prompt holding one goes. "Also"
 * only says a sentence before said something too: it is struck, and the question keeps its place.
 * An ordinal with no noun ("saved the first", "swung in a fourth") counts things only the
 * sentence before named.
 */

const NUMBER_WORD =
	'(?:\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred|few)';

/** Patterns whose words lean back, each with what a reader is left asking. */
const LEANING: { pattern: RegExp; why: string }[] = [
	// "Grain prices fell after that", "Before that, …": "that" standing for a whole event.
	{ pattern: /\b(?:after|before|like|since|despite|until|beyond|besides) that\b(?=\s*(?:[,.;:?!)—–]|$))/i, why: 'which event it follows' },
	// "To pay for this, …", "Because of these, …": "this" standing alone for what a sentence before said.
	{
		pattern:
			/\b(?:for|of|to|with|from|on|about|after|before|despite|like|beyond|besides|by|into|against|than|because of) (?:this|these|those)\b(?=\s*(?:[,.;:?!)—–]|$))/i,
		why: 'what it points at'
	},
	// "continued for another seventeen years", "scored another." ("one after another" and "one another" count nothing.)
	{ pattern: new RegExp(`\\banother (?:${NUMBER_WORD})\\b|(?<!\\bone (?:after )?)\\banother(?=\\s*[,.;:?!])`, 'i'), why: 'another beside which' },
	// "the other team", "the others": the one not named in the prompt.
	{ pattern: /(?<!\beach )\bthe others?\b(?! than\b| (?:end|side|hand|way)\b)/i, why: 'the other of which' },
	// "in both cities", "both effects": two things the prompt never named ("both Sweden and France" names them).
	{ pattern: /(?<![,.;:!?] |^)\bboth (?!\p{Lu})[\p{Ll}-]+s\b(?![^,.;]* and )/u, why: 'both of which' }
];

/** A verb that takes a clause: its "that" opens the clause ("said that officials …"), not a pointer. */
const CLAUSE_VERBS =
	/^(?:say|says|said|find|finds|found|show|shows|showed|shown|argue|argues|argued|suggest|suggests|suggested|believe|believes|believed|think|thinks|thought|know|knows|knew|mean|means|meant|warn|warns|warned|claim|claims|claimed|estimate|estimates|estimated|report|reports|reported|note|notes|noted|add|adds|added|insist|insists|insisted|agree|agrees|agreed|confirm|confirms|confirmed|hope|hopes|hoped|expect|expects|expected|announce|announces|announced|ruled|rule|rules|decided|decide|learned|told|tell|tells|so|such|now|given|ensure|ensured)$/i;

/** Times of day, week or year: "that night" always points at a time told before. */
const TIME_NOUN = /^(?:night|day|morning|afternoon|evening|week|weekend|month|year|season|spring|summer|autumn|winter)$/i;

/**
 * "that night", "turn down that signal", "That system failed": "that" before a noun, opening the
 * sentence or after a preposition or a verb that takes no clause. After a noun it opens a
 * relative clause ("the deal that investors wanted"), after "said" a reported one.
 */
function demonstrativeThat(text: string): string | null {
	// Tagging is the costly part, and most texts have no "that" at all.
	if (!/\bthat\b/i.test(text)) return null;
	const tokens = tokenize(text);
	for (let i = 0; i < tokens.length - 1; i++) {
		if (tokens[i].text.toLowerCase() !== 'that') continue;
		const next = tokens[i + 1];
		const before = tokens[i - 1];
		// A plural after "that" is no demonstrative's noun ("so that vessels can …", "a can that costs …").
		const nounNext =
			!next.tags.has('Plural') &&
			!/[^s]s$/.test(next.text) &&
			next.tags.has('Noun') &&
			!next.tags.has('Pronoun') &&
			!next.tags.has('ProperNoun') &&
			!next.tags.has('Verb') &&
			!next.tags.has('Determiner') &&
			/^\p{Ll}/u.test(next.text);
		if (!nounNext || /[,;:]/.test(tokens[i].post)) continue;
		// "confirmed on 15 May of that year" after "1648": the prompt names the year it means.
		if (/^(?:year|day|month|week|season|time)$/i.test(next.text) && /\b\d{4}\b/.test(text.slice(0, tokens[i].start))) continue;
		// "carried almost nothing that night": a time after "that" is the time of an earlier sentence, whatever comes before.
		if (TIME_NOUN.test(next.text)) return `“that ${next.text}”`;
		const opens = !before || /[,;:—–(]/.test(before.post);
		const pointsFrom =
			before && (before.tags.has('Preposition') || (before.tags.has('Verb') && !CLAUSE_VERBS.test(before.text)) || before.tags.has('Particle'));
		if (opens || pointsFrom) return `“that ${next.text}”`;
	}
	return null;
}

const ORDINALS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth';
const ORDINAL = new RegExp(`^(?:${ORDINALS})$`, 'i');
/** Any ordinal in a text: one without is never tagged. */
const ORDINAL_WORD = new RegExp(`\\b(?:${ORDINALS})\\b`, 'i');

/**
 * "Oregon passed the first in 1971", "saved the first with an ace", "swung in a fourth": "the" or
 * "a" and an ordinal with no noun after it. "The first to land", "the first of them" and "the
 * first time" say what is counted.
 */
export function bareOrdinal(text: string): { at: number; text: string } | null {
	if (!ORDINAL_WORD.test(text)) return null;
	const tokens = tokenize(text);
	for (let i = 1; i < tokens.length; i++) {
		const t = tokens[i];
		if (!ORDINAL.test(t.text) || !/^(?:the|a)$/i.test(tokens[i - 1].text) || /[,;:—–]/.test(tokens[i - 1].post)) continue;
		// "cut by a third", "about a fifth": a share, not a count.
		if (
			/^a$/i.test(tokens[i - 1].text) &&
			/^(?:by|about|nearly|almost|roughly|around|than|over|under|just|only|some|to|least)$/i.test(tokens[i - 2]?.text ?? '')
		)
			continue;
		const next = tokens[i + 1];
		// "the second booking", "the first sitting": a word in -ing after "the second" is the noun counted.
		const counted =
			next &&
			!/[,;:.!?)—–]/.test(t.post) &&
			(next.tags.has('Noun') || next.tags.has('Adjective') || next.tags.has('Value') || next.tags.has('Gerund') || /^(?:of|to)$/i.test(next.text));
		if (!counted) return { at: tokens[i - 1].start, text: text.slice(tokens[i - 1].start, t.end) };
	}
	return null;
}

/**
 * "turn down that signal", "solved this problem": a demonstrative and the noun it points with,
 * or null. Out of its sentence it points at something only the article's earlier text names.
 */
export function pointerPhrase(text: string): { noun: string; text: string } | null {
	const own = outsideQuotes(text);
	const that = demonstrativeThat(own);
	if (that) return { noun: that.slice(6, -1), text: that.slice(1, -1) };
	// Tagging is the costly part, and most texts have no "this", "these" or "those" at all.
	if (!/th(?:is|ese|ose)/i.test(own)) return null;
	const tokens = tokenize(own);
	const at = tokens.findIndex((t, i) => /^(?:this|these|those)$/i.test(t.text) && tokens[i + 1]?.tags.has('Noun') && !tokens[i + 1]?.tags.has('Pronoun'));
	return at < 0 ? null : { noun: tokens[at + 1].text, text: `${tokens[at].text} ${tokens[at + 1].text}` };
}

/** The words in a text that lean on a sentence before it, with what they leave open; null when none do. */
export function leaningWords(text: string): string | null {
	const own = outsideQuotes(text);
	for (const { pattern, why } of LEANING) {
		const m = pattern.exec(own);
		if (m) return `“${m[0]}” (${why})`;
	}
	const ordinal = bareOrdinal(own);
	if (ordinal) return `“${ordinal.text}” (the first what)`;
	const that = demonstrativeThat(own);
	return that ? `${that} (which one)` : null;
}

/**
 * The text without an "also" that only says a sentence before said something too ("The study also
 * showed …" → "The study showed …"); "not only … but also" keeps it, and so does a quote.
 */
export function stripAlso(text: string): string {
	const own = outsideQuotes(text);
	let out = text;
	for (const m of [...own.matchAll(/(?<!\bbut) also\b(?= \p{Ll})/gu)].reverse()) out = out.slice(0, m.index) + out.slice(m.index + m[0].length);
	return out;
}
