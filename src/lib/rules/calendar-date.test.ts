import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { earliestDate, isCalendarDate, latestDate } from './calendar-date';

const day = 86_400_000;
const asText = (date: Date) => date.toISOString().slice(0, 10);

describe('calendar dates', () => {
	it('accept real days, 29 February of leap years included', () => {
		for (const text of ['2024-02-29', '2000-02-29', '2026-12-31', earliestDate, latestDate])
			expect(isCalendarDate(text), text).toBe(true);
	});

	it('refuse days that do not exist, which Postgres would refuse with an error', () => {
		for (const text of [
			'2024-02-30',
			'2023-02-29',
			'1900-02-29',
			'2100-02-29',
			'2026-04-31',
			'2026-13-01',
			'2026-00-10',
			'2026-01-00',
			'0000-01-01'
		])
			expect(isCalendarDate(text), text).toBe(false);
	});

	it('refuse years outside 1900–2199 and anything not written YYYY-MM-DD', () => {
		for (const text of [
			'1899-12-31',
			'2200-01-01',
			'9999-12-31',
			'2026-1-01',
			' 2026-01-01',
			'2026-01-01T00:00',
			'２０２６-01-01',
			'20260101',
			''
		])
			expect(isCalendarDate(text), text).toBe(false);
	});

	it('accept exactly the days of the range, as the calendar counts them', () => {
		const first = Date.parse(earliestDate);
		const last = Date.parse(latestDate);
		fc.assert(
			fc.property(fc.integer({ min: first / day - 1000, max: last / day + 1000 }), (days) => {
				const text = asText(new Date(days * day));
				expect(isCalendarDate(text)).toBe(days * day >= first && days * day <= last);
			})
		);
	});

	it('accept no text that does not name the day it reads as', () => {
		const digits = (length: number) =>
			fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });
		fc.assert(
			fc.property(fc.tuple(digits(4), digits(2), digits(2)), ([year, month, date]) => {
				const text = `${year}-${month}-${date}`;
				const read = new Date(`${text}T00:00:00Z`);
				const real = !Number.isNaN(read.getTime()) && asText(read) === text;
				expect(isCalendarDate(text)).toBe(real && text >= earliestDate && text <= latestDate);
			}),
			{ numRuns: 2000 }
		);
	});
});
