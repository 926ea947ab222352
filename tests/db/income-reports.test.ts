import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as receipts from '../../src/lib/server/receipts.ts';
import * as distributions from '../../src/lib/server/distributions.ts';
import * as incomeReports from '../../src/lib/server/income-reports.ts';
import * as incomeStatements from '../../src/lib/server/income-statements.ts';
import { buildStatementPdf } from '../../src/lib/server/pdf/income-statement.ts';
import { reportSheet, statementSheet } from '../../src/lib/server/exports/income-tables.ts';
import { csvDocument } from '../../src/lib/rules/csv.ts';
import { addAuthorizationFixture, people } from '../support/authorization/actors.ts';
import { readPdf } from '../support/pdf.ts';
import { asService, asUser, demo, driver, openTestDatabase } from './setup/database.ts';

// The income report and the inventors' statements read through RLS: the demo officer sees
// Jinyun's receipts, an officer of another university none, the admin all; a company, which reads
// its own receipts, gets no report; an inventor with an account reads only their own lines.
// The receipts here are dated in 2025, a year nothing else in the demo uses.

/** The demo's signed non-exclusive licence on 张卫国's engine listing (4 inventors, 3 without accounts). */
const deal = '00000000-0000-4000-8004-000000000004';
const inventorWithAccount = people.col.id;
const noFilter = { year: null, university: null, college: null, industry: null } as const;
const in2025 = { ...noFilter, year: 2025 };

