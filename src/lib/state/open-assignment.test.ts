import { afterEach, describe, expect, it } from 'vitest';
import { encodeAssignment, generateSigningKeys, type WireAssignment } from '$lib/assign';
import type { FactdeckDatabase } from '$lib/db';
import { fillStorage, freshDatabase, snapshot } from '$lib/db/test-fixtures';
import { openAssignment } from './open-assignment';

let db: FactdeckDatabase;
afterEach(async () => {
	await db?.delete();
});

const wire: WireAssignment = {
	id: 'assign01',
	t: 'Check-up',
	n: 'Ms Rivera',
	o: 4,
	r: [],
	q: [{ id: 'q1', type: 'true_false', prompt: 'Kyiv is a city.', tags: [], answer: true }],
	lq: []
};

describe('openAssignment', () => {
	it('keeps a valid assignment on the device', async () => {
		db = freshDatabase();
		const opening = await openAssignment(db, await encodeAssignment(wire, await generateSigningKeys()), new Date(1));
		expect(opening.ok).toBe(true);
		expect(await db.received.count()).toBe(1);
	});

	it('says the device is full, and what to do, when it cannot keep the assignment', async () => {
		db = freshDatabase();
		const code = await encodeAssignment(wire, await generateSigningKeys());
		const before = await snapshot(db);
		fillStorage();
		const opening = await openAssignment(db, code, new Date(1));
		expect(!opening.ok && opening.message).toMatch(/^The assignment could not be opened: this device has no storage space left for Factdeck\. Free some space/);
		expect(await snapshot(db)).toBe(before);
	});
});
