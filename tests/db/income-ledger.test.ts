import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Executor } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as deals from '../../src/lib/server/deals.ts';
import * as reports from '../../src/lib/server/royalty-reports.ts';
import * as receipts from '../../src/lib/server/receipts.ts';
import * as distributions from '../../src/lib/server/distributions.ts';
import * as schedules from '../../src/lib/server/payment-schedules.ts';
import { asService, asUser, demo, driver, openTestDatabase, sqlState } from './setup/database.ts';
import { lineOf, openIncomeDeal, signedIncomeDeal } from './setup/income.ts';

// Royalty reports, receipts, deductions, distribution and payouts (issue #20), through the
// domain modules as the company and the deal's officer.
const yesterday = () => new Date(Date.now() - 24 * 3600 * 1000).toISOString().slice(0, 10);

describe(`income ledger on ${driver}`, () => {
	let database: Database;
	let officer: Executor;
	let member: Executor;
	let dealId: string;
	const report = (line: string, sales: number, statedRoyalty: number, key = crypto.randomUUID()) =>
		reports.fileReport(member, {
			dealId,
			scheduleLineId: line,
			sales,
			statedRoyalty,
			documentId: null,
			idempotencyKey: key
		});
	const receive = (line: string, amount: number, key = crypto.randomUUID(), deal = dealId) =>
		receipts.recordReceipt(officer, {
			dealId: deal,
			scheduleLineId: line,
			amount,
			receivedOn: yesterday(),
			bankReference: `CMB-${key}`,
			documentId: null,
			idempotencyKey: key
		});
	beforeAll(async () => {
		database = await openTestDatabase();
		officer = asUser(database, demo.officer);
		member = asUser(database, demo.company);
		// Signed a year and a half ago: a 3.5 % royalty on net sales, quarterly, ¥50,000 minimum a year,
		// and a ¥1,000,000 milestone the distribution tests receive against.
		dealId = await signedIncomeDeal(database, '2025-01-01', {}, [
			{ description: '样机验收', amountFen: 100_000_000, dueOn: null, dueTrigger: '样机验收后 30 日内' }
		]);
	});
	afterAll(() => database.close());

	it('computes the royalty in the database and flags a stated royalty that differs', async () => {
		const first = await lineOf(database, dealId, 'royalty', 0);
		// 3.5 % of ¥123,456.78 is ¥4,320.98730: 432,098.73 fen, rounded half up to 432,099.
		const filed = await report(first, 12_345_678, 432_000);
		expect(filed).toMatchObject({ ok: true, computedRoyaltyFen: 432_099, mismatch: true });
		const exact = await report(await lineOf(database, dealId, 'royalty', 1), 1_000_000, 35_000);
		expect(exact).toMatchObject({ ok: true, computedRoyaltyFen: 35_000, mismatch: false });
		// Half a fen rounds up: 3.5 % of 10 fen is 0.35 fen → 0; of 100 fen 3.5 → 4.
		const half = await report(await lineOf(database, dealId, 'royalty', 2), 100, 4);
		expect(half).toMatchObject({ ok: true, computedRoyaltyFen: 4, mismatch: false });
		const listed = await reports.listReports(officer, dealId);
		expect(listed.map((row) => [row.periodStart, row.computedRoyaltyFen, row.mismatch])).toEqual([
			['2025-01-01', 432_099, true],
			['2025-04-01', 35_000, false],
			['2025-07-01', 4, false]
		]);
		// The schedule now asks for the computed royalties, and the minimum year for the shortfall.
		const lines = await schedules.listSchedule(officer, dealId, '2026-12-06');
		expect(lines.find((line) => line.kind === 'royalty')).toMatchObject({ dueFen: 432_099, reported: true });
		expect(lines.find((line) => line.kind === 'minimum_royalty')).toMatchObject({
			dueFen: 5_000_000 - 432_099 - 35_000 - 4
		});
	});

	it('refuses a period not ended, a second report of a period, a non-royalty line, and the wrong filer', async () => {
		const current = await lineOf(database, dealId, 'royalty', 7); // 2026-10-01 … 2026-12-31
		expect(await report(current, 1000, 35)).toEqual({ ok: false, reason: 'period_not_ended', field: 'scheduleLineId' });
		const first = await lineOf(database, dealId, 'royalty', 0);
		expect(await report(first, 1000, 35)).toEqual({ ok: false, reason: 'report_duplicate', field: 'scheduleLineId' });
		const upfront = await lineOf(database, dealId, 'upfront');
		expect(await report(upfront, 1000, 35)).toMatchObject({ ok: false, reason: 'line_refused' });
		const fourth = await lineOf(database, dealId, 'royalty', 3);
		expect(
			await reports.fileReport(officer, {
				dealId,
				scheduleLineId: fourth,
				sales: 1000,
				statedRoyalty: 35,
				documentId: null,
				idempotencyKey: crypto.randomUUID()
			})
		).toMatchObject({ ok: false, reason: 'not_allowed' });
		// A replayed post answers with the report it filed.
		const key = crypto.randomUUID();
		const once = await report(fourth, 2000, 70, key);
		expect(await report(fourth, 2000, 70, key)).toEqual(once);
		for (const sales of [-1, 10 ** 15])
			expect(
				await sqlState(
					member.query(sql`insert into public.royalty_reports (deal_id, schedule_line_id, sales_fen, stated_royalty_fen, idempotency_key)
						values (${dealId}, ${await lineOf(database, dealId, 'royalty', 4)}, ${sales}, 0, gen_random_uuid())`)
				)
			).toBe('23514');
	});

	it('takes partial receipts against a line, and refuses equity lines, unsigned and lost deals, and bad amounts', async () => {
		const upfront = await lineOf(database, dealId, 'upfront');
		expect(await receive(upfront, 4_000_000)).toMatchObject({ ok: true });
		const key = crypto.randomUUID();
		const second = await receive(upfront, 6_000_000, key);
		expect(await receive(upfront, 6_000_000, key)).toEqual(second);
		const [line] = (await schedules.listSchedule(officer, dealId, '2026-12-06')).filter((row) => row.id === upfront);
		expect(line).toMatchObject({ dueFen: 10_000_000, receivedFen: 10_000_000, outstandingFen: 0, overdue: false });
		// Not a positive amount, and (the line received in full) more than it still expects.
		for (const [amount, state] of [
			[-100, '23514'],
			[0, '23514'],
			[10 ** 15, 'ZQ310']
		] as const)
			expect(
				await sqlState(
					officer.query(sql`insert into public.receipts (deal_id, schedule_line_id, amount_fen, received_on, bank_reference, idempotency_key)
						values (${dealId}, ${upfront}, ${amount}, current_date - 1, 'x', gen_random_uuid())`)
				)
			).toBe(state);
		const tomorrow = new Date(Date.now() + 2 * 24 * 3600 * 1000).toISOString().slice(0, 10);
		expect(
			await receipts.recordReceipt(officer, {
				dealId,
				scheduleLineId: upfront,
				amount: 1,
				receivedOn: tomorrow,
				bankReference: 'x',
				documentId: null,
				idempotencyKey: crypto.randomUUID()
			})
		).toEqual({ ok: false, reason: 'future_date', field: 'receivedOn' });
		expect(await receive(upfront, 100, crypto.randomUUID())).toEqual({
			ok: false,
			reason: 'above_outstanding',
			field: 'amount',
			detail: '0'
		});
		// The company does not record receipts.
		expect(
			await receipts.recordReceipt(member, {
				dealId,
				scheduleLineId: upfront,
				amount: 100,
				receivedOn: yesterday(),
				bankReference: 'x',
				documentId: null,
				idempotencyKey: crypto.randomUUID()
			})
		).toMatchObject({ ok: false, reason: 'not_allowed' });

		const equityDeal = await signedIncomeDeal(database, '2026-01-01', { mode: 'equity', equityPercent: 5 });
		expect(await receive(await lineOf(database, equityDeal, 'equity'), 100, undefined, equityDeal)).toMatchObject({
			ok: false,
			reason: 'line_refused'
		});
		const lost = await signedIncomeDeal(database, '2026-01-01');
		const lostUpfront = await lineOf(database, lost, 'upfront');
		expect(await deals.moveDealToStage(officer, lost, 'closed_lost', '企业撤回')).toEqual({ ok: true });
		expect(await receive(lostUpfront, 100, undefined, lost)).toEqual({
			ok: false,
			reason: 'deal_not_signed',
			field: 'form'
		});
		// A deal not yet signed has no schedule line to receive against at all.
		const unsigned = await openIncomeDeal(database);
		expect(await receive(upfront, 100, undefined, unsigned)).toMatchObject({ ok: false, reason: 'not_allowed' });
	});

	it('distributes the net income exactly to the fen, once, by the policy in force at signing', async () => {
		const made = await receive(await lineOf(database, dealId, 'milestone'), 1_000_001);
		if (!made.ok) throw new Error(made.reason);
		const deduct = (amount: number, kind: 'patent_fees' | 'taxes' | 'other' = 'patent_fees', note = '') =>
			receipts.addDeduction(officer, { idempotencyKey: crypto.randomUUID(), receiptId: made.id, kind, amount, note });
		expect(await deduct(100_000)).toEqual({ ok: true });
		expect(await deduct(900_002, 'taxes')).toEqual({ ok: false, reason: 'deductions_exceed', field: 'amount' });
		expect(
			await sqlState(
				officer.query(sql`insert into public.receipt_deductions (receipt_id, kind, amount_fen, idempotency_key)
					values (${made.id}, 'other', 1, gen_random_uuid())`)
			)
		).toBe('23514');
		expect(await deduct(1, 'other', '银行手续费')).toEqual({ ok: true });
		const key = crypto.randomUUID();
		const approved = await distributions.approveDistribution(officer, made.id, key);
		expect(approved).toEqual({ ok: true, lines: 6 });
		expect(await distributions.approveDistribution(officer, made.id, key)).toEqual({ ok: true, lines: 0 });
		expect(await distributions.approveDistribution(officer, made.id, crypto.randomUUID())).toEqual({
			ok: true,
			lines: 0
		});
		const lines = (await distributions.listDistribution(officer, dealId)).filter((line) => line.receiptId === made.id);
		// Net ¥9,000.00 (900,000 fen) by version 2 (70 / 10 / 10 / 10); the inventors' 630,000 by 50 / 30 / 20.
		expect(lines.map((line) => [line.recipient, line.inventorName, line.amountFen, line.policyVersion])).toEqual([
			['inventor', '李明远', 315_000, 2],
			['inventor', '孙浩然', 189_000, 2],
			['inventor', '吴佳怡', 126_000, 2],
			['college', null, 90_000, 2],
			['university', null, 90_000, 2],
			['office', null, 90_000, 2]
		]);
		expect(lines.reduce((sum, line) => sum + line.amountFen, 0)).toBe(900_000);
		expect(lines[0].profileId).toBe(demo.researcher);
		// Approved: the deductions are final until a reversal.
		expect(await deduct(1)).toMatchObject({ ok: false, reason: 'distribution_approved' });
		const [first] = (await receipts.listReceipts(officer, dealId)).filter((row) => row.id === made.id);
		expect(await receipts.removeDeduction(officer, made.id, first.deductions[0].id)).toMatchObject({
			ok: false,
			reason: 'distribution_approved'
		});
		// Lines are append-only: no request role changes or deletes one, and not even the owner changes one.
		for (const statement of [
			sql`update public.distribution_lines set amount_fen = 0 where receipt_id = ${made.id}`,
			sql`delete from public.distribution_lines where receipt_id = ${made.id}`
		])
			expect(await sqlState(officer.query(statement))).toBe('42501');
		const change = sql`update public.distribution_lines set amount_fen = 0 where receipt_id = ${made.id}`;
		expect(await sqlState(database.query(change))).toBe('42501');
		expect(await sqlState(officer.query(sql`update public.receipts set amount_fen = 1 where id = ${made.id}`))).toBe(
			'42501'
		);
		expect(await sqlState(database.query(sql`update public.receipts set amount_fen = 1 where id = ${made.id}`))).toBe(
			'42501'
		);
	});

	it('approves a receipt once when two officers approve it at the same moment', async () => {
		const made = await receive(await lineOf(database, dealId, 'milestone'), 333_333);
		if (!made.ok) throw new Error(made.reason);
		const both = await Promise.all(
			[demo.officer, demo.officer].map((user) =>
				distributions.approveDistribution(asUser(database, user), made.id, crypto.randomUUID())
			)
		);
		expect(both.map((result) => (result.ok ? result.lines : -1)).sort()).toEqual([0, 6]);
		const lines = (await distributions.listDistribution(officer, dealId)).filter((line) => line.receiptId === made.id);
		expect(lines.reduce((sum, line) => sum + line.amountFen, 0)).toBe(333_333);
	});

	it('splits awkward amounts by the largest remainder, with no negative line', async () => {
		const milestone = await lineOf(database, dealId, 'milestone');
		for (const amount of [1, 7, 99, 1_000_003]) {
			const made = await receive(milestone, amount);
			if (!made.ok) throw new Error(made.reason);
			expect(await distributions.approveDistribution(officer, made.id, crypto.randomUUID())).toMatchObject({
				ok: true
			});
			const lines = (await distributions.listDistribution(officer, dealId)).filter(
				(line) => line.receiptId === made.id
			);
			expect(lines.reduce((sum, line) => sum + line.amountFen, 0)).toBe(amount);
			expect(lines.every((line) => line.amountFen >= 0)).toBe(true);
		}
	});

	it('reverses a distribution with negative copies, lets it be corrected, and pays a line once', async () => {
		const made = await receive(await lineOf(database, dealId, 'milestone'), 200_000);
		if (!made.ok) throw new Error(made.reason);
		expect(await distributions.reverseDistribution(officer, made.id, crypto.randomUUID())).toMatchObject({
			ok: false,
			reason: 'not_approved'
		});
		await distributions.approveDistribution(officer, made.id, crypto.randomUUID());
		const reversal = crypto.randomUUID();
		expect(await distributions.reverseDistribution(officer, made.id, reversal)).toEqual({ ok: true, lines: 6 });
		expect(await distributions.reverseDistribution(officer, made.id, reversal)).toEqual({ ok: true, lines: 0 });
		let lines = (await distributions.listDistribution(officer, dealId)).filter((line) => line.receiptId === made.id);
		expect(lines).toHaveLength(12);
		expect(lines.reduce((sum, line) => sum + line.amountFen, 0)).toBe(0);
		expect(lines.filter((line) => line.reversesId !== null).every((line) => line.amountFen <= 0)).toBe(true);
		// Corrected: a deduction typed wrongly is removed (a replayed removal is answered as done;
		// the company may not remove one), the right one added, then approved again.
		const wrong = { idempotencyKey: crypto.randomUUID(), receiptId: made.id, kind: 'taxes' as const, note: '' };
		expect(await receipts.addDeduction(officer, { ...wrong, amount: 30_000 })).toEqual({ ok: true });
		const [typed] = (await receipts.listReceipts(officer, dealId)).find((row) => row.id === made.id)!.deductions;
		expect(await receipts.removeDeduction(member, made.id, typed.id)).toMatchObject({
			ok: false,
			reason: 'not_allowed'
		});
		expect(await receipts.removeDeduction(officer, made.id, typed.id)).toEqual({ ok: true });
		expect(await receipts.removeDeduction(officer, made.id, typed.id)).toEqual({ ok: true });
		expect((await receipts.listReceipts(officer, dealId)).find((row) => row.id === made.id)!.deductions).toEqual([]);
		expect(
			await receipts.addDeduction(officer, {
				idempotencyKey: crypto.randomUUID(),
				receiptId: made.id,
				kind: 'agency_fees',
				amount: 20_000,
				note: ''
			})
		).toEqual({ ok: true });
		await distributions.approveDistribution(officer, made.id, crypto.randomUUID());
		lines = (await distributions.listDistribution(officer, dealId)).filter((line) => line.receiptId === made.id);
		const standing = lines.filter((line) => line.reversesId === null && !line.reversed);
		expect(standing.reduce((sum, line) => sum + line.amountFen, 0)).toBe(180_000);
		// Payouts: an inventor's standing line, once; never a reversed, negative or organisation line.
		const mine = standing.find((line) => line.profileId === demo.researcher)!;
		const pay = (lineId: number, paidOn = yesterday()) =>
			distributions.recordPayout(officer, { lineId, paidOn, reference: '工资发放 2026-11' });
		expect(await pay(mine.id)).toEqual({ ok: true });
		expect(await pay(mine.id)).toEqual({ ok: false, reason: 'payout_duplicate', field: 'form' });
		const reversed = lines.find((line) => line.reversed && line.recipient === 'inventor')!;
		expect(await pay(reversed.id)).toMatchObject({ ok: false, reason: 'payout_refused' });
		expect(await pay(standing.find((line) => line.recipient === 'office')!.id)).toMatchObject({
			ok: false,
			reason: 'payout_refused'
		});
		const other = standing.find((line) => line.recipient === 'inventor' && line.profileId === null)!;
		expect(await pay(other.id, '2199-01-01')).toEqual({ ok: false, reason: 'future_date', field: 'paidOn' });
		expect(
			await distributions.recordPayout(member, { lineId: other.id, paidOn: yesterday(), reference: 'x' })
		).toMatchObject({
			ok: false,
			reason: 'not_allowed'
		});
		// Paid out: the distribution can no longer be reversed; payouts are append-only.
		expect(await distributions.reverseDistribution(officer, made.id, crypto.randomUUID())).toMatchObject({
			ok: false,
			reason: 'distribution_paid'
		});
		expect(
			await sqlState(
				officer.query(sql`delete from public.distribution_payouts where distribution_line_id = ${mine.id}`)
			)
		).toBe('42501');
	});

	it('refuses to distribute when no policy was in force on the signing day', async () => {
		const early = await signedIncomeDeal(database, '2023-06-01');
		await asService(database).query(sql`update public.deals set signed_on = '2023-06-01' where id = ${early}`);
		const made = await receive(await lineOf(database, early, 'upfront'), 1000, undefined, early);
		if (!made.ok) throw new Error(made.reason);
		expect(await distributions.approveDistribution(officer, made.id, crypto.randomUUID())).toEqual({
			ok: false,
			reason: 'policy_missing',
			field: 'form'
		});
	});

	it('announces reports, receipts and distributions: in the deal room without amounts, to each inventor by name', async () => {
		const events = await database.query<{ topic: string; kind: string; payload: Record<string, unknown> }>(sql`
			select topic, kind, payload from public.realtime_events where kind in ('income', 'reward') order by id`);
		const room = events.filter((event) => event.topic === `deal:${dealId}`);
		expect(new Set(room.map((event) => Object.keys(event.payload)[0]))).toEqual(
			new Set(['report', 'receipt', 'distribution'])
		);
		expect(JSON.stringify(room)).not.toMatch(/fen|amount/);
		const rewards = events.filter((event) => event.kind === 'reward' && event.payload.deal === dealId);
		expect(new Set(rewards.map((event) => event.topic))).toEqual(new Set([`user:${demo.researcher}`]));
	});
});
