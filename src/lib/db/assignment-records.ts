import type { AnswerRecord, Assignment, AssignmentSettings, AttemptResult, Layout } from '$lib/assign';

/** Rows of the assignment tables (schema version 2). */

/** A question the teacher picked: which deck, which question. */
export interface PickRecord {
	bankId: string;
	questionId: string;
}

/** The form of an assignment as shared: what students received and what results must match. */
export interface PublishedAssignment {
	assignment: Assignment;
	contentHash: string;
	/** The code of the link (built-in questions by reference). */
	linkCode: string;
	/** The code of the file (every question whole). */
	fileCode: string;
	/** The code that unlocks the answers, when the teacher chose to hide them. */
	releaseCode?: string;
}

/** An assignment the teacher made on this device. */
export interface AssignmentRecord {
	id: string;
	title: string;
	instructions: string;
	teacherName: string;
	settings: AssignmentSettings;
	picks: PickRecord[];
	published: PublishedAssignment;
	createdAt: number;
	updatedAt: number;
}

/** A student's result as the teacher imported it; one per student and assignment. */
export interface ResultRecord {
	/** `${assignmentId}/${studentKey}` */
	id: string;
	assignmentId: string;
	result: AttemptResult;
	importedAt: number;
}

/** One attempt of a student at an assignment, saved answer by answer. */
export interface AttemptRecord {
	attemptId: string;
	contentHash: string;
	studentName: string;
	layout: Layout;
	startedAt: number;
	/** Per question, in the assignment's order; null while unanswered. */
	answers: (AnswerRecord | null)[];
	finishedAt: number | null;
	/** The result code, once submitted. */
	resultCode: string | null;
}

/** An assignment a student opened on this device, with their attempts. */
export interface ReceivedRecord {
	id: string;
	contentHash: string;
	/** The assignment code as opened (from a link or a file). */
	code: string;
	keyId: string;
	title: string;
	teacherName: string;
	receivedAt: number;
	attempts: AttemptRecord[];
	/** The release code, once the student typed the right one: the answers are unlocked for good. */
	releaseCode?: string;
}
