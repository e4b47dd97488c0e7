import { describe, expect, it } from 'vitest';
import { FORMAT_IDS } from '$lib/formats/registry';
import { FORMAT_CHOICES } from './format-choices';

describe('the import form', () => {
	it('lists every format of the registry, each once', () => {
		expect(FORMAT_CHOICES.map((f) => f.id).sort()).toEqual([...FORMAT_IDS].sort());
	});
});
