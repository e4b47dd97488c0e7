/**
 * Grading: answers normalised, typos forgiven by length, numbers read from digits or words,
 * and the FSRS rating of an answer. Pure: no svelte, no $app, no dexie, no clock reads.
 */
export { grade, expectedAnswer, ratingFor, type Feel, type GradeResult, type QuizResponse } from './grade';
export { responseText } from './response-text';
export { normaliseAnswer } from './normalise';
export { editDistance, typoBudget } from './distance';
export { parseNumber } from './parse-number';
export { QuizError, type QuizErrorCode } from './errors';