describe(`the income report and statements on ${driver}`, () => {
	let database: Database;
	const officer = () => asUser(database, demo.officer);
	beforeAll(async () => {
		database = await openTestDatabase();
		await addAuthorizationFixture(database);
		// A receipt is never dated before its deal began, nor above what its line still expects
		// (…_receipt_checks.sql): as the owner, this deal was signed in mid-2025 and its upfront fee
		// asks for the 2025 receipts besides the demo's.
		await database.query(sql`update public.deals set signed_on = '2025-06-01' where id = ${deal}`);
		await database.query(sql`alter table public.payment_schedule_lines disable trigger payment_schedule_lines_guard`);
		await database.query(sql`update public.payment_schedule_lines set amount_fen = amount_fen + 30000000
			where deal_id = ${deal} and kind = 'upfront'`);
		await database.query(sql`alter table public.payment_schedule_lines enable trigger payment_schedule_lines_guard`);
		const [line] = await asService(database).query<{ id: string }>(sql`select id from public.payment_schedule_lines
			where deal_id = ${deal} and kind = 'upfront'`);
		const received = [
			{ amount: 20_000_000, receivedOn: '2025-11-20', deduction: 1_000_001 },
			{ amount: 10_000_000, receivedOn: '2025-12-03', deduction: 0 }
		];
		for (const [index, { amount, receivedOn, deduction }] of received.entries()) {
			const receipt = await receipts.recordReceipt(officer(), {
				dealId: deal,
				scheduleLineId: line.id,
				amount,
				receivedOn,
				bankReference: `BANK-2025-${index}`,
				documentId: null,
				idempotencyKey: crypto.randomUUID()
			});
			if (!receipt.ok) throw new Error(receipt.reason);
			if (deduction > 0) {
				const deducted = await receipts.addDeduction(officer(), {
					receiptId: receipt.id,
					kind: 'patent_fees',
					amount: deduction,
					note: '',
					idempotencyKey: crypto.randomUUID()
				});
				if (!deducted.ok) throw new Error(deducted.reason);
			}
			const approved = await distributions.approveDistribution(officer(), receipt.id, crypto.randomUUID());
			if (!approved.ok) throw new Error(approved.reason);
		}
		// The inventor with an account is paid for the first receipt's line.
		const [paid] = await asService(database).query<{ id: number }>(sql`select dl.id from public.distribution_lines dl
			join public.receipts r on r.id = dl.receipt_id
			where dl.deal_id = ${deal} and dl.profile_id = ${inventorWithAccount} and r.received_on = '2025-11-20'`);
		const payout = await distributions.recordPayout(officer(), {
			lineId: paid.id,
			paidOn: '2025-12-10',
			reference: 'PAY-1'
		});
		if (!payout.ok) throw new Error(payout.reason);
	});
	afterAll(() => database.close());

	it('sums a deal-year for its university’s officer: received, deductions, net, distributed, paid', async () => {
		const rows = await incomeReports.listReportRows(officer(), in2025);
		expect(rows).toHaveLength(1);
		const [row] = rows;
		expect(row).toMatchObject({
			year: 2025,
			dealId: deal,
			dealTitle: '混合动力专用发动机高滚流燃烧系统',
			university: { id: demo.university, nameZh: '缙云大学' },
			college: { id: '00000000-0000-4000-8000-000000000103' },
			industry: 'automotive',
			receivedFen: 30_000_000,
			deductionsFen: 1_000_001,
			// Every net fen is distributed (lines sum exactly to the net).
			distributedFen: 28_999_999
		});
		const [{ paid }] = await asService(database).query<{ paid: number }>(sql`select dl.amount_fen as paid
			from public.distribution_lines dl join public.distribution_payouts p on p.distribution_line_id = dl.id
			join public.receipts r on r.id = dl.receipt_id
			where dl.deal_id = ${deal} and r.received_on < '2026-01-01'`);
		expect(row.paidFen).toBe(paid);
		expect(paid).toBeGreaterThan(0);
	});

	it('filters by year, college and industry', async () => {
		expect(await incomeReports.listReportRows(officer(), { ...in2025, industry: 'biomedicine' })).toEqual([]);
		expect(await incomeReports.listReportRows(officer(), { ...in2025, college: demo.college })).toEqual([]);
		expect(
			await incomeReports.listReportRows(officer(), { ...in2025, college: '00000000-0000-4000-8000-000000000103' })
		).toHaveLength(1);
		expect(await incomeReports.listReportRows(officer(), { ...noFilter, year: 2024 })).toEqual([]);
		const facets = await incomeReports.listReportFacets(officer());
		expect(facets.years).toContain(2025);
		expect(facets.universities.map((university) => university.id)).toEqual([demo.university]);
	});

	it('shows another university’s officer, the company and researchers nothing; the admin all', async () => {
		expect(await incomeReports.listReportRows(asUser(database, people.of2.id), noFilter)).toEqual([]);
		expect(await incomeReports.listReportFacets(asUser(database, people.of2.id))).toEqual({
			years: [],
			universities: [],
			colleges: []
		});
		// The company reads its own receipts (the deal room shows them) but is given no report.
		const [{ visible }] = await asUser(database, demo.company).query<{ visible: number }>(
			sql`select count(*)::int as visible from public.receipts where deal_id = ${deal}`
		);
		expect(visible).toBeGreaterThan(0);
		expect(await incomeReports.listReportRows(asUser(database, demo.company), noFilter)).toEqual([]);
		expect(await incomeReports.listReportRows(asUser(database, inventorWithAccount), noFilter)).toEqual([]);
		expect(await incomeReports.listReportRows(asUser(database, demo.researcher), noFilter)).toEqual([]);
		const admin = await incomeReports.listReportRows(asUser(database, demo.admin), in2025);
		expect(admin.map((row) => [row.dealId, row.receivedFen])).toEqual([[deal, 30_000_000]]);
	});

	it('gives officers a statement for every inventor, with or without an account', async () => {
		const summaries = await incomeStatements.listStatementSummaries(officer(), 2025);
		expect(summaries.map((summary) => summary.inventorName).sort()).toEqual(['刘海涛', '吴佳怡', '张卫国', '程远']);
		expect(summaries.reduce((sum, summary) => sum + summary.distributedFen, 0)).toBeGreaterThan(0);
		const byName = await incomeStatements.getStatement(officer(), { name: '刘海涛' }, { year: 2025 });
		expect(byName?.lines.map((line) => [line.receivedOn, line.receiptFen])).toEqual([
			['2025-11-20', 20_000_000],
			['2025-12-03', 10_000_000]
		]);
		expect(byName?.paidFen).toBe(0);
		const byDeal = await incomeStatements.getStatement(officer(), { profileId: inventorWithAccount }, { dealId: deal });
		expect(byDeal?.inventorName).toBe('张卫国');
		// The deal's statement holds its lines of every year (the demo's too), these two among them.
		const ours = byDeal!.lines.filter((line) => line.year === 2025);
		expect(ours.map((line) => [line.receivedOn, line.paidOn, line.payoutReference])).toEqual([
			['2025-11-20', '2025-12-10', 'PAY-1'],
			['2025-12-03', null, null]
		]);
		expect(byDeal!.distributedFen).toBe(byDeal!.lines.reduce((sum, line) => sum + line.amountFen, 0));
		// Statements of another university's inventors are not this officer's.
		expect(
			await incomeStatements.getStatement(asUser(database, people.of2.id), { name: '刘海涛' }, { year: 2025 })
		).toBeNull();
	});

	it('gives an inventor with an account only their own lines, a company and others none', async () => {
		const own = asUser(database, inventorWithAccount);
		const summaries = await incomeStatements.listStatementSummaries(own, null);
		expect(new Set(summaries.map((summary) => summary.profileId))).toEqual(new Set([inventorWithAccount]));
		const statement = await incomeStatements.getStatement(own, { profileId: inventorWithAccount }, { year: 2025 });
		// The receipt's day and amount reach the inventor through app.line_receipt, not the receipts table.
		expect(statement?.lines.map((line) => line.receiptFen)).toEqual([20_000_000, 10_000_000]);
		expect(await incomeStatements.getStatement(own, { name: '刘海涛' }, { year: 2025 })).toBeNull();
		// The demo researcher has lines of their own in another deal (the seed), none of this one.
		const researcher = await incomeStatements.listStatementSummaries(asUser(database, demo.researcher), null);
		expect(new Set(researcher.map((summary) => summary.profileId))).toEqual(new Set([demo.researcher]));
		expect(researcher.map((summary) => summary.dealId)).not.toContain(deal);
		for (const reader of [demo.company, people.re2.id, people.of2.id]) {
			expect(await incomeStatements.listStatementSummaries(asUser(database, reader), null)).toEqual([]);
			expect(
				await incomeStatements.getStatement(
					asUser(database, reader),
					{ profileId: inventorWithAccount },
					{ year: 2025 }
				)
			).toBeNull();
		}
		expect(await incomeStatements.listStatementYears(asUser(database, demo.company))).toEqual([]);
	});

	it('draws a statement as a PDF with the inventor’s name searchable in the embedded font subset', async () => {
		const statement = await incomeStatements.getStatement(officer(), { name: '刘海涛' }, { year: 2025 });
		const pdf = await readPdf(await buildStatementPdf(statement!));
		expect(pdf.pages).toBeGreaterThan(0);
		expect(pdf.baseFonts.length).toBeGreaterThan(0);
		expect(pdf.fontFiles).toBeGreaterThan(0);
		expect(pdf.brokenGlyphs).toBe(0);
		expect(pdf.unmapped('刘海涛 混合动力专用发动机高滚流燃烧系统')).toEqual([]);
	});

	it('writes the report and a statement as CSV: Chinese headers, the name on every line, the totals', async () => {
		const report = reportSheet(await incomeReports.listReportRows(officer(), in2025));
		const reportCsv = csvDocument(report.header, report.rows).split('\r\n');
		expect(reportCsv[0]).toBe(
			'\uFEFF年份,学校,学院,行业,交易成果,企业,收款（元）,扣除（元）,净收入（元）,已分配（元）,已支付（元）'
		);
		expect(reportCsv[2]).toMatch(/^合计,,,,,,300000\.00,10000\.01,289999\.99,289999\.99,\d+\.\d{2}$/);
		const statement = await incomeStatements.getStatement(officer(), { name: '刘海涛' }, { year: 2025 });
		const sheet = statementSheet(statement!);
		const lines = csvDocument(sheet.header, sheet.rows).split('\r\n');
		expect(lines.slice(1, 3).every((line) => line.startsWith('刘海涛,2025-'))).toBe(true);
		const shares = statement!.lines.map((line) => line.amountFen);
		expect(lines[3]).toBe(`合计,,,,,,${((shares[0] + shares[1]) / 100).toFixed(2)},,,`);
	});

	it('counts a reversed distribution as negative lines, in the report and the statement', async () => {
		const [receipt] = await asService(database).query<{ id: string }>(sql`select id from public.receipts
			where deal_id = ${deal} and received_on = '2025-12-03'`);
		const reversed = await distributions.reverseDistribution(officer(), receipt.id, crypto.randomUUID());
		expect(reversed).toMatchObject({ ok: true });
		const [row] = await incomeReports.listReportRows(officer(), in2025);
		// The second receipt's 10,000,000 fen are distributed and taken back: the first's net stays.
		expect(row.distributedFen).toBe(20_000_000 - 1_000_001);
		const statement = await incomeStatements.getStatement(officer(), { name: '刘海涛' }, { year: 2025 });
		const reversal = statement!.lines.filter((line) => line.reversal);
		expect(reversal).toHaveLength(1);
		expect(reversal[0].amountFen).toBeLessThan(0);
		expect(statement!.distributedFen).toBe(statement!.lines[0].amountFen);
		const pdf = await readPdf(await buildStatementPdf(statement!));
		expect(pdf.unmapped('冲销')).toEqual([]);
	});
});
