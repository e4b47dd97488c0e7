import { normaliseAnswer } from '../../quiz/normalise';
import { clauseRest, escapeRegExp } from '../english';
import type { FactRecord, MechanismFact, TaggedSentence } from '../facts/types';
import { askable, askClause, auxOf, baseOf, clause, NOT_A_SUBJECT, subjectBefore } from './clause';
import type { FactKindModule, FindContext } from './kind';
import { actsAs } from './mechanism-acts';
import { methodBy } from './mechanism-by';
import { relationFact, termCase } from './relation';

/** "works by pumping …": how a thing works, a gerund clause. */
const WORKS_BY = / (works|work|worked|operates|operate|operated) by (\p{Ll}+ing\b.+)$/u;
/**
 * "Bleaching happens when corals expel …", "Frost forms when …": the condition a process starts
 * under, a whole "when" clause. Verbs of coming about (a closed class); the past tense only for
 * "happened"/"occurred", and no "begins", as "the trouble begins when …" narrates rather than explains.
 */
const HAPPENS_WHEN = / (happens|happen|happened|occurs|occur|occurred|forms|form|develops|develop|arises|arise) when (\p{Ll}.+)$/u;
/** "is designed to keep …", "exists to carry …": what a thing is for. */
const DESIGNED = / (is|are|was|were) (designed|built|meant|intended) to (\p{Ll}+ .+)$/u;
const EXISTS = / (exists|exist) to (\p{Ll}+ .+)$/u;
/**
 * "Failover automation, which is meant to replace a failing primary …, did …": what the sentence's
 * subject is for, said in passing in a relative clause closed by a comma.
 */
const WHICH_DESIGNED = /^([^,;:]+), which (is|are|was|were) (designed|built|meant|intended) to (\p{Ll}+ [^,;:]+),/u;
/** "lets you lift …", "allows the grid to store …": what a thing makes possible. */
const LETS =
	/ (?:(lets|let) ((?:you|users|riders|people|the [\p{Ll}-]+(?: [\p{Ll}-]+)?|\p{Lu}[\p{L}-]+)) |(allows|allow|allowed|enables|enable|enabled) ((?:you|users|riders|people|the [\p{Ll}-]+(?: [\p{Ll}-]+)?|\p{Lu}[\p{L}-]+)) to )(\p{Ll}+ .+)$/u;

/** "a compressor, which squeezes the gas …": what a part does, said of it in passing. */
const WHICH = /\b((?:the|a|an) (?:[\p{Ll}-]+ ){0,3}[\p{Ll}-]+), which (\p{Ll}+s) (.+)$/u;
/** "The hot gas passes through …", "A sensor in the bottom bracket measures …": a part (up to five words) and its present-tense verb opening the sentence. */
const DOES = /^((?:The|An?) [\p{Ll}-]+(?: [\p{Ll}-]+){0,4}) (\p{Ll}+s) (.+)$/u;
/** Verbs that say, seem or hold rather than do: "the report shows", "the bike looks", "the loop has". */
const NOT_AN_ACTION =
	/^(?:is|was|has|does|stands|sits|lies|hangs|says|shows|finds|suggests|means|seems|looks|feels|remains|becomes|includes|contains|costs|matters|comes|goes|takes|gets|makes|needs|wants|plans|hopes|aims|expects|intends|tries)$/;

/** The verb word in "lets" that needs "to" after its object in a question ("allow … to do"). */
const WITH_TO = /^(?:allow|allows|allowed|enable|enables|enabled)$/;

/**
 * "Bleaching happens …", "Frost forms …": a process named by one to three words opening the
 * sentence, which the tagger, seeing them first, reads as verbs ("Bleaching", "Frost") and
 * subjectBefore then refuses. Letters only, no function word, so the words can only be a name
 * for the process.
 */
