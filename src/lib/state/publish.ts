import {
	complete,
	contentHash,
	encodeAssignment,
	fromWire,
	isAssignable,
	lockWire,
	releaseCodeFrom,
	RELEASE_CODE_BYTES,
	toWire,
	type AssignmentMeta,
	type PickedQuestion
} from '$lib/assign';
import { builtInBankContent, teacherKeys, type DeckQuestions, type FactdeckDatabase, type PickRecord, type PublishedAssignment } from '$lib/db';

/** The picks that still name a gradable question of a deck on this device, with where it sits. */
export function resolvePicks(picks: readonly PickRecord[], decks: readonly DeckQuestions[]): PickedQuestion[] {
	return picks.flatMap((pick) => {
		const deck = decks.find((d) => d.bank.id === pick.bankId);
		const position = deck?.questions.findIndex((q) => q.id === pick.questionId) ?? -1;
		const question = deck?.questions[position];
		if (!deck || !question || !isAssignable(question)) return [];
		return [{ question, origin: deck.bank.builtIn ? { bankId: deck.bank.id, position } : undefined }];
	});
}

/**
 * The assignment as students will get it: signed with this device's key, once as a link (built-in
 * questions by reference, short enough for a QR code) and once as a file (every question whole),
 * both with one content hash, which results must carry to be imported.
 */
export async function publish(
	db: FactdeckDatabase,
	meta: AssignmentMeta,
	picks: readonly PickRecord[],
	decks: readonly DeckQuestions[],
	previousReleaseCode?: string
): Promise<PublishedAssignment> {
	const builtIns = await builtInBankContent(decks);
	const picked = resolvePicks(picks, decks);
	const keys = await teacherKeys(db);
	const wire = toWire(meta, picked, builtIns);
	const whole = toWire(meta, picked, builtIns, true);
	const assignment = complete(fromWire(wire, builtIns));
	const shared = { assignment, contentHash: await contentHash(assignment) };
	if (!meta.settings.hideAnswers) {
		return { ...shared, linkCode: await encodeAssignment(wire, keys), fileCode: await encodeAssignment(whole, keys) };
	}
	// An edit keeps the release code, so one already told to the class still works.
	const releaseCode = previousReleaseCode ?? releaseCodeFrom(crypto.getRandomValues(new Uint8Array(RELEASE_CODE_BYTES)));
	const iv = () => crypto.getRandomValues(new Uint8Array(12));
	return {
		...shared,
		releaseCode,
		linkCode: await encodeAssignment(await lockWire(wire, releaseCode, iv()), keys),
		fileCode: await encodeAssignment(await lockWire(whole, releaseCode, iv()), keys)
	};
}

/** A new random id for an assignment or an attempt: 12 lowercase letters and digits. */
export function randomId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(12));
	return Array.from(bytes, (b) => '0123456789abcdefghijklmnopqrstuvwxyz'[b % 36]).join('');
}
