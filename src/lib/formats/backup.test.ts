import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBackup, writeBackup } from './backup';
import type { BackupData } from './backup-schema';

const now = new Date(Date.UTC(2026, 11, 4, 12));
const srs = {
	due: 1,
	stability: 0,
	difficulty: 0,
	elapsedDays: 0,
	scheduledDays: 0,
	learningSteps: 0,
	reps: 0,
	lapses: 0,
	phase: 'new' as const,
	lastReview: null
};
const data: BackupData = {
	banks: [{ id: 'd', title: 'Deck', language: 'en', builtIn: false, fingerprint: 'f', questionCount: 1, addedAt: 1, updatedAt: 1 }],
	questions: [
		{ bankId: 'd', id: 'q', order: 0, question: { id: 'q', type: 'flashcard', prompt: 'P', back: 'B', tags: [] }, fingerprint: 'g', retiredAt: null }
	],
	cards: [{ id: 'd/q', bankId: 'd', questionId: 'q', queue: 'new', due: 1, srs, tags: ['geo'], addedAt: 1 }],
	reviews: [
		{
			id: 1,
			cardId: 'd/q',
			bankId: 'd',
			questionId: 'q',
			rating: 3,
			phaseBefore: 'new',
			cardBefore: srs,
			durationMs: 900,
			reviewedAt: 5,
			log: { rating: 3, phaseBefore: 'new', due: 1, stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0, reviewedAt: 5 }
		}
	],
	settings: [{ key: 'srs', value: { newPerDay: 20 } }],
	assignments: [],
	results: [],
	received: []
};

const parsed = async (text: string) => {
	const result = await parseBackup(text);
	if (!result.ok) throw new Error(result.message);
	return result.backup;
};
const refusal = async (text: string) => {
	const result = await parseBackup(text);
	if (result.ok) throw new Error('accepted');
	return result.message;
};

describe('backup file', () => {
	it('reads a backup written before cards had tags and an added time: no tags, added when first due', async () => {
		const old = { ...data, cards: [{ id: 'd/q', bankId: 'd', questionId: 'q', queue: 'new', due: 1, srs: { ...srs, due: 7 } }] };
		const backup = await parsed(await writeBackup(old as unknown as BackupData, '0.1.0', now));
		expect(backup.data.cards).toEqual([{ id: 'd/q', bankId: 'd', questionId: 'q', queue: 'new', due: 1, srs: { ...srs, due: 7 }, tags: [], addedAt: 7 }]);
	});

	it('reads back what it writes, with a manifest of counts, versions and checksum', async () => {
		const backup = await parsed(await writeBackup(data, '1.2.3', now));
		expect(backup.data).toEqual(data);
		expect(backup.manifest).toMatchObject({
			format: 'factdeck-backup',
			formatVersion: 1,
			appVersion: '1.2.3',
			createdAt: '2026-12-04T12:00:00.000Z',
			counts: { banks: 1, questions: 1, cards: 1, reviews: 1, settings: 1, assignments: 0, results: 0, received: 0 }
		});
		expect(backup.manifest.sha256).toMatch(/^[0-9a-f]{64}$/);
	});

	it('refuses a file changed after it was written, by its checksum', async () => {
		const text = (await writeBackup(data, '1', now)).replace('"prompt":"P"', '"prompt":"Q"');
		expect(await refusal(text)).toMatch(/does not match its checksum/);
	});

	it('refuses a file cut short', async () => {
		const text = await writeBackup(data, '1', now);
		expect(await refusal(text.slice(0, text.length - 40))).toMatch(/^This is not a Factdeck backup: it is not readable JSON/);
	});

	it('names the row and field of a damaged row', async () => {
		const bad = { ...data, cards: [{ ...data.cards[0], queue: 'lost' }] } as unknown as BackupData;
		expect(await refusal(await writeBackup(bad, '1', now))).toMatch(/^The backup is damaged: data\.cards\[0\]\.queue: /);
	});

	it('refuses counts that disagree with the rows', async () => {
		const text = (await writeBackup(data, '1', now)).replace('"reviews": 1', '"reviews": 2');
		expect(await refusal(text)).toBe('The backup is damaged: the manifest counts 2 reviews but the file holds 1.');
	});

	it('refuses cards of questions the file lacks', async () => {
		const bad = { ...data, cards: [{ ...data.cards[0], questionId: 'gone' }] };
		expect(await refusal(await writeBackup(bad, '1', now))).toMatch(/data\.cards\[0\]: is for question "gone"/);
	});

	it('asks for a newer Factdeck for a newer format, and names other files for what they are', async () => {
		const newer = (await writeBackup(data, '1', now)).replace('"formatVersion": 1', '"formatVersion": 2');
		expect(await refusal(newer)).toMatch(/newer Factdeck/);
		expect(await refusal('{"schemaVersion":1,"questions":[]}')).toBe('This is not a Factdeck backup: it has no Factdeck manifest.');
	});

	it('answers any damage with a message, never a throw', async () => {
		const text = await writeBackup(data, '1', now);
		await fc.assert(
			fc.asyncProperty(fc.nat({ max: text.length - 1 }), fc.string({ maxLength: 4 }), fc.nat({ max: 4 }), async (at, insert, cut) => {
				const damaged = text.slice(0, at) + insert + text.slice(at + cut);
				const result = await parseBackup(damaged);
				if (result.ok) expect(result.backup.data).toEqual(data);
				else expect(result.message.length).toBeGreaterThan(20);
			}),
			{ numRuns: 300 }
		);
	});
});
