import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Executor } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as reports from '../../src/lib/server/royalty-reports.ts';
import * as receipts from '../../src/lib/server/receipts.ts';
import { asService, asUser, demo, driver, openTestDatabase, sqlState } from './setup/database.ts';
import { lineOf, signedIncomeDeal } from './setup/income.ts';

// The receipt checks (supabase/migrations/…_receipt_checks.sql): one receipt per bank reference
// and deal, never more than a line still expects, never dated before the deal began. Each is the
// database's, so it holds for a form posted twice without JavaScript as for any other writer.
const yesterday = () => new Date(Date.now() - 24 * 3600 * 1000).toISOString().slice(0, 10);

describe(`receipt checks on ${driver}`, () => {
	let database: Database;
	let officer: Executor;
	let dealId: string;
	const receive = (
		line: string,
		amount: number,
		options: { reference?: string; on?: string; key?: string; deal?: string } = {}
	) =>
		receipts.recordReceipt(officer, {
			dealId: options.deal ?? dealId,
			scheduleLineId: line,
			amount,
			receivedOn: options.on ?? yesterday(),
			bankReference: options.reference ?? `REF-${crypto.randomUUID()}`,
			documentId: null,
			idempotencyKey: options.key ?? crypto.randomUUID()
		});
	beforeAll(async () => {
		database = await openTestDatabase();
		officer = asUser(database, demo.officer);
		// In effect since 2025-01-01 (signed today): ¥100,000 upfront, 3.5 % quarterly royalties with
		// ¥50,000 a year at least, and a ¥300,000 milestone.
		dealId = await signedIncomeDeal(database, '2025-01-01', {}, [
			{ description: '样机验收', amountFen: 30_000_000, dueOn: null, dueTrigger: '样机验收后 30 日内' }
		]);
	});
	afterAll(() => database.close());

	it('takes a bank reference once per deal (trimmed, any case), and a replay of the same post still', async () => {
		const upfront = await lineOf(database, dealId, 'upfront');
		const key = crypto.randomUUID();
		const first = await receive(upfront, 1_000, { reference: 'ICBC 3100-0001', key });
		expect(first).toMatchObject({ ok: true });
		// Back, then 登记到账 again: the page rendered a new key, the reference is the same.
		for (const reference of ['ICBC 3100-0001', '  icbc 3100-0001 '])
			expect(await receive(upfront, 1_000, { reference })).toEqual({
				ok: false,
				reason: 'bank_reference_duplicate',
				field: 'bankReference'
			});
		expect(await receive(upfront, 1_000, { reference: 'ICBC 3100-0001', key })).toEqual(first);
		// Whatever path writes: a plain insert is refused too.
		expect(
			await sqlState(
				officer.query(sql`insert into public.receipts (deal_id, schedule_line_id, amount_fen, received_on, bank_reference, idempotency_key)
					values (${dealId}, ${upfront}, 1000, current_date - 1, 'ICBC 3100-0001 ', gen_random_uuid())`)
			)
		).toBe('23505');
		// Another deal's transfer may carry the same reference.
		const other = await signedIncomeDeal(database, '2025-01-01');
		expect(
			await receive(await lineOf(database, other, 'upfront'), 1_000, { reference: 'ICBC 3100-0001', deal: other })
		).toMatchObject({ ok: true });
		const [{ count }] = await asService(database).query<{ count: number }>(
			sql`select count(*)::int as count from public.receipts where deal_id = ${dealId}`
		);
		expect(count).toBe(1);
	});

	it('refuses more than a milestone still expects, naming what it does', async () => {
		const milestone = await lineOf(database, dealId, 'milestone');
		expect(await receive(milestone, 1_000_000_000)).toEqual({
			ok: false,
			reason: 'above_outstanding',
			field: 'amount',
			detail: '30000000'
		});
		expect(await receive(milestone, 10_000_000)).toMatchObject({ ok: true });
		expect(await receive(milestone, 20_000_001)).toMatchObject({ reason: 'above_outstanding', detail: '20000000' });
		expect(await receive(milestone, 20_000_000)).toMatchObject({ ok: true });
		expect(await receive(milestone, 1)).toMatchObject({ reason: 'above_outstanding', detail: '0' });
		expect(
			await sqlState(
				officer.query(sql`insert into public.receipts (deal_id, schedule_line_id, amount_fen, received_on, bank_reference, idempotency_key)
					values (${dealId}, ${milestone}, 1, current_date - 1, 'SQL-1', gen_random_uuid())`)
			)
		).toBe('ZQ310');
	});

	it('takes a royalty period’s money only once reported, up to its computed royalty; a minimum year its shortfall', async () => {
		const period = await lineOf(database, dealId, 'royalty', 0); // 2025-01-01 … 2025-03-31
		expect(await receive(period, 100)).toEqual({ ok: false, reason: 'royalty_not_reported', field: 'scheduleLineId' });
		const filed = await reports.fileReport(asUser(database, demo.company), {
			dealId,
			scheduleLineId: period,
			sales: 10_000_000,
			statedRoyalty: 350_000,
			documentId: null,
			idempotencyKey: crypto.randomUUID()
		});
		expect(filed).toMatchObject({ ok: true, computedRoyaltyFen: 350_000 });
		expect(await receive(period, 350_001)).toMatchObject({ reason: 'above_outstanding', detail: '350000' });
		expect(await receive(period, 350_000)).toMatchObject({ ok: true });
		// 2025's minimum of ¥50,000 less the ¥3,500 reported for its periods so far.
		const year = await lineOf(database, dealId, 'minimum_royalty', 0);
		expect(await receive(year, 4_650_001)).toMatchObject({ reason: 'above_outstanding', detail: '4650000' });
		expect(await receive(year, 4_650_000)).toMatchObject({ ok: true });
	});

	it('refuses a day before the earlier of the effective date and the signing day', async () => {
		const upfront = await lineOf(database, dealId, 'upfront');
		for (const on of ['1900-01-01', '2024-12-31'])
			expect(await receive(upfront, 100, { on })).toEqual({
				ok: false,
				reason: 'before_deal',
				field: 'receivedOn',
				detail: '2025-01-01'
			});
		expect(await receive(upfront, 100, { on: '2025-01-01' })).toMatchObject({ ok: true });
		// Signed before it took effect: money may come in from the signing day.
		const early = await signedIncomeDeal(database, '2025-03-01');
		await asService(database).query(sql`update public.deals set signed_on = '2025-02-01' where id = ${early}`);
		const earlyUpfront = await lineOf(database, early, 'upfront');
		expect(await receive(earlyUpfront, 100, { on: '2025-01-31', deal: early })).toMatchObject({
			reason: 'before_deal',
			detail: '2025-02-01'
		});
		expect(await receive(earlyUpfront, 100, { on: '2025-02-01', deal: early })).toMatchObject({ ok: true });
		expect(
			await sqlState(
				officer.query(sql`insert into public.receipts (deal_id, schedule_line_id, amount_fen, received_on, bank_reference, idempotency_key)
					values (${dealId}, ${upfront}, 1, '1900-01-01', 'SQL-2', gen_random_uuid())`)
			)
		).toBe('ZQ312');
	});

	it('seeds receipts that keep these rules, approvals before payouts, and a royalty period to report', async () => {
		const owner = database;
		const broken = await owner.query(sql`
			select r.id from public.receipts r join public.deals d on d.id = r.deal_id
			where r.received_on < least(d.effective_on, d.signed_on)
			   or r.distribution_approved_at < r.received_on::timestamp at time zone 'Asia/Shanghai'
			union all
			select l.id from public.payment_schedule_lines l join public.deals d on d.id = l.deal_id
			where (select sum(r.amount_fen) from public.receipts r where r.schedule_line_id = l.id)
			      > coalesce(app.schedule_line_due_fen(l, d.minimum_annual_royalty_fen), 0)`);
		expect(broken).toEqual([]);
		// No payout is dated before its distribution was approved.
		const early = await owner.query(sql`
			select p.distribution_line_id from public.distribution_payouts p
			join public.distribution_lines x on x.id = p.distribution_line_id
			join public.receipts r on r.id = x.receipt_id
			where (r.distribution_approved_at at time zone 'Asia/Shanghai')::date > p.paid_on
			   or (x.created_at at time zone 'Asia/Shanghai')::date > p.paid_on`);
		expect(early).toEqual([]);
		const demoDeal = '00000000-0000-4000-8004-000000000012';
		const [toFile] = await owner.query<{ id: string }>(sql`
			select l.id from public.payment_schedule_lines l
			where l.deal_id = ${demoDeal} and l.kind = 'royalty' and l.period_end < (now() at time zone 'Asia/Shanghai')::date
			  and not exists (select 1 from public.royalty_reports r where r.schedule_line_id = l.id)
			order by l.position limit 1`);
		expect(toFile).toBeDefined();
		expect(
			await reports.fileReport(asUser(database, demo.company), {
				dealId: demoDeal,
				scheduleLineId: toFile.id,
				sales: 100_000_000,
				statedRoyalty: 3_000_000,
				documentId: null,
				idempotencyKey: crypto.randomUUID()
			})
		).toMatchObject({ ok: true });
	});
});
