import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Database, Executor } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as receipts from '../../src/lib/server/receipts.ts';
import * as reports from '../../src/lib/server/royalty-reports.ts';
import * as distributions from '../../src/lib/server/distributions.ts';
import * as schedules from '../../src/lib/server/payment-schedules.ts';
import * as milestones from '../../src/lib/server/deal-milestones.ts';
import * as rewards from '../../src/lib/server/rewards.ts';
import { distributeIncome, royaltyFen } from '../../src/lib/rules/income.ts';
import { asAnon, asUser, demo, driver, openTestDatabase } from './setup/database.ts';
import { colleague, lineOf, otherCompanyUser, signedIncomeDeal } from './setup/income.ts';

// Who reads what of a deal's income (docs/domain.md, "Income", Access): officers everything; the
// company the schedule, milestones, reports and receipts, never deductions, lines or payouts; an
// inventor with an account the schedule, the totals and their own lines; anyone else nothing.
describe(`income access on ${driver}`, () => {
	let database: Database;
	let dealId: string;
	let receiptId: string;
	const as = (user: string) => asUser(database, user);
	const count = async (who: Executor, table: string) =>
		(
			await who.query<{ n: number }>(
				sql`select count(*)::int as n from ${sql([`public.${table}`])} where ${sql([
					table === 'receipt_deductions'
						? 'receipt_id in (select id from public.receipts where deal_id = '
						: table === 'distribution_payouts'
							? 'distribution_line_id in (select id from public.distribution_lines where deal_id = '
							: 'deal_id = ('
				])}${dealId}::uuid)`
			)
		)[0].n;
	beforeAll(async () => {
		database = await openTestDatabase();
		const officer = as(demo.officer);
		dealId = await signedIncomeDeal(database, '2025-01-01', {}, [
			{ description: '验收', amountFen: 100_000, dueOn: '2025-03-01', dueTrigger: null }
		]);
		await reports.fileReport(as(demo.company), {
			dealId,
			scheduleLineId: await lineOf(database, dealId, 'royalty'),
			sales: 1_000_000,
			statedRoyalty: 35_000,
			documentId: null,
			idempotencyKey: crypto.randomUUID()
		});
		const made = await receipts.recordReceipt(officer, {
			dealId,
			scheduleLineId: await lineOf(database, dealId, 'upfront'),
			amount: 10_000_000,
			receivedOn: '2025-02-01',
			bankReference: 'ICBC-001',
			documentId: null,
			idempotencyKey: crypto.randomUUID()
		});
		if (!made.ok) throw new Error(made.reason);
		receiptId = made.id;
		await receipts.addDeduction(officer, {
			idempotencyKey: crypto.randomUUID(),
			receiptId,
			kind: 'patent_fees',
			amount: 1_000_000,
			note: ''
		});
		await distributions.approveDistribution(officer, receiptId, crypto.randomUUID());
		const lines = await distributions.listDistribution(officer, dealId);
		await distributions.recordPayout(officer, {
			lineId: lines.find((line) => line.profileId === demo.researcher)!.id,
			paidOn: '2025-03-01',
			reference: '发放'
		});
		await distributions.recordPayout(officer, {
			lineId: lines.find((line) => line.inventorName === '孙浩然')!.id,
			paidOn: '2025-03-01',
			reference: '发放'
		});
	});
	afterAll(() => database.close());

	const tables = [
		'payment_schedule_lines',
		'deal_milestones',
		'royalty_reports',
		'receipts',
		'receipt_deductions',
		'distribution_lines',
		'distribution_payouts'
	];

	/** How many of the deal's rows of each table `who` reads. */
	const seenBy = async (who: Executor) =>
		Object.fromEntries(await Promise.all(tables.map(async (table) => [table, await count(who, table)])));

	it('shows officers and admins everything', async () => {
		for (const user of [demo.officer, demo.admin]) {
			const seen = await Promise.all(tables.map(async (table) => [table, (await count(as(user), table)) > 0]));
			expect(seen.filter(([, any]) => !any)).toEqual([]);
		}
	});

	it('shows the company the schedule, milestones, reports and receipts, and never deductions, lines or payouts', async () => {
		const company = as(demo.company);
		const seen = await seenBy(company);
		expect(seen).toMatchObject({
			royalty_reports: 1,
			receipts: 1,
			deal_milestones: 1,
			receipt_deductions: 0,
			distribution_lines: 0,
			distribution_payouts: 0
		});
		expect(seen.payment_schedule_lines).toBeGreaterThan(0);
		const [receipt] = await receipts.listReceipts(company, dealId);
		expect(receipt).toMatchObject({ amountFen: 10_000_000, deductions: [] });
		expect(await distributions.dealIncomeTotals(company, dealId)).toMatchObject({
			receivedFen: 10_000_000,
			deductedFen: null,
			distributedFen: null,
			inventorsFen: null,
			paidOutFen: null
		});
	});

	it('shows an inventor with an account the schedule, the totals and only their own lines and payouts', async () => {
		const inventor = as(demo.researcher);
		const seen = await seenBy(inventor);
		expect(seen).toMatchObject({
			royalty_reports: 0,
			receipts: 0,
			receipt_deductions: 0,
			distribution_lines: 1,
			distribution_payouts: 1
		});
		expect((await schedules.listSchedule(inventor, dealId)).length).toBe(seen.payment_schedule_lines);
		expect(seen.payment_schedule_lines).toBeGreaterThan(0);
		const lines = await distributions.listDistribution(inventor, dealId);
		// Net 9,000,000 × 70 % × 50 %.
		expect(lines.map((line) => [line.inventorName, line.amountFen])).toEqual([['李明远', 3_150_000]]);
		expect(await distributions.dealIncomeTotals(inventor, dealId)).toMatchObject({
			receivedFen: 10_000_000,
			deductedFen: null,
			distributedFen: 9_000_000,
			inventorsFen: 6_300_000,
			paidOutFen: 3_150_000 + 1_890_000
		});
		const mine = await rewards.listMyRewards(inventor, demo.researcher);
		expect(mine.filter((row) => row.dealId === dealId)).toMatchObject([
			{ amountFen: 3_150_000, paidOn: '2025-03-01', listingTitle: expect.any(String) }
		]);
		// Asking for someone else's rewards shows nothing: RLS, not the argument, decides.
		expect(await rewards.listMyRewards(as(demo.company), demo.researcher)).toEqual([]);
	});

	it('shows an unrelated researcher, another company and the signed-out nothing', async () => {
		for (const who of [as(colleague), as(otherCompanyUser)]) {
			for (const table of tables) expect([table, await count(who, table)]).toEqual([table, 0]);
			expect(await schedules.listSchedule(who, dealId)).toEqual([]);
			expect(await milestones.listMilestones(who, dealId)).toEqual([]);
			expect(await distributions.dealIncomeTotals(who, dealId)).toBeNull();
		}
		for (const table of tables)
			await expect(asAnon(database).query(sql`select 1 from ${sql([`public.${table}`])} limit 1`)).rejects.toThrow();
	});

	it('computes royalties and splits as the TypeScript rules do', async () => {
		const samples = fc.sample(
			fc.record({
				sales: fc.integer({ min: 0, max: 10 ** 13 }),
				points: fc.integer({ min: 0, max: 10_000 }),
				amount: fc.integer({ min: 0, max: 10 ** 13 }),
				shares: fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 5 }).map((raw) => {
					const total = raw.reduce((sum, value) => sum + value, 0) || 1;
					const points = raw.map((value) => Math.floor((value * 10_000) / total));
					points[0] += 10_000 - points.reduce((sum, value) => sum + value, 0);
					return points;
				})
			}),
			{ numRuns: 150, seed: 20 }
		);
		for (const sample of samples) {
			const [row] = await database.query<{ royalty: number; split: number[] }>(sql`
				select app.royalty_fen(${sample.sales}::bigint, ${sample.points}::numeric / 100) as royalty,
				       (select array_agg(s.fen order by s.ordinal) from app.largest_remainder(${sample.amount}::bigint,
				          ${sample.shares.map((_, index) => index)}::integer[], ${sample.shares}::integer[]) s) as split`);
			expect(row.royalty).toBe(royaltyFen(sample.sales, sample.points));
			const expected = distributeIncome(
				sample.amount,
				sample.shares.map((basisPoints, key) => ({ key, basisPoints }))
			).map((line) => line.fen);
			expect(row.split.map(Number)).toEqual(expected);
		}
	});
});
