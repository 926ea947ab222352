import { describe, expect, it } from 'vitest';
import { afterQuietHours, timeOfDayMs } from './quiet-hours.ts';

// Moments written in China Standard Time (+08:00), as the reader of the alert lives them.
const at = (text: string) => new Date(`${text}+08:00`);

describe('afterQuietHours', () => {
	it('lets a message leave at once without quiet hours or outside them', () => {
		expect(afterQuietHours(at('2026-12-07T12:00:00'), null)).toEqual(at('2026-12-07T12:00:00'));
		const night = { from: '22:00', until: '07:30' };
		expect(afterQuietHours(at('2026-12-07T07:30:00'), night)).toEqual(at('2026-12-07T07:30:00'));
		expect(afterQuietHours(at('2026-12-07T21:59:59'), night)).toEqual(at('2026-12-07T21:59:59'));
	});
	it('holds a message in a window past midnight until its end, on the right day', () => {
		const night = { from: '22:00', until: '07:30' };
		expect(afterQuietHours(at('2026-12-07T22:00:00'), night)).toEqual(at('2026-12-08T07:30:00'));
		expect(afterQuietHours(at('2026-12-07T23:59:00'), night)).toEqual(at('2026-12-08T07:30:00'));
		expect(afterQuietHours(at('2026-12-08T00:00:00'), night)).toEqual(at('2026-12-08T07:30:00'));
		expect(afterQuietHours(at('2026-12-08T07:29:59'), night)).toEqual(at('2026-12-08T07:30:00'));
		// 17:00 UTC is already 01:00 the next day in China.
		expect(afterQuietHours(new Date('2026-12-31T17:00:00Z'), night)).toEqual(at('2027-01-01T07:30:00'));
	});
	it('holds a message in a window within one day', () => {
		const lunch = { from: '12:00', until: '13:30:30' };
		expect(afterQuietHours(at('2026-12-07T12:15:00'), lunch)).toEqual(at('2026-12-07T13:30:30'));
		expect(afterQuietHours(at('2026-12-07T11:59:59'), lunch)).toEqual(at('2026-12-07T11:59:59'));
		expect(afterQuietHours(at('2026-12-07T13:30:30'), lunch)).toEqual(at('2026-12-07T13:30:30'));
	});
	it('ignores a window that is empty or not made of times', () => {
		expect(afterQuietHours(at('2026-12-07T12:00:00'), { from: '12:00', until: '12:00' })).toEqual(
			at('2026-12-07T12:00:00')
		);
		expect(afterQuietHours(at('2026-12-07T12:00:00'), { from: '25:00', until: '07:00' })).toEqual(
			at('2026-12-07T12:00:00')
		);
		expect(timeOfDayMs('7:00')).toBeNull();
		expect(timeOfDayMs('07:00')).toBe(7 * 3600 * 1000);
	});
});
