import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Executor } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as audit from '../../src/lib/server/audit.ts';
import * as deals from '../../src/lib/server/deals.ts';
import * as filings from '../../src/lib/server/deal-filings.ts';
import * as notices from '../../src/lib/server/notices.ts';
import * as objections from '../../src/lib/server/objections.ts';
import type { Storage } from '../../src/lib/server/storage/port.ts';
import type { CooperationMode } from '../../src/lib/vocabularies/listing.ts';
import { asAnon, asService, asUser, demo, driver, openTestDatabase, sqlState } from './setup/database.ts';

// The guards found by the browser walk of issue #19: objection forms sent once, settled filings
// final, a repeated decision on an objection, terms frozen during the notice, the notice gate's
// backward move, and the audit log's words for a waiver
// (supabase/migrations/20261207000100_closing_guards.sql, 20261207000200_deal_notice_gate_withdrawal.sql).
const inNotice = '00000000-0000-4000-8004-000000000003'; // the demo deal whose notice runs now
const signed = '00000000-0000-4000-8004-000000000004'; // signed; one filing done, one pending
const closedWon = '00000000-0000-4000-8004-000000000010'; // closed won after a waiver
const pdf = new TextEncoder().encode('%PDF-1.4\n%evidence\n');
const stored: string[] = [];
const removed: string[] = [];
const storage: Storage = {
	put: async (key) => void stored.push(key),
	get: async () => null,
	remove: async (key) => void removed.push(key)
};
const words = { name: '刘青', contact: '13800138000', grounds: '该专利的发明人署名有误，请核实。' };

