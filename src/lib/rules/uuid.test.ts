import { describe, expect, it } from 'vitest';
import { isUuid } from './uuid';

describe('isUuid', () => {
	it('accepts the ids Postgres gives rows, in either case', () => {
		expect(isUuid('0b5e8a52-8c1e-4c1a-9f57-2d1c3b4a5e6f')).toBe(true);
		expect(isUuid('0B5E8A52-8C1E-4C1A-9F57-2D1C3B4A5E6F')).toBe(true);
	});

	it('refuses text that would make Postgres fail the cast instead of finding no row', () => {
		for (const text of [
			'',
			'new',
			'0b5e8a52-8c1e-4c1a-9f57-2d1c3b4a5e6',
			'0b5e8a52-8c1e-4c1a-9f57-2d1c3b4a5e6fa',
			'0b5e8a52-8c1e-4c1a-9f57-2d1c3b4a5e6g',
			' 0b5e8a52-8c1e-4c1a-9f57-2d1c3b4a5e6f',
			'0b5e8a52-8c1e-4c1a-9f57-2d1c3b4a5e6f\n',
			'0b5e8a528c1e4c1a9f572d1c3b4a5e6f'
		])
			expect(isUuid(text), JSON.stringify(text)).toBe(false);
	});
});
