import { normaliseAnswer } from '../../quiz/normalise';
import type { OutcomeFact, TaggedSentence } from '../facts/types';
import { relationFact } from './relation';

/** A player's name: capitalised words, and the lower-case particles of surnames ("Pieter van Rooij", "van Rooij"). */
const PLAYER = String.raw`(?:(?:van|von|de|der|den|da|di|del|dos|du|la|le) )?\p{Lu}[\p{L}'’.-]*(?: (?:(?:van|von|de|der|den|da|di|del|dos|du|la|le) )?\p{Lu}[\p{L}'’.-]*){0,3}`;

/** The sentence's subject, past an aside between commas and any verbs joined to the last by "and". */
const SUBJECT = String.raw`^(${PLAYER})(?:, [^;]*?,)?(?: [^,;]*?,? and)?`;

/**
 * A player title: a "… player", "player of the …", "MVP", "man of the match", so "was named
 * captain" or "was named after her grandmother" stay what other kinds read.
 */
const TITLE = String.raw`(?:the )?(?:[\p{L}'’-]+ ){0,3}(?:player(?: of the (?:match|game|series|tournament|final|year|season))?|MVP)|(?:the )?(?:wo)?man of the (?:match|series|tournament)`;

/** "Okafor, a 27-year-old guard, …and was named the final's most valuable player", "Marta Ruiz was voted player of the tournament". */
const AWARD = new RegExp(String.raw`${SUBJECT} (?:was|were) (named|voted|chosen as|crowned) (${TITLE})(?=[,;.]| (?:after|for|in|at|on|by|with)\b|$)`, 'u');

/** A sending-off: "…and was shown a second yellow card", "Reyes was sent off". */
const CARD = new RegExp(String.raw`${SUBJECT} was (shown (?:a|his|her) (?:second yellow|straight red|red) card|sent off)\b`, 'u');

/** The referee's side of it: "the referee showed van Rooij a second yellow card", "sent off Reyes". */
const SHOWED = new RegExp(String.raw`\b(?:showed|shown) (${PLAYER}) (?:a|his|her) ((?:second yellow|straight red|red) card)\b`, 'u');

/** The goal that decided a game: "…and scored the winner", "Diaz scored the equaliser against Leeds". */
const DECIDER = new RegExp(
	String.raw`${SUBJECT} (scored|headed|hit) (the (?:\p{Ll}+ )?(?:winner|equali[sz]er|(?:winning|equali[sz]ing) (?:goal|try|basket|run|point))(?: against (?:the )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3})?)(?=[,;.]| (?:in|at|on|after|with|from|to)\b|$)`,
	'u'
);

/**
 * What a game gave one player, asked as "Who …?": an award ("was named the final's most valuable
 * player"), a sending-off ("was shown a second yellow card"), the deciding goal ("scored the
 * winner"). `answer` is the player, `award` the predicate "Who …?" asks.
 */
export function playerOutcome(s: TaggedSentence): OutcomeFact | null {
	const award = AWARD.exec(s.text);
	if (award) return fact(s, award[1], `was ${award[2]} ${award[3]}`);
	const card = CARD.exec(s.text);
	if (card) return fact(s, card[1], `was ${card[2]}`);
	const showed = SHOWED.exec(s.text);
	if (showed) return fact(s, showed[1], `was shown a ${showed[2]}`, showed.index);
	const decider = DECIDER.exec(s.text);
	if (decider) return fact(s, decider[1], `${decider[2]} ${decider[3]}`);
	return null;
}

function fact(s: TaggedSentence, player: string, award: string, from = 0): OutcomeFact {
	return {
		...relationFact(s, player, s.text.indexOf(player, from), `outcome-player|${normaliseAnswer(award)}|${normaliseAnswer(player)}`),
		kind: 'outcome',
		award
	};
}