describe(`closing guards on ${driver}`, () => {
	let database: Database;
	let officer: Executor;
	let noticeId: string;
	beforeAll(async () => {
		database = await openTestDatabase();
		officer = asUser(database, demo.officer);
		[{ id: noticeId }] = await notices.listDealNotices(asAnon(database), inNotice);
	});
	afterAll(() => database.close());

	const send = (key: string, grounds = words.grounds) =>
		objections.submitObjection(
			asAnon(database),
			storage,
			noticeId,
			{ ...words, grounds, idempotencyKey: key },
			crypto.randomUUID(),
			null
		);
	const rowsWithKey = async (key: string) =>
		(
			await asService(database).query<{ count: number }>(
				sql`select count(*)::int as count from public.notice_objections where idempotency_key = ${key}`
			)
		)[0].count;

	it('files an objection form once: a replay answers with the first reference and creates nothing', async () => {
		const key = crypto.randomUUID();
		const first = await send(key);
		expect(first).toMatchObject({ ok: true, replayed: false });
		const again = await send(key);
		expect(again).toEqual({ ok: true, replayed: true, reference: first.ok && first.reference });
		expect(await rowsWithKey(key)).toBe(1);
		// Other words under a used key file nothing either, and say which objection the key made.
		expect(await send(key, '另一条理由')).toEqual({
			ok: false,
			reason: 'key_reused',
			reference: first.ok && first.reference
		});
		expect(await rowsWithKey(key)).toBe(1);
		// The key is unique in the database, whoever inserts.
		const state = await sqlState(
			asAnon(database)
				.query(sql`insert into public.notice_objections (notice_id, idempotency_key, name, contact, grounds, address_hash)
				values (${noticeId}, ${key}, '甲', '13800138000', '理由', 'x')`)
		);
		expect(state).toBe('23505');
	});

	it('files one objection from identical forms sent at the same moment', async () => {
		const key = crypto.randomUUID();
		const results = await Promise.all(Array.from({ length: 4 }, () => send(key)));
		expect(results.every((result) => result.ok)).toBe(true);
		expect(new Set(results.map((result) => result.ok && result.reference)).size).toBe(1);
		expect(await rowsWithKey(key)).toBe(1);
	});

	it('answers a repeated decision by the same officer as done, and refuses a different one', async () => {
		const sent = await send(crypto.randomUUID());
		if (!sent.ok) throw new Error('objection refused');
		const [{ id }] = await asService(database).query<{ id: string }>(
			sql`select id from public.notice_objections where reference = ${sent.reference}`
		);
		const dismiss = { status: 'dismissed' as const, resolution: '署名与专利证书一致，异议不成立。' };
		// A double tap: both arrive, both answer that the objection is dismissed as asked.
		const [one, two] = await Promise.all([
			objections.resolveObjection(officer, id, dismiss),
			objections.resolveObjection(officer, id, dismiss)
		]);
		expect(one).toEqual({ ok: true, dealId: inNotice });
		expect(two).toEqual({ ok: true, dealId: inNotice });
		expect(await objections.resolveObjection(officer, id, dismiss)).toEqual({ ok: true, dealId: inNotice });
		expect(await objections.resolveObjection(officer, id, { ...dismiss, status: 'upheld' })).toEqual({
			ok: false,
			reason: 'already_resolved'
		});
		expect(await objections.resolveObjection(officer, id, { ...dismiss, resolution: '其他理由' })).toEqual({
			ok: false,
			reason: 'already_resolved'
		});
		const [deal] = await officer.query<{ stage: string }>(sql`select stage from public.deals where id = ${inNotice}`);
		expect(deal.stage).toBe('public_notice');
	});

	it('freezes every term while the notice runs, and says so', async () => {
		const deal = await deals.getDeal(officer, inNotice);
		if (!deal) throw new Error('demo deal missing');
		const result = await deals.updateTerms(officer, inNotice, {
			mode: deal.mode as CooperationMode | null,
			fieldOfUse: deal.fieldOfUse ?? '',
			territory: deal.territory ?? '',
			termMonths: deal.termMonths,
			upfrontFee: deal.upfrontFeeFen,
			royaltyPercent: deal.royaltyPercent === null ? null : Number(deal.royaltyPercent),
			milestones: '样机验收后支付第二期',
			equityPercent: deal.equityPercent === null ? null : Number(deal.equityPercent),
			sublicenceSharePercent: null,
			royaltyBase: deal.royaltyBase,
			royaltyPeriod: deal.royaltyPeriod,
			minimumAnnualRoyalty: deal.minimumAnnualRoyaltyFen
		});
		expect(result).toEqual({ ok: false, reason: 'notice_frozen' });
		for (const change of [
			sql`milestones = '样机验收后支付第二期'`,
			sql`sublicence_share_percent = 10`,
			sql`royalty_percent = 5`
		])
			expect(await sqlState(officer.query(sql`update public.deals set ${change} where id = ${inNotice}`))).toBe(
				'ZQ003'
			);
	});

	it('moves back from the notice only after its withdrawal, and only the stage', async () => {
		const back = sql`update public.deals set stage = 'negotiation' where id = ${inNotice}`;
		expect(await sqlState(officer.query(back))).toBe('ZQ003');
		// Withdrawn (as an upheld objection does): the stage alone may go back, nothing beside it.
		await asService(database).query(
			sql`update public.public_notices set withdrawn_at = now() where deal_id = ${inNotice} and withdrawn_at is null`
		);
		expect(
			await sqlState(
				officer.query(sql`update public.deals set stage = 'negotiation', next_action = '改价' where id = ${inNotice}`)
			)
		).toBe('ZQ003');
		await officer.query(back);
		const deal = await deals.getDeal(officer, inNotice);
		expect(deal).toMatchObject({ stage: 'negotiation', noticeEndsAt: null });
	});

	it('refuses a filing or an NDA dated after today, keeping neither the record nor its evidence', async () => {
		const pending = (await filings.listFilings(officer, signed)).find((filing) => filing.status === 'pending')!;
		const documents = async () =>
			(await officer.query(sql`select id from public.deal_documents where deal_id = ${signed}`)).length;
		const before = await documents();
		const result = await filings.recordFiling(officer, storage, {
			dealId: signed,
			filingId: pending.id,
			officerId: demo.officer,
			number: '2026500102000777',
			filedOn: '2199-12-31',
			fileName: '备案通知书.pdf',
			bytes: pdf
		});
		expect(result).toEqual({ ok: false, reason: 'future_date' });
		expect((await filings.listFilings(officer, signed)).find((filing) => filing.id === pending.id)?.status).toBe(
			'pending'
		);
		expect(await documents()).toBe(before);
		expect(
			await sqlState(
				asService(database).query(sql`
					insert into public.deal_ndas (deal_id, kind, signed_on, document_id)
					select ${inNotice}, 'offline', date '2199-12-31', id from public.deal_documents limit 1`)
			)
		).toBe('ZQ025');
	});

	it('keeps a settled filing final: no second record, no waiver, no new evidence kept', async () => {
		const list = await filings.listFilings(officer, signed);
		const done = list.find((filing) => filing.status === 'done')!;
		const pending = list.find((filing) => filing.status === 'pending')!;
		const documents = async () =>
			(await officer.query(sql`select id from public.deal_documents where deal_id = ${signed}`)).length;
		const record = (filingId: string) =>
			filings.recordFiling(officer, storage, {
				dealId: signed,
				filingId,
				officerId: demo.officer,
				number: '2026500102000999',
				filedOn: '2026-12-01',
				fileName: '备案通知书.pdf',
				bytes: pdf
			});
		expect(await filings.waiveFiling(officer, signed, done.id, '不需要')).toEqual({ ok: false, reason: 'settled' });
		expect(await record(done.id)).toEqual({ ok: false, reason: 'settled' });
		// Two records of the pending filing at once: one is recorded, the other told it is settled,
		// and only the first's evidence stays (its file too).
		const before = await documents();
		const storedBefore = stored.length;
		const results = await Promise.all([record(pending.id), record(pending.id)]);
		expect(results.filter((result) => result.ok)).toHaveLength(1);
		expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, reason: 'settled' }]);
		expect(await documents()).toBe(before + 1);
		expect(stored.length - storedBefore - removed.length).toBeLessThanOrEqual(1);
		// The database refuses it whoever asks, even with the same values; the owner may still change.
		for (const change of [sql`status = 'waived', waive_reason = '补'`, sql`filing_number = filing_number`])
			expect(
				await sqlState(officer.query(sql`update public.deal_filings set ${change} where id = ${pending.id}`))
			).toBe('ZQ024');
		await officer.query(sql`update public.deal_filings set owner_id = ${demo.officer} where id = ${pending.id}`);
	});

	it('names a waived filing in the audit log by its listing, for admins only', async () => {
		const { events } = await audit.listAuditEvents(asUser(database, demo.admin), 1);
		const waiver = events.find((event) => event.action === 'deal_filings.waive' && event.entityId === closedWon);
		const [listing] = await asAnon(database).query<{ title: string }>(
			sql`select l.title from public.listings l join public.public_notices n on n.listing_id = l.id
			    where n.deal_id = ${closedWon} limit 1`
		);
		expect(waiver).toMatchObject({ entityType: 'deals', entityLabel: listing.title });
		expect(waiver?.after).toMatchObject({ filing: 'technical_contract_registration', status: 'waived' });
		const [forOfficer] = await officer.query<{ label: string | null }>(
			sql`select app.audit_deal_label(${closedWon}) as label`
		);
		expect(forOfficer.label).toBeNull();
	});
});