function processSubject(s: TaggedSentence, at: number): { at: number; text: string; asked: string } | null {
	const text = s.text.slice(0, at);
	const tokens = s.tokens.filter((t) => t.end <= at);
	const closed = ['Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'QuestionWord', 'Adverb', 'Value'];
	if (!/^\p{Lu}[\p{Ll}-]+(?: [\p{Ll}-]+){0,2}$/u.test(text) || NOT_A_SUBJECT.test(text) || tokens.some((t) => closed.some((tag) => t.tags.has(tag))))
		return null;
	return subjectBefore(s, at) ?? { at: 0, text, asked: text.charAt(0).toLowerCase() + text.slice(1) };
}

/** Where a shape's match starts (the subject ends before it) and its first group, by default the verb. */
interface Found {
	index: number;
	readonly [group: number]: string;
}

function make(s: TaggedSentence, m: Found, how: MechanismFact['how'], answer: string, object?: string, verb = m[1]): MechanismFact | null {
	const subject = subjectBefore(s, m.index) ?? (how === 'when' ? processSubject(s, m.index) : null);
	const text = clause(answer);
	if (!subject || !askable(text, 3, subject.text)) return null;
	const at = s.text.indexOf(text, m.index);
	if (at < 0) return null;
	return {
		...relationFact(s, text, at, `mechanism|${how}|${normaliseAnswer(subject.text)}`),
		kind: 'mechanism',
		subject: subject.asked,
		how,
		verb,
		...(object ? { object } : {})
	};
}

/** A present-tense action of a part, when the verb is one (compromise agrees) and does more than say or hold. */
function action(s: TaggedSentence, verbAt: number, verb: string): boolean {
	const t = s.tokens.find((x) => x.start === verbAt);
	return !!t && t.tags.has('PresentTense') && !t.tags.has('Noun') && !NOT_AN_ACTION.test(verb);
}

/** "the compressor" however the article first names it ("a compressor"). */
const definite = (np: string) => np.replace(/^(?:an?|the) /i, 'the ');

/** How often the article opens a clause with this subject and a present-tense verb: asked only when once. */
function doings(subject: string, ctx: FindContext): number {
	const np = escapeRegExp(subject.replace(/^the /, ''));
	const pattern = new RegExp(`\\b(?:the|an?) ${np}(?:, which)? \\p{Ll}+s\\b`, 'iu');
	return ctx.article.sentences.filter((x) => pattern.test(x.text)).length;
}

/** Whether a sentence says what a part does, in passing or opening it ("The valve lowers …"). */
function describesPart(s: TaggedSentence): boolean {
	const m = WHICH.exec(s.text) ?? DOES.exec(s.text);
	return !!m && action(s, m.index + m[0].length - m[3].length - m[2].length - 1, m[2]);
}

/**
 * A sentence that opens on "The X verbs …" is a step of a described process only when a
 * neighbouring sentence is one too; alone ("The fish stands in the hall", "The result ends a
 * long wait") it is news narration, and "What does the fish do?" asks nothing worth knowing.
 */
function inProcess(s: TaggedSentence, ctx: FindContext): boolean {
	const all = ctx.article.sentences;
	const at = all.findIndex((x) => x.start === s.start);
	return [all[at - 1], all[at + 1]].some((x) => x !== undefined && describesPart(x));
}

/** What a part does: "a compressor, which squeezes …", or "The hot gas passes through …" opening a step of a process. */
function does(s: TaggedSentence, ctx: FindContext): MechanismFact | null {
	const which = WHICH.exec(s.text);
	const opens = which ? null : DOES.exec(s.text);
	if (opens && !inProcess(s, ctx)) return null;
	// "a sculpture of a fish, which stands …": the clause tells of the sculpture, not the fish.
	if (which && /\bof $/.test(s.text.slice(0, which.index))) return null;
	const m = which ?? opens;
	if (!m) return null;
	const verbAt = m.index + m[0].length - m[3].length - m[2].length - 1;
	const subject = definite(m[1]);
	const answer = clause(clauseRest(`${m[2]} ${m[3]}`));
	// "the lock that fits", "the company currently employs": a clause or an adverb in the subject; "bottles is": no verb at all.
	const plain = !/\b(?:that|which|who|now|currently|also|still|often|usually|then)\b/.test(m[1]) && !/^(?:is|are|was|were|has|have|had)\b/.test(m[3]);
	// A figure is the quantity kind's to ask: "covers 4.6 square kilometres" asks a number, not what the part does.
	if (
		!plain ||
		/\d/.test(answer) ||
		!action(s, verbAt, m[2]) ||
		!askable(answer, 4, subject) ||
		/^(?:the|a|an) (?:way|kind|sort|part|one|same)\b/.test(subject) ||
		doings(subject, ctx) !== 1
	)
		return null;
	return {
		...relationFact(s, answer, verbAt, `mechanism|does|${normaliseAnswer(subject)}`),
		kind: 'mechanism',
		subject,
		how: 'does',
		verb: m[2]
	};
}

/** The question a mechanism is asked by. */
function promptOf(f: MechanismFact): string {
	const aux = auxOf(f.verb);
	switch (f.how) {
		case 'works-by':
			return `How ${aux} ${f.subject} work?`;
		case 'acts-as': {
			// A question cannot end on "as" (read as a conjunction cut short): "As what did the furrows act?", as "To what did …?".
			const as = /^(.*?) ?as$/.exec(f.object ?? '');
			return as
				? `As what ${aux} ${f.subject} ${[baseOf(f.verb), as[1]].filter(Boolean).join(' ')}?`
				: `What ${aux} ${f.subject} ${baseOf(f.verb)} ${f.object}?`;
		}
		case 'designed-to':
			// "exists to" has no participle: "What does the turntable exist to do?"
			return f.object ? `What ${f.verb} ${f.subject} ${f.object} to do?` : `What ${aux} ${f.subject} ${baseOf(f.verb)} to do?`;
		case 'does':
			return `What does ${f.subject} do?`;
		case 'by':
			return `How ${f.aux} ${f.subject} ${[f.verb, f.object].filter(Boolean).join(' ')}?`;
		case 'when':
			return `When ${auxOf(f.verb)} ${f.subject} ${baseOf(f.verb)}?`;
		case 'allows':
			return `What ${aux} ${f.subject} ${baseOf(f.verb)} ${f.object}${WITH_TO.test(f.verb) ? ' to' : ''} do?`;
	}
}

/** Other mechanisms of the same sort, said of other things in other sentences: each false of this subject. */
const others = (f: MechanismFact, all: FactRecord[]) =>
	all.filter((o): o is MechanismFact => o.kind === 'mechanism' && o.how === f.how && o.sentence !== f.sentence && o.subject !== f.subject).map((o) => o.answer);

/**
 * Mechanism and function: how a thing works ("works by …"), when it happens ("happens when …"),
 * what it acts as, what it is designed to do, what it lets someone do and the method by which something is done ("by tracking …"). Asked as a whole-clause question ("How does the store
 * work?") on a card, typed when the answer is short, and as a choice among the article's other
 * mechanisms of the same sort when it has three.
 */
export const mechanism: FactKindModule<'mechanism'> = {
	kind: 'mechanism',
	claims: false,
	find(s, ctx) {
		const by = WORKS_BY.exec(s.text);
		if (by) return [make(s, by, 'works-by', `by ${by[2]}`)].filter((f): f is MechanismFact => f !== null);
		const as = actsAs(s);
		if (as) {
			const at = s.text.indexOf(as.answer, as.index);
			return [
				{
					...relationFact(s, as.answer, at, `mechanism|acts-as|${normaliseAnswer(as.subject)}`),
					kind: 'mechanism',
					subject: as.subject,
					how: 'acts-as',
					verb: as.verb,
					object: as.object
				}
			];
		}
		const when = HAPPENS_WHEN.exec(s.text);
		// "Peat forms when …": a process opening the sentence is "peat" in the question when the article writes it so elsewhere.
		const process = when ? make(s, when, 'when', `when ${when[2]}`) : null;
		if (when) return process ? [{ ...process, subject: termCase(process.subject, ctx.article.sentences) }] : [];
		const passing = WHICH_DESIGNED.exec(s.text);
		if (passing) {
			// The subject ends where ", which" starts: make() reads it from the text before that point.
			return [make(s, { index: passing[1].length, 1: passing[2] }, 'designed-to', passing[4], passing[3], passing[2])].filter(
				(f): f is MechanismFact => f !== null
			);
		}
		const designed = DESIGNED.exec(s.text);
		if (designed) return [make(s, designed, 'designed-to', designed[3], designed[2])].filter((f): f is MechanismFact => f !== null);
		const exists = EXISTS.exec(s.text);
		if (exists) return [make(s, exists, 'designed-to', exists[2])].filter((f): f is MechanismFact => f !== null);
		const lets = LETS.exec(s.text);
		if (lets) return [make(s, lets, 'allows', lets[5], lets[2] ?? lets[4], lets[1] ?? lets[3])].filter((f): f is MechanismFact => f !== null);
		const method = methodBy(s);
		if (method) {
			const at = s.text.indexOf(method.answer, method.index);
			const { subject, verb, aux, object, answer } = method;
			return [{ ...relationFact(s, answer, at, `mechanism|by|${normaliseAnswer(subject)}`), kind: 'mechanism', subject, how: 'by', verb, aux, object }];
		}
		const part = does(s, ctx);
		return part ? [part] : [];
	},
	ask(fact, ctx) {
		return askClause(fact, ctx, promptOf(fact), fact.answer, fact.how, others(fact, ctx.all));
	},
	score: () => 4
};
