import { normaliseAnswer } from '../../quiz/normalise';
import { capitalise, wordCount } from '../english';
import type { SettingFact, TaggedSentence } from '../facts/types';
import type { FactKindModule } from './kind';
import { relationFact, relationQuestion, standsAlone } from './relation';
import { workTitle } from '../references-work';

/**
 * Where and when a work is set: "The play is set in Port Aske, a herring town, in the winter of
 * 1934", "Set in a Glasgow tenement in 1968, “Brass Hours” follows …". A review states its
 * subject's setting once, plainly, and it is a fact every reader of the review should keep; the
 * name and year in it read as side details to the other kinds. Only said of the work the review
 * is about (its title, or "the novel"/"the play" when it quotes one title most), in the present
 * tense a work's setting is stated in ("the record was set in 1998" is another verb).
 */

/** What a review calls its own work, or a part of it ("the action", "most of the novel"). */
const WORK = 'novel|book|play|film|movie|story|series|opera|musical|production|drama|comedy|thriller|tale|action|plot|episode|show|game';
const REFERENCE = `(?:(?:[Tt]he|[Ii]ts|[Hh]er|[Hh]is|[Tt]heir) (?:new |latest )?(?:${WORK})|(?:[Mm]ost|[Mm]uch|[Aa]ll|[Pp]art) of (?:the|its) (?:${WORK}))`;
const QUOTED = `[“"][^“”"]{1,60}[”"]`;

/** "SUBJECT is (mostly) set in …". */
const IS_SET = new RegExp(
	`(?:^|, (?:and |but )?|; )(${REFERENCE}|${QUOTED}) (?:is|are) (?:(?:mostly|largely|mainly|partly|entirely) )?set (in|on|at|aboard|inside|during) (.+)$`,
	'u'
);
/** "Set in …, SUBJECT follows …". */
const SET_FIRST = new RegExp(`^Set (in|on|at|aboard|inside|during) (.+?), (${REFERENCE}|${QUOTED}) \\p{Ll}`, 'u');

const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** A time a work is set in: a year, a decade, a century, a season or month of a year. */
const TIME = new RegExp(
	`^(?:the )?(?:(?:early|late|mid-|middle) ?)?(?:\\d{4}s?|\\d{1,2}(?:st|nd|rd|th) century|(?:winter|summer|spring|autumn|year|months|weeks|days) (?:of|before|after) [^,;]+|(?:${MONTH}) \\d{4})$`
);
/** A place phrase ends before a clause of its own ("…, when a dam is built", "… where she grew up"). */
const PLACE_END = /\s(?:when|where|which|who|while|that|as|and|but)\s.*$/;

interface Parts {
	place?: string;
	detail?: string;
	time?: string;
}

