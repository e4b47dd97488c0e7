import { fromBase64Url, shortHash, toBase64Url } from './bytes';
import type { BuiltInBank } from './bank-hash';
import { canonicalJson } from './canonical';
import { AssignError } from './errors';
import { isolate } from './isolate';
import {
	assignedQuestionSchema,
	forAssignment,
	settingsSchema,
	type AssignedQuestion,
	type Assignment,
	FLAGS,
	isLocked,
	questionShape,
	type AssignmentSettings,
	type ShownQuestion,
	type TakenAssignment,
	type WireAssignment
} from './schema';

export { bankHash, type BuiltInBank } from './bank-hash';

/** A question picked for an assignment; `origin` is set when it comes from a built-in bank. */
export interface PickedQuestion {
	question: AssignedQuestion;
	origin?: { bankId: string; position: number };
}

/**
 * The hash of an assignment's content: results carry it, and must match it to be imported. It
 * leaves out what tells the answers, so a student whose answers are locked computes the same hash
 * as the teacher, and a corrected answer key does not turn away the results already given.
 */
export function contentHash(assignment: Assignment | TakenAssignment): Promise<string> {
	const { id, title, instructions, teacherName, settings } = assignment;
	return shortHash(canonicalJson({ id, title, instructions, teacherName, settings, questions: assignment.questions.map(questionShape) }));
}

/** The assignment with every question whole; an AssignError while some answers are locked. */
export function complete(assignment: TakenAssignment): Assignment {
	const questions = assignment.questions.filter((q): q is AssignedQuestion => !isLocked(q));
	if (questions.length < assignment.questions.length)
		throw new AssignError('locked', 'The answers of this assignment are locked until the teacher releases them.');
	return {
		id: assignment.id,
		title: assignment.title,
		instructions: assignment.instructions,
		teacherName: assignment.teacherName,
		settings: assignment.settings,
		questions
	};
}

type WireSettings = Pick<WireAssignment, 'd' | 'a' | 'o' | 'tl' | 'pm'>;

function wireSettings(s: AssignmentSettings): WireSettings {
	const flags =
		(s.shuffleQuestions ? FLAGS.shuffleQuestions : 0) |
		(s.shuffleChoices ? FLAGS.shuffleChoices : 0) |
		(s.feedback === 'each' ? FLAGS.feedbackEach : 0) |
		(s.feedback === 'none' ? FLAGS.feedbackNone : 0) |
		(s.hideAnswers ? FLAGS.hideAnswers : 0);
	return {
		d: s.due === undefined ? undefined : Math.floor(s.due / 1000),
		a: s.attempts,
		o: flags || undefined,
		tl: s.timeLimit,
		pm: s.passMark
	};
}

function readSettings(w: WireSettings): AssignmentSettings {
	const flags = w.o ?? 0;
	return settingsSchema.parse({
		due: w.d === undefined ? undefined : w.d * 1000,
		attempts: w.a,
		shuffleQuestions: (flags & FLAGS.shuffleQuestions) !== 0,
		shuffleChoices: (flags & FLAGS.shuffleChoices) !== 0,
		timeLimit: w.tl,
		feedback: flags & FLAGS.feedbackEach ? 'each' : flags & FLAGS.feedbackNone ? 'none' : 'end',
		passMark: w.pm,
		hideAnswers: (flags & FLAGS.hideAnswers) !== 0
	});
}

/** Positions as a base64url bit set, trailing zero bytes dropped. */
export function positionsToMask(positions: readonly number[]): string {
	const bytes = new Uint8Array(Math.floor(Math.max(...positions) / 8) + 1);
	for (const p of positions) bytes[p >> 3] |= 1 << (p & 7);
	return toBase64Url(bytes);
}

/** The positions of a bit set, in increasing order; null when it is not base64url. */
export function maskToPositions(mask: string): number[] | null {
	const bytes = fromBase64Url(mask);
	if (!bytes) return null;
	const positions: number[] = [];
	bytes.forEach((byte, k) => {
		for (let j = 0; j < 8; j++) if (byte & (1 << j)) positions.push(8 * k + j);
	});
	return positions;
}

export interface AssignmentMeta {
	id: string;
	title: string;
	instructions: string;
	teacherName: string;
	settings: AssignmentSettings;
}

