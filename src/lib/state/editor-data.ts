import type { AssignmentRecord } from '$lib/db/assignment-records';
import { getAssignment, listAssignments } from '$lib/db/assignments';
import { decksWithQuestions, type DeckQuestions } from '$lib/db/deck-questions';
import { listResults } from '$lib/db/results';
import { appStorage } from './storage.svelte';

export interface EditorData {
	decks: DeckQuestions[];
	base: AssignmentRecord | undefined;
	defaultTeacher: string;
	hasResults: boolean;
}

/** What the assignment form needs: every deck's questions, the assignment to start from, the teacher's last name. */
export async function loadEditorData(baseId: string | null): Promise<EditorData> {
	const db = await appStorage.ready();
	const [decks, all, base] = await Promise.all([decksWithQuestions(db), listAssignments(db), baseId ? getAssignment(db, baseId) : undefined]);
	const hasResults = base ? (await listResults(db, base.id)).length > 0 : false;
	return { decks, base, defaultTeacher: all[0]?.teacherName ?? '', hasResults };
}
