// The floor an import is measured against: the same records written with bare IndexedDB puts in
// one transaction, with no library, no validation and no reads.
import type { BankRecord, CardRecord, FactdeckDatabase, QuestionRecord } from '$lib/db';

export interface Records {
	banks: BankRecord[];
	questions: QuestionRecord[];
	cards: CardRecord[];
}

export async function readRecords(db: FactdeckDatabase): Promise<Records> {
	const [banks, questions, cards] = await Promise.all([db.banks.toArray(), db.questions.toArray(), db.cards.toArray()]);
	return { banks, questions, cards };
}

function request<T>(r: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		r.onsuccess = () => resolve(r.result);
		r.onerror = () => reject(r.error);
	});
}

/** Writes `records` into the existing database `name`; returns the milliseconds until commit. */
export async function rawInsert(name: string, records: Records): Promise<number> {
	const idb = await request(indexedDB.open(name));
	try {
		const t0 = performance.now();
		await new Promise<void>((resolve, reject) => {
			const tx = idb.transaction(['banks', 'questions', 'cards'], 'readwrite');
			const banks = tx.objectStore('banks');
			const questions = tx.objectStore('questions');
			const cards = tx.objectStore('cards');
			for (const row of records.banks) banks.put(row);
			for (const row of records.questions) questions.put(row);
			for (const row of records.cards) cards.put(row);
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error);
			tx.onabort = () => reject(tx.error);
		});
		return performance.now() - t0;
	} finally {
		idb.close();
	}
}