/**
 * The wire form of an assignment. A question of a built-in bank whose content this app knows
 * becomes a position in that bank; every other question, and all of them when `whole` is set,
 * travels whole. The assignment's order is the one {@link fromWire} reads back: the questions of
 * each referenced bank in bank order, then the whole questions.
 */
export function toWire(meta: AssignmentMeta, picked: readonly PickedQuestion[], builtIns: ReadonlyMap<string, BuiltInBank>, whole = false): WireAssignment {
	const refs = new Map<string, PickedQuestion[]>();
	const others: PickedQuestion[] = [];
	for (const pick of picked) {
		const bank = pick.origin ? builtIns.get(pick.origin.bankId) : undefined;
		if (bank && pick.origin && bank.questions[pick.origin.position]?.id === pick.question.id) {
			refs.set(bank.id, [...(refs.get(bank.id) ?? []), pick]);
		} else {
			others.push(pick);
		}
	}
	const position = (p: PickedQuestion) => p.origin?.position ?? 0;
	const groups = [...refs].map(([bankId, picks]) => [bankId, picks.sort((x, y) => position(x) - position(y))] as const);
	// Whole or not, the questions keep one order, so the link and the file have one content hash.
	const inline = [...(whole ? groups.flatMap(([, picks]) => picks) : []), ...others].map((p) => forAssignment(p.question));
	return {
		id: meta.id,
		t: meta.title,
		i: meta.instructions || undefined,
		n: meta.teacherName,
		...wireSettings(meta.settings),
		r: whole ? [] : groups.map(([bankId, picks]) => [bankId, builtIns.get(bankId)?.hash ?? '', positionsToMask(picks.map(position))]),
		q: inline,
		lq: []
	};
}

/**
 * The assignment a wire form describes, its references looked up in this app's built-in banks.
 * A bank this app lacks, or holds in another version, is an AssignError that says so.
 */
export function fromWire(wire: WireAssignment, builtIns: ReadonlyMap<string, BuiltInBank>): TakenAssignment {
	const questions: ShownQuestion[] = [];
	for (const [bankId, hash, mask] of wire.r) {
		const bank = builtIns.get(bankId);
		if (!bank) {
			throw new AssignError(
				'missing-bank',
				`This assignment uses questions of the deck “${isolate(bankId)}”, which this app does not have. Update Factdeck (open it while online), or ask your teacher for the assignment file, which carries every question.`
			);
		}
		if (bank.hash !== hash) {
			throw new AssignError(
				'other-bank-version',
				`This assignment was made with another version of the deck “${isolate(bank.title)}” than this app has. Update Factdeck (open it while online), or ask your teacher for the assignment file, which carries every question.`
			);
		}
		const positions = maskToPositions(mask);
		if (!positions?.length) throw new AssignError('invalid', `This assignment names no questions of the deck “${isolate(bank.title)}”.`);
		for (const position of positions) {
			const parsed = assignedQuestionSchema.safeParse(bank.questions[position]);
			if (!parsed.success) {
				throw new AssignError(
					'other-bank-version',
					`Question ${position + 1} of the deck “${isolate(bank.title)}” cannot be part of an assignment in this app's version.`
				);
			}
			questions.push(forAssignment(parsed.data));
		}
	}
	questions.push(...wire.q.map(forAssignment), ...wire.lq.map((q) => ({ ...q, locked: true as const })));
	return {
		id: wire.id,
		title: wire.t,
		instructions: wire.i ?? '',
		teacherName: wire.n,
		settings: readSettings(wire),
		questions,
		...(wire.x === undefined ? {} : { box: wire.x })
	};
}

/**
 * Where each question of {@link fromWire}'s assignment comes from: its built-in bank and id for
 * a reference, null for a question that travelled whole. Same order as the questions.
 */
export function originsOf(wire: WireAssignment, builtIns: ReadonlyMap<string, BuiltInBank>): ({ bankId: string; questionId: string } | null)[] {
	const refs = wire.r.flatMap(([bankId, , mask]) =>
		(maskToPositions(mask) ?? []).map((p) => ({ bankId, questionId: builtIns.get(bankId)?.questions[p]?.id ?? '' }))
	);
	return [...refs, ...wire.q.map(() => null), ...wire.lq.map(() => null)];
}
