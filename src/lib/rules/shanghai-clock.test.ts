import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { shanghaiDay } from './shanghai-clock';

describe('the Shanghai calendar day', () => {
	const intlDay = new Intl.DateTimeFormat('en-CA', {
		timeZone: 'Asia/Shanghai',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	});

	it('turns at 16:00 UTC', () => {
		expect(shanghaiDay(new Date('2026-12-19T15:59:59.999Z'))).toBe('2026-12-19');
		expect(shanghaiDay(new Date('2026-12-19T16:00:00Z'))).toBe('2026-12-20');
	});

	it('is the day Intl names in Asia/Shanghai for any moment since 1992', () => {
		fc.assert(
			fc.property(
				fc.date({ min: new Date('1992-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }),
				(moment) => {
					expect(shanghaiDay(moment)).toBe(intlDay.format(moment));
				}
			),
			{ numRuns: 2000 }
		);
	});
});
