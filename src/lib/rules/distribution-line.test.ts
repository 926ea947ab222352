import { describe, expect, it } from 'vitest';
import { lineStanding } from './distribution-line.ts';

describe('a distribution line, as its reader is told', () => {
	it('marks a reversed line and its reversal, neither of them "not paid"', () => {
		expect(lineStanding({ reversesId: null, reversed: true, paidOn: null })).toBe('reversed');
		expect(lineStanding({ reversesId: 12, reversed: false, paidOn: null })).toBe('reversal');
	});

	it('tells a standing line paid or not', () => {
		expect(lineStanding({ reversesId: null, reversed: false, paidOn: null })).toBe('unpaid');
		expect(lineStanding({ reversesId: null, reversed: false, paidOn: '2026-03-01' })).toBe('paid');
	});
});