/** The place, its description and the time in the words after "set": "Port Aske, a herring town, in 1934". */
function parts(preposition: string, rest: string): Parts | null {
	const chunks = rest
		.replace(/[.!?]["”]?$/, '')
		.split(/[;:]/)[0]
		.split(', ');
	if (preposition === 'during') {
		const time = chunks[0].replace(PLACE_END, '');
		return wordCount(time) >= 2 && wordCount(time) <= 8 && standsAlone(time) ? { time } : null;
	}
	if (TIME.test(chunks[0])) return { time: chunks[0] };
	let place = chunks[0].replace(PLACE_END, '');
	let time: string | undefined;
	const inner = / (?:in|during) ((?:the )?[^ ].*)$/.exec(place);
	if (inner && TIME.test(inner[1])) {
		time = inner[1];
		place = place.slice(0, inner.index);
	}
	let detail: string | undefined;
	let next = 1;
	if (!time && chunks[next] && /^(?:a|an|the) /.test(chunks[next]) && place === chunks[0]) detail = chunks[next++];
	const later = !time && chunks[next] ? /^(?:in|during) (.+)$/.exec(chunks[next]) : null;
	if (later && TIME.test(later[1])) time = later[1];
	if (wordCount(place) > 10 || !standsAlone(place) || (detail && !TIME.test(detail) && wordCount(detail) > 10)) return null;
	return { place, ...(detail ? { detail } : {}), ...(time ? { time } : {}) };
}

const articles = new WeakMap<TaggedSentence[], string>();

/** The title a question names the work by: the subject's own quoted title, or the review's. */
function workOf(subject: string, sentences: TaggedSentence[]): string | null {
	const quoted = /^[“"](.+)[”"]$/.exec(subject);
	if (quoted) return quoted[1];
	let article = articles.get(sentences);
	if (article === undefined) articles.set(sentences, (article = sentences.map((s) => s.text).join('\n')));
	return workTitle(article);
}

function settingFacts(s: TaggedSentence, work: string, preposition: string, p: Parts): SettingFact[] {
	const out: SettingFact[] = [];
	const base = { kind: 'setting' as const, work, preposition };
	if (p.place) {
		const at = s.text.indexOf(p.place);
		out.push({
			...relationFact(s, p.place, at, `setting|where|${normaliseAnswer(work)}`),
			...base,
			aspect: 'where',
			...(p.detail ? { detail: p.detail } : {})
		});
	}
	if (p.time) {
		const at = s.text.lastIndexOf(p.time);
		out.push({ ...relationFact(s, p.time, at, `setting|when|${normaliseAnswer(work)}`), ...base, aspect: 'when' });
	}
	return out.filter((f) => f.answerStart >= s.start);
}

/** "1934" in "the winter of 1934": the year a typed answer may give alone. */
const yearOf = (time: string) => /\b(\d{4})s?\b/.exec(time)?.[0];

export const setting: FactKindModule<'setting'> = {
	kind: 'setting',
	claims: false,
	find(s, ctx) {
		const first = SET_FIRST.exec(s.text);
		const is = first ? null : IS_SET.exec(s.text);
		const subject = first ? first[3] : is?.[1];
		const preposition = first ? first[1] : is?.[2];
		const rest = first ? first[2] : is?.[3];
		if (!subject || !preposition || !rest) return [];
		const work = workOf(subject, ctx.article.sentences);
		const p = work ? parts(preposition, rest) : null;
		return work && p ? settingFacts(s, work, preposition, p) : [];
	},
	ask(fact, ctx) {
		const title = `“${fact.work}”`;
		if (fact.aspect === 'where') {
			const prompt = `Where is ${title} set?`;
			const back = `${capitalise(fact.preposition)} ${fact.answer}${fact.detail ? `, ${fact.detail}` : ''}`;
			return [
				relationQuestion(fact, ctx.sentence, { type: 'flashcard', prompt, back }, 'card', 'set-card'),
				relationQuestion(fact, ctx.sentence, { type: 'short_answer', prompt, answer: fact.answer }, 'wh', 'set-where')
			];
		}
		const prompt = `When is ${title} set?`;
		const year = yearOf(fact.answer);
		const accept = year && year !== fact.answer ? [year] : [];
		const back = `${ctx.sentence.text.includes(`during ${fact.answer}`) ? 'During' : 'In'} ${fact.answer}`;
		const out = [
			relationQuestion(fact, ctx.sentence, { type: 'flashcard', prompt, back }, 'card', 'set-when-card'),
			relationQuestion(fact, ctx.sentence, { type: 'short_answer', prompt, answer: fact.answer, ...(accept.length ? { accept } : {}) }, 'wh', 'set-when')
		];
		// A bare year is a number a learner can type.
		if (/^\d{4}$/.test(fact.answer))
			out.push(
				relationQuestion(
					fact,
					ctx.sentence,
					{ type: 'numeric', prompt: `In what year is ${title} set?`, answer: Number(fact.answer), tolerance: 0 },
					'wh',
					'set-year'
				)
			);
		return out;
	},
	// Above the other relations: where a work is set is its review's first fact, and a blank of the same sentence shows it.
	score: () => 5
};
