export { FactdeckDatabase, DATABASE_NAME } from './database';
export { openDatabase, type OpenHandlers } from './open';
export { StorageError, StudyError, type StorageFailure } from './errors';
export { storageFailureReason } from './storage-failure';
export { saveBank, listBanks, getBank, unusedBankId, type SyncResult } from './banks';
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
