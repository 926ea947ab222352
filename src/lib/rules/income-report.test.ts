import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	groupReport,
	reportGroupings,
	reportTotal,
	rowAmounts,
	statementsByInventor,
	type ReportRow,
	type StatementSummary
} from './income-report.ts';

const row = (overrides: Partial<ReportRow>): ReportRow => ({
	year: 2026,
	dealId: 'deal-a',
	dealTitle: '电池热管理',
	company: { nameZh: '重庆新能', nameEn: 'Chongqing Xinneng' },
	university: { id: 'u1', nameZh: '缙云大学', nameEn: 'Jinyun University' },
	college: { id: 'c1', nameZh: '材料学院', nameEn: 'School of Materials' },
	industry: 'automotive',
	receivedFen: 0,
	deductionsFen: 0,
	distributedFen: 0,
	paidFen: 0,
	...overrides
});

describe('the income report', () => {
	const rows = [
		row({ receivedFen: 100_000, deductionsFen: 5_000, distributedFen: 95_000, paidFen: 66_500 }),
		row({ year: 2025, receivedFen: 30_000, deductionsFen: 0, distributedFen: 30_000 }),
		row({ dealId: 'deal-b', college: null, industry: null, receivedFen: 250_001, deductionsFen: 1 }),
		row({
			dealId: 'deal-c',
			university: { id: 'u2', nameZh: '嘉陵大学', nameEn: 'Jialing University' },
			college: { id: 'c9', nameZh: '理学院', nameEn: 'Science' },
			receivedFen: 7
		})
	];

	it('computes net as received less deductions', () => {
		expect(rowAmounts(rows[0]).netFen).toBe(95_000);
		expect(reportTotal(rows)).toEqual({
			receivedFen: 380_008,
			deductionsFen: 5_001,
			netFen: 375_007,
			distributedFen: 125_000,
			paidFen: 66_500
		});
	});

	it('groups years newest first, others by the amount received', () => {
		expect(groupReport(rows, 'year').map((group) => [group.key, group.rows])).toEqual([
			['2026', 3],
			['2025', 1]
		]);
		expect(groupReport(rows, 'deal').map((group) => group.key)).toEqual(['deal-b', 'deal-a', 'deal-c']);
		// deal-a has two years: two rows, one deal.
		expect(groupReport(rows, 'university').map((group) => [group.rows, group.deals])).toEqual([
			[3, 2],
			[1, 1]
		]);
		expect(groupReport(rows, 'university').map((group) => [group.key, group.amounts.receivedFen])).toEqual([
			['u1', 380_001],
			['u2', 7]
		]);
		// No college and no industry are groups of their own, keyed ''.
		expect(groupReport(rows, 'college').map((group) => group.key)).toEqual(['', 'c1', 'c9']);
		expect(groupReport(rows, 'industry').find((group) => group.key === '')?.amounts.netFen).toBe(250_000);
	});

	it('loses no fen: every grouping sums to the total', () => {
		const amount = fc.integer({ min: 0, max: 10 ** 13 });
		const arbitraryRow = fc.record({
			year: fc.integer({ min: 2020, max: 2030 }),
			dealId: fc.constantFrom('a', 'b', 'c', 'd'),
			college: fc.constantFrom({ id: 'x', nameZh: 'x', nameEn: 'x' }, null),
			industry: fc.constantFrom('automotive', 'other', null),
			receivedFen: amount,
			deductionsFen: amount,
			distributedFen: fc.integer({ min: -(10 ** 13), max: 10 ** 13 }),
			paidFen: amount
		});
		fc.assert(
			fc.property(fc.array(arbitraryRow, { maxLength: 30 }), (partial) => {
				const all = partial.map((values) => row(values));
				const total = reportTotal(all);
				for (const by of reportGroupings) {
					const groups = groupReport(all, by);
					expect(groups.reduce((sum, group) => sum + group.rows, 0)).toBe(all.length);
					for (const column of ['receivedFen', 'netFen', 'distributedFen', 'paidFen'] as const)
						expect(groups.reduce((sum, group) => sum + group.amounts[column], 0)).toBe(total[column]);
				}
			})
		);
	});

	it('refuses a total it could not hold exactly', () => {
		const huge = row({ receivedFen: Number.MAX_SAFE_INTEGER });
		expect(() => reportTotal([huge, row({ receivedFen: 1 })])).toThrow(RangeError);
	});
});

describe('statements per inventor', () => {
	const line = (overrides: Partial<StatementSummary>): StatementSummary => ({
		profileId: null,
		inventorName: '王芳',
		year: 2026,
		dealId: 'deal-a',
		dealTitle: '电池热管理',
		distributedFen: 100,
		paidFen: 0,
		...overrides
	});

	it('keeps an account together and inventors without one apart by name', () => {
		const inventors = statementsByInventor([
			line({ profileId: 'p1', inventorName: '李明' }),
			line({ profileId: 'p1', inventorName: '李明 (renamed)', dealId: 'deal-b', paidFen: 100 }),
			line({}),
			line({ inventorName: '赵强', distributedFen: -40 })
		]);
		expect(
			inventors.map((inventor) => [
				inventor.inventorName,
				inventor.deals.length,
				inventor.distributedFen,
				inventor.paidFen
			])
		).toEqual([
			['李明', 2, 200, 100],
			['王芳', 1, 100, 0],
			['赵强', 1, -40, 0]
		]);
	});
});
