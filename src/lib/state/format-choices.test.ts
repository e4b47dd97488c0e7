import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT_IDS, FORMAT_IDS } from '$lib/formats/registry';
import { EXPORT_CHOICES, FORMAT_CHOICES } from './format-choices';

describe('the import form', () => {
	it('lists every format of the registry, each once', () => {
		expect(FORMAT_CHOICES.map((f) => f.id).sort()).toEqual([...FORMAT_IDS].sort());
	});
	it('offers every format Factdeck writes for export', () => {
		expect(EXPORT_CHOICES.map((f) => f.id).sort()).toEqual([...EXPORT_FORMAT_IDS].sort());
	});
});
