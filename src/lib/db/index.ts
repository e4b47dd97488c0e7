export { FactdeckDatabase, DATABASE_NAME } from './database';
export { openDatabase, OPEN_TIMEOUT_MS, type OpenHandlers, type Replaced } from './open';
export { StorageError, StudyError, type StorageFailure } from './errors';
export {
	saveBank,
	listBanks,
	getBank,
	unusedBankId,
	unusedTitle,
	findImportConflict,
	type ImportConflict,
	type SyncResult
} from './banks';
export { storageFailureReason } from './storage-failure';
export {
	deckCounts,
	nextItem,
	recordAnswer,
	amendRating,
	undoAnswer,
	type DeckCounts,
	type StudyItem,
	type AnswerInput
} from './study';
export { getSrsSettings, loadSrsSettings, putSrsSettings } from './settings';
export type { BankRecord, CardRecord, QuestionRecord, ReviewRecord } from './records';
export { listAssignments, getAssignment, putAssignment, deleteAssignment } from './assignments';
export { importResults, listResults, type ResultImport } from './results';
export { receiveAssignment, getReceived, saveAttempt, saveReleaseCode, type Received } from './received';
export { decksWithQuestions, builtInBankContent, type DeckQuestions } from './deck-questions';
export { teacherKeys } from './teacher-key';
export { joinReview, assignmentDeckId, type QuestionOrigin } from './review-join';
export type { AssignmentRecord, ResultRecord, ReceivedRecord, AttemptRecord, PickRecord, PublishedAssignment } from './assignment-records';
