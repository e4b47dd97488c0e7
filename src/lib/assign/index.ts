/**
 * Assignments and results: their wire formats and codecs (link, QR, file), signing, the
 * student's attempt, and the teacher's gradebook with item analysis and CSV export.
 * Pure: no svelte, no $app, no dexie, no clock reads.
 */
export * from './schema';
export { AssignError, type AssignErrorCode } from './errors';
export { isolate } from './isolate';
export { MAX_EXPANDED_BYTES } from './bytes';
export { bankHash, contentHash, complete, toWire, fromWire, originsOf, type BuiltInBank, type PickedQuestion, type AssignmentMeta } from './wire';
export {
	ASSIGNMENT_FORMAT,
	RESULT_FORMAT,
	codeOf,
	codesIn,
	kindOf,
	encodeAssignment,
	decodeAssignment,
	encodeResult,
	decodeResult,
	linkFor,
	type DecodedAssignment
} from './link';
export { writeFile, readFile, fileName, csvFileName, FILE_VERSION, type FileKind } from './file';
export { generateSigningKeys, keyId, exportPublicKey, type SigningKeys } from './sign';
export { layoutFor, answerValue, isCorrect, answerText, scoreOf, toWireResult, fromWireResult, type Layout, type Score } from './attempt';
export { gradebook, RELIABLE_STUDENTS, type Gradebook, type StudentRow, type QuestionStats, type TestStats } from './gradebook';
export { facilityBand, discriminationBand, alphaBand } from './bands';
export { gradebookCsv } from './csv';
export { mergeOutcome, studentKey, type MergeOutcome } from './merge';
export { lockWire, unlock, releaseCodeFrom, normaliseReleaseCode, RELEASE_CODE_BYTES } from './lock';
export { qrMatrix, qrPath, PROJECTOR_MAX_VERSION, PHONE_MAX_VERSION, type QrMatrix } from './qr';
