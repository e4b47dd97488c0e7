import { AssignError, codeOf, contentHash, decodeAssignment, fromWire, isolate, originsOf, readFile, unlock, type TakenAssignment } from '$lib/assign';
import {
	builtInBankContent,
	decksWithQuestions,
	receiveAssignment,
	storageFailureReason,
	type FactdeckDatabase,
	type QuestionOrigin,
	type ReceivedRecord
} from '$lib/db';

/** An assignment as a student opened it: kept on the device, with where its questions come from. */
export interface OpenedAssignment {
	received: ReceivedRecord;
	assignment: TakenAssignment;
	origins: QuestionOrigin[];
	keyId: string;
}

export type Opening = { ok: true; opened: OpenedAssignment } | { ok: false; message: string };

/** Files bigger than this are not assignments; they are refused before being read. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

/**
 * Opens an assignment code (from a link, a paste or a file): checked, signature first, then
 * looked up against this app's built-in decks and kept on the device (once, however often it is
 * opened). Every failure is a message in plain words; nothing is stored then.
 */
export async function openAssignment(db: FactdeckDatabase, text: string, now: Date): Promise<Opening> {
	try {
		const code = codeOf(text);
		if (!code) return { ok: false, message: 'This link holds no assignment: the part after “#” is missing. Ask your teacher for the whole link.' };
		const decoded = await decodeAssignment(code);
		const builtIns = await builtInBankContent(await decksWithQuestions(db));
		let assignment: TakenAssignment = fromWire(decoded.wire, builtIns);
		const received = await receiveAssignment(
			db,
			{
				id: assignment.id,
				contentHash: await contentHash(assignment),
				code,
				keyId: decoded.keyId,
				title: assignment.title,
				teacherName: assignment.teacherName
			},
			now
		);
		// Answers the student already unlocked stay unlocked; a code that no longer fits is dropped.
		if (received.releaseCode) assignment = await unlock(assignment, received.releaseCode).catch(() => assignment);
		return { ok: true, opened: { received, assignment, origins: originsOf(decoded.wire, builtIns), keyId: decoded.keyId } };
	} catch (error) {
		if (error instanceof AssignError) return { ok: false, message: error.message };
		return { ok: false, message: `The assignment could not be opened: ${storageFailureReason(error)}` };
	}
}

/** The code inside an assignment file (`<title>.factdeck.json`), or why the file is not one. */
export async function readAssignmentFile(file: File): Promise<{ ok: true; code: string } | { ok: false; message: string }> {
	const name = isolate(file.name);
	if (file.size > MAX_FILE_BYTES) return { ok: false, message: `${name}: this file is too big to be an assignment.` };
	try {
		return { ok: true, code: readFile(await file.text(), name, 'assignment').code };
	} catch (error) {
		return { ok: false, message: error instanceof Error ? error.message : String(error) };
	}
}
