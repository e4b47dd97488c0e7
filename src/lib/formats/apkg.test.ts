import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { readApkg } from './apkg';
import { apkg, collection, nodeSqlite, zstdStored } from './test-apkg';

const env = { sqlite: nodeSqlite };
const read = async (bytes: Uint8Array) => {
	const result = await readApkg({ name: 'Shared deck.apkg', bytes }, env);
	if (!result.ok) throw new Error(result.message);
	return result.deck;
};
const day = 86_400_000;
const t0 = Date.UTC(2026, 0, 5, 9);

describe('Anki package import', () => {
	it('reads notes as plain-text questions, in the deck most cards are in, with tags', async () => {
		const sqlite = await collection('Languages::Spanish', [
			{ id: 1, fields: ['<b>hola</b>', 'hello&nbsp;<img src="a.png">'], tags: ' greeting es ' },
			{ id: 2, fields: ['{{c1::Madrid}} is in {{c2::Spain}}', 'Extra'], ords: [0, 1] }
		]);
		const deck = await read(apkg({ 'collection.anki2': sqlite }, ['a.png', 'b.mp3']));
		expect(deck.title).toBe('Spanish');
		expect(deck.questions).toEqual([
			{ id: 'anki-g1', type: 'flashcard', prompt: 'hola', back: 'hello', tags: ['greeting', 'es'] },
			{ id: 'anki-g2-c1', type: 'cloze', prompt: '____ is in Spain', answer: 'Madrid', explanation: 'Extra', tags: [] },
			{ id: 'anki-g2-c2', type: 'cloze', prompt: 'Madrid is in ____', answer: 'Spain', explanation: 'Extra', tags: [] }
		]);
		// Two media files in the zip, and one picture named in a field.
		expect(deck.mediaSkipped).toBe(3);
	});

	it('reads deck names from the decks table of newer collections (schema 18)', async () => {
		const SQL = await nodeSqlite();
		const db = new SQL.Database(await collection('Old name', [{ id: 1, fields: ['a', 'b'] }]));
		db.run('CREATE TABLE decks (id integer primary key, name text not null)');
		db.run('INSERT INTO decks VALUES (42, ?)', ['Languages\x1fGerman']);
		const sqlite = db.export();
		db.close();
		expect((await read(apkg({ 'collection.anki21': sqlite }))).title).toBe('German');
	});

	it('names a deck of cards all in Anki\'s "Default" deck after the file', async () => {
		const deck = await read(apkg({ 'collection.anki2': await collection('Ignored', [{ id: 1, fields: ['a', 'b'] }], [], 1) }));
		expect(deck.title).toBe('Shared deck');
	});

	it('carries each card review history over, oldest first, and says what it left out', async () => {
		const sqlite = await collection(
			'Deck',
			[
				{ id: 1, fields: ['front', 'back'], ords: [0, 1] },
				{ id: 2, fields: ['', 'no front'] }
			],
			[
				{ at: t0 + day, noteId: 1, ease: 3 },
				{ at: t0, noteId: 1, ease: 1, type: 0 },
				{ at: t0 + 2 * day, noteId: 1, ord: 1, ease: 4 },
				{ at: t0 + 3 * day, noteId: 1, ease: 0, type: 4 },
				{ at: t0 + 4 * day, noteId: 2, ease: 3 }
			]
		);
		const deck = await read(apkg({ 'collection.anki2': sqlite }));
		expect(deck.history).toEqual([
			{ questionId: 'anki-g1', rating: 1, reviewedAt: t0, durationMs: 5000 },
			{ questionId: 'anki-g1', rating: 3, reviewedAt: t0 + day, durationMs: 5000 }
		]);
		expect(deck.skipped).toEqual([
			{ where: 'note 2', reason: 'has an empty first field' },
			{ where: 'review history', reason: '2 answers to reverse cards or to skipped notes were left out' }
		]);
	});

	it('reads the zstd-compressed collection.anki21b of newer Anki rather than its stub', async () => {
		const real = await collection('New', [{ id: 1, fields: ['real', 'card'] }]);
		const stub = await collection('Old', [{ id: 1, fields: ['Please update to the latest Anki version', 'x'] }]);
		const deck = await read(apkg({ 'collection.anki2': stub, 'collection.anki21b': zstdStored(real) }));
		expect(deck.questions.map((q) => q.prompt)).toEqual(['real']);
	});

	it('refuses what is not a package, saying what is wrong', async () => {
		const notZip = await readApkg({ name: 'x.apkg', bytes: new TextEncoder().encode('hello') }, env);
		expect(notZip).toEqual({ ok: false, message: 'x.apkg: is not an Anki package: it is not a readable zip file.' });
		const empty = await readApkg({ name: 'y.apkg', bytes: zipSync({ 'readme.txt': new Uint8Array([1]) }) }, env);
		expect(empty).toEqual({ ok: false, message: 'y.apkg: is not an Anki package: it holds no collection.anki2, .anki21 or .anki21b.' });
		const notSql = await readApkg({ name: 'z.apkg', bytes: apkg({ 'collection.anki2': new Uint8Array(64) }) }, env);
		expect(notSql.ok).toBe(false);
	});

	it('answers damaged packages with a deck or a message, never a throw', async () => {
		const good = apkg({ 'collection.anki2': await collection('D', [{ id: 1, fields: ['a', 'b'] }]) });
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.tuple(fc.nat({ max: good.length - 1 }), fc.integer({ min: 0, max: 255 })), { maxLength: 20 }),
				fc.nat({ max: good.length }),
				async (edits, cut) => {
					const bytes = good.slice(0, Math.max(cut, 1));
					for (const [at, value] of edits) if (at < bytes.length) bytes[at] = value;
					const result = await readApkg({ name: 'd.apkg', bytes }, env);
					if (!result.ok) expect(result.message).toMatch(/^d\.apkg/);
					else expect(Array.isArray(result.deck.questions)).toBe(true);
				}
			),
			{ numRuns: 60 }
		);
	});
});
