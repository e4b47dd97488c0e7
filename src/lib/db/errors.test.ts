import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { isStorageFull } from './errors';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('telling a full storage from other write failures', () => {
	it('knows the browser error, bare or wrapped by Dexie as an aborted transaction', () => {
		expect(isStorageFull(quota())).toBe(true);
		expect(isStorageFull(new Dexie.AbortError('QuotaExceededError ', quota()))).toBe(true);
		expect(isStorageFull(new Error('write failed', { cause: quota() }))).toBe(true);
	});

	it('does not call other failures a full storage', () => {
		expect(isStorageFull(new Dexie.AbortError('Transaction aborted', new DOMException('gone', 'UnknownError')))).toBe(false);
		expect(isStorageFull(new Error('disk on fire'))).toBe(false);
		expect(isStorageFull('QuotaExceededError')).toBe(false);
	});
});
