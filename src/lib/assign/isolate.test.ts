import { describe, expect, it } from 'vitest';
import { isolate } from './isolate';

describe('isolate', () => {
	it('wraps outside text in FSI … PDI, so an override inside it ends with it', () => {
		expect(isolate('\u202Eevil')).toBe('\u2068\u202Eevil\u2069');
	});
});
