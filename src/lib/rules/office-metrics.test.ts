import { describe, expect, it } from 'vitest';
import { funnelBy, funnelOf, modesByYear, roundDays, signedIn, yearRange, type FunnelRow } from './office-metrics.ts';

const row = (year: number, industry: string | null, collegeId: string | null, n: [number, number, number, number]) =>
	({ year, industry, collegeId, listings: n[0], interested: n[1], dealt: n[2], signed: n[3] }) satisfies FunnelRow;

const rows = [
	row(2024, 'automotive', 'c1', [3, 2, 1, 1]),
	row(2024, 'automotive', 'c2', [1, 1, 0, 0]),
	row(2024, null, 'c2', [2, 0, 0, 0]),
	row(2023, 'automotive', 'c1', [5, 5, 5, 5])
];

describe('the office metrics’ sums', () => {
	it('adds one year’s funnel over every industry and college', () => {
		expect(funnelOf(rows, 2024)).toEqual({ listings: 6, interested: 3, dealt: 1, signed: 1 });
		expect(funnelOf(rows, 2022)).toEqual({ listings: 0, interested: 0, dealt: 0, signed: 0 });
	});
	it('groups a year by industry or college, largest cohort first', () => {
		expect(funnelBy(rows, 2024, 'industry')).toEqual([
			{ key: 'automotive', funnel: { listings: 4, interested: 3, dealt: 1, signed: 1 } },
			{ key: null, funnel: { listings: 2, interested: 0, dealt: 0, signed: 0 } }
		]);
		expect(funnelBy(rows, 2024, 'college')).toEqual([
			{ key: 'c1', funnel: { listings: 3, interested: 2, dealt: 1, signed: 1 } },
			{ key: 'c2', funnel: { listings: 3, interested: 1, dealt: 0, signed: 0 } }
		]);
	});
	it('lays signed deals out per mode and year, with zeros where none were signed', () => {
		const modes = [
			{ year: 2023, mode: 'option', deals: 2 },
			{ year: 2024, mode: 'equity', deals: 1 },
			{ year: 2024, mode: 'option', deals: 3 }
		];
		expect(yearRange(2022, 2024)).toEqual([2022, 2023, 2024]);
		expect(yearRange(2024, 2023)).toEqual([]);
		expect(modesByYear(modes, [2023, 2024], ['option', 'equity', 'assignment'])).toEqual([
			[2, 3],
			[0, 1],
			[0, 0]
		]);
		expect(signedIn(modes, 2024, ['option', 'equity'])).toBe(4);
		expect(signedIn(modes, 2022, ['option'])).toBe(0);
	});
	it('rounds days to one decimal', () => {
		expect(roundDays(9.25)).toBe(9.3);
		expect(roundDays(10)).toBe(10);
	});
});
