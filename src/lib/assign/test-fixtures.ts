import { readFileSync } from 'node:fs';
import { bankSchema, type Question } from '../bank/schema';
import { settingsSchema, type AssignedQuestion, type Assignment } from './schema';
import { bankHash, type BuiltInBank } from './wire';

/** The seed bank as the app ships it, for tests that must match what students really have. */
export async function seedBank(): Promise<BuiltInBank> {
	const bank = bankSchema.parse(JSON.parse(readFileSync('questions/banks/winter-drone-campaign.json', 'utf8')));
	return { id: bank.id, title: bank.title, hash: await bankHash(bank.questions), questions: bank.questions };
}

export function mcq(id: string, choices: string[], answer: number, prompt = `Question ${id}?`): AssignedQuestion {
	return { id, type: 'mcq', prompt, tags: [], choices, answer };
}

export function assignmentOf(questions: AssignedQuestion[], settings: Partial<Assignment['settings']> = {}): Assignment {
	return {
		id: 'assign01',
		title: 'Check-up',
		instructions: '',
		teacherName: 'Ms Rivera',
		settings: settingsSchema.parse(settings),
		questions
	};
}

export const assignable = (q: Question): q is AssignedQuestion => q.type !== 'flashcard';
