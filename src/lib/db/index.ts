export { FactdeckDatabase, DATABASE_NAME } from './database';
export { openDatabase, OPEN_TIMEOUT_MS, type OpenHandlers, type Replaced } from './open';
export { isStorageFull, StaleCardError, StorageError, StudyError, type StorageFailure } from './errors';
export { saveBank, unusedTitle, findImportConflict, type ImportConflict, type SyncResult } from './banks';
export { listBanks, getBank, unusedBankId } from './bank-list';
export { storageFailureReason } from './storage-failure';
export { deckCounts, nextDue, type DeckCounts } from './counts';
export { deckSettings, studyMore, type StudyMore } from './study-more';
export { readQueueHeads, headsAreFor, nextFromHeads, type QueueHeads, type StudyItem, type Answered } from './queue';
export { nextItem, recordAnswer, cardAfter, amendRating, undoAnswer, type AnswerInput, type RecordedAnswer } from './study';
export { openSession, refreshSession, recordInSession, undoInSession, SESSION_IDLE_MS, UNDO_DEPTH } from './sessions';
export { recordShown, type ShownAnswer } from './shown-answer';
export { forgetAnswer, journalAnswer, journalKeys, pageJournal, type JournalStore } from './answer-journal';
// Writing settings and deck options validates them with zod: their writers import
// `$lib/db/settings` and `$lib/db/deck-options` themselves, so that the pages that only read
// (the study screen) do not reach the validator through this index.
export { getSrsSettings, loadSrsSettings } from './settings-read';
export { readFitReviews, countReviewsUpTo } from './fit-reads';
export { hiddenDeckIds, setDeckHidden } from './deck-hidden';
export { assignmentsUsing, deleteDeck, restoreDeck, type AssignmentUse, type DeletedDeck } from './deck-delete';
export { checkTitle, deckSize, renameDeck, type DeckSize } from './deck-manage';
export { resetDeck } from './deck-reset';
export type { BankRecord, CardRecord, QuestionRecord, ReviewRecord, SessionRecord } from './records';
export { listAssignments, getAssignment, putAssignment, deleteAssignment } from './assignments';
export { importResults, listResults, type ResultImport } from './results';
export { receiveAssignment, getReceived, saveAttempt, saveReleaseCode, type Received } from './received';
export { decksWithQuestions, builtInBankContent, type DeckQuestions } from './deck-questions';
export { teacherKeys } from './teacher-key';
export { joinReview, assignmentDeckId, type QuestionOrigin } from './review-join';
export type { AssignmentRecord, ResultRecord, ReceivedRecord, AttemptRecord, PickRecord, PublishedAssignment } from './assignment-records';
export { browseList, browseRows, browseDecks, type BrowseList, type BrowseRow } from './browse';
export { suspendCards, unsuspendCards, resetCards, tagCards, deleteCards, editCardQuestion } from './card-actions';
export { buryCards, releaseBuried } from './burial';
