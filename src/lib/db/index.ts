export { FactdeckDatabase, DATABASE_NAME } from './database';
export { openDatabase, type OpenHandlers } from './open';
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
