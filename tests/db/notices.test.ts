import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database, Executor } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as deals from '../../src/lib/server/deals.ts';
import * as dealPricing from '../../src/lib/server/deal-pricing.ts';
import * as interests from '../../src/lib/server/interests.ts';
import * as notices from '../../src/lib/server/notices.ts';
import * as objections from '../../src/lib/server/objections.ts';
import * as organizations from '../../src/lib/server/organizations.ts';
import type { Storage } from '../../src/lib/server/storage/port.ts';
import { asAnon, asService, asUser, demo, driver, openTestDatabase, sqlState } from './setup/database.ts';

// The public notice and objection rules of issue #19, as the database enforces them
// (supabase/migrations/20261206000100_public_notices.sql).
const listing = '00000000-0000-4000-8001-000000000001';
const companyUser = { id: demo.company, organizationId: '00000000-0000-4000-8000-000000000201' };
const otherCompanyUser = '00000000-0000-4000-8000-000000002102';
const objection = { name: '刘青', contact: '13800138000', grounds: '该专利的发明人署名有误，请核实。' };
// Signing records the contract's effective date (tests/db/closing.test.ts).
const effectiveOn = '2026-12-20';
const noStorage: Storage = {
	put: async () => {},
	get: async () => null,
	remove: async () => {}
};

describe(`public notices and objections on ${driver}`, () => {
	let database: Database;
	let officer: Executor;
	beforeAll(async () => {
		database = await openTestDatabase();
		officer = asUser(database, demo.officer);
	});
	afterAll(() => database.close());
	beforeEach(async () => {
		await asUser(database, demo.company).query(sql`
			update public.interests set status = 'withdrawn'
			where listing_id = ${listing} and company_id = ${companyUser.organizationId} and status in ('new', 'in_review')`);
	});

	async function dealAtTermSheet(): Promise<string> {
		const interest = await interests.expressInterest(asUser(database, demo.company), companyUser, listing, {
			idempotencyKey: crypto.randomUUID(),
			wantedMode: 'exclusive_license',
			fieldOfUse: '',
			territory: '',
			budgetMin: null,
			budgetMax: null,
			timeline: null,
			message: ''
		});
		if (!interest.ok) throw new Error('interest refused');
		const deal = await deals.openDeal(officer, interest.id, demo.officer);
		if (!deal.ok) throw new Error(deal.reason);
		for (const stage of ['nda', 'evaluation', 'negotiation', 'term_sheet'] as const)
			expect(await deals.moveDealToStage(officer, deal.id, stage, '')).toEqual({ ok: true });
		return deal.id;
	}
	const price = { upfrontFee: 50_000_000, royaltyPercent: 3 };
	async function setTerms(dealId: string, terms: { upfrontFee: number | null; royaltyPercent: number | null }) {
		return deals.updateTerms(officer, dealId, {
			mode: 'exclusive_license',
			fieldOfUse: '商用车',
			territory: '中国大陆',
			termMonths: 60,
			milestones: '',
			equityPercent: null,
			sublicenceSharePercent: null,
			royaltyBase: 'net_sales' as const,
			royaltyPeriod: 'quarter' as const,
			minimumAnnualRoyalty: null,
			...terms
		});
	}
	async function inNotice(): Promise<{ dealId: string; noticeId: string }> {
		const dealId = await dealAtTermSheet();
		await setTerms(dealId, price);
		expect(await deals.moveDealToStage(officer, dealId, 'public_notice', '')).toEqual({ ok: true });
		const [notice] = await notices.listDealNotices(asAnon(database), dealId);
		return { dealId, noticeId: notice.id };
	}
	async function object(noticeId: string, address: string = crypto.randomUUID()) {
		const form = { ...objection, idempotencyKey: crypto.randomUUID() };
		return objections.submitObjection(asAnon(database), noStorage, noticeId, form, address, null);
	}
	/** The notice's days have run: its end and the deal's move into the past (as the e2e test does). */
	async function endNotice(dealId: string) {
		await database.query(sql`alter table public.public_notices disable trigger public_notices_frozen`);
		await database.query(sql`update public.public_notices set starts_at = starts_at - interval '16 days',
			ends_at = ends_at - interval '16 days' where deal_id = ${dealId}`);
		await database.query(sql`alter table public.public_notices enable trigger public_notices_frozen`);
		await asService(database).query(
			sql`update public.deals set notice_ends_at = now() - interval '1 minute' where id = ${dealId}`
		);
	}

	it('refuses a notice without a price, and publishes a frozen copy of the terms in fen', async () => {
		const dealId = await dealAtTermSheet();
		expect(await deals.moveDealToStage(officer, dealId, 'public_notice', '')).toEqual({
			ok: false,
			reason: 'notice_needs_price'
		});
		expect(await notices.listDealNotices(officer, dealId)).toEqual([]);
		await setTerms(dealId, price);
		expect(await deals.moveDealToStage(officer, dealId, 'public_notice', '')).toEqual({ ok: true });
		const [notice] = await notices.listDealNotices(asAnon(database), dealId);
		expect(notice).toMatchObject({
			listingTitle: '动力电池快充液冷—相变耦合热管理系统',
			mode: 'exclusive_license',
			upfrontFeeFen: 50_000_000,
			royaltyPercent: '3.00',
			companyNameZh: expect.any(String),
			status: 'in_progress'
		});
		expect(notice.patents.length).toBeGreaterThan(0);
		expect(notice.inventors.length).toBeGreaterThan(0);
		const days = (notice.endsAt.getTime() - notice.startsAt.getTime()) / 86_400_000;
		expect(days).toBe(15);
		// Frozen: the terms cannot change during the notice, nor the notice itself, by anyone.
		expect(await setTerms(dealId, { upfrontFee: 1, royaltyPercent: null })).toEqual({
			ok: false,
			reason: 'notice_frozen'
		});
		expect(
			await sqlState(officer.query(sql`update public.public_notices set upfront_fee_fen = 1 where id = ${notice.id}`))
		).toBe('42501');
		expect(
			await sqlState(database.query(sql`update public.public_notices set upfront_fee_fen = 1 where id = ${notice.id}`))
		).toBe('42501');
		expect(
			await sqlState(
				officer.query(sql`insert into public.public_notices (deal_id, institution_id, listing_id, listing_title,
				company_name_zh, mode, upfront_fee_fen, ends_at) values (${dealId}, ${demo.university}, ${listing}, 'x', 'x',
				'option', 1, now() + interval '30 days')`)
			)
		).toBe('42501');
	});

	it('never runs a notice shorter than 15 days, and audits every change of the period', async () => {
		const admin = asUser(database, demo.admin);
		expect(
			await sqlState(
				admin.query(sql`update public.organizations set public_notice_days = 14 where id = ${demo.university}`)
			)
		).toBe('23514');
		expect(
			await sqlState(
				database.query(sql`insert into public.public_notices (deal_id, institution_id, listing_id, listing_title,
				company_name_zh, mode, upfront_fee_fen, ends_at)
				select id, institution_id, listing_id, 'x', 'x', 'option', 1, now() + interval '14 days' from public.deals limit 1`)
			)
		).toBe('23514');
		expect(await organizations.setPublicNoticeDays(admin, demo.university, 20)).toBe(true);
		const [audit] = await admin.query<{
			before: unknown;
			after: unknown;
		}>(sql`select before, after from public.audit_events
			where entity_id = ${demo.university} and after ? 'public_notice_days' order by id desc limit 1`);
		expect(audit).toEqual({ before: { public_notice_days: 15 }, after: { public_notice_days: 20 } });
		const { dealId } = await inNotice();
		const [notice] = await notices.listDealNotices(officer, dealId);
		expect((notice.endsAt.getTime() - notice.startsAt.getTime()) / 86_400_000).toBe(20);
		await organizations.setPublicNoticeDays(admin, demo.university, 15);
	});

	it('takes objections from anyone while it runs, with a reference, throttled per address', async () => {
		const { dealId, noticeId } = await inNotice();
		const sent = await object(noticeId, 'address-a');
		expect(sent).toMatchObject({ ok: true, reference: expect.stringMatching(/^YY\d{4}-\d{6}$/) });
		const signedIn = await objections.submitObjection(
			asUser(database, demo.researcher),
			noStorage,
			noticeId,
			{ ...objection, idempotencyKey: crypto.randomUUID() },
			'address-a',
			null
		);
		expect(signedIn.ok).toBe(true);
		for (let count = 2; count < 10; count++) expect((await object(noticeId, 'address-a')).ok).toBe(true);
		expect(await object(noticeId, 'address-a')).toEqual({ ok: false, reason: 'too_many' });
		expect((await object(noticeId, 'address-b')).ok).toBe(true);
		// Anonymous and non-officers read no objection in full; the public reads the summary only.
		expect(
			await asAnon(database)
				.query(sql`select 1 from public.notice_objections`)
				.catch(() => 'refused')
		).toBe('refused');
		expect(await objections.listObjections(asUser(database, demo.company), [noticeId])).toEqual([]);
		expect(await objections.listObjections(asUser(database, otherCompanyUser), [noticeId])).toEqual([]);
		expect(await objections.listObjections(officer, [noticeId])).toHaveLength(11);
		const summaries = await notices.listObjectionSummaries(asAnon(database), noticeId);
		expect(summaries).toHaveLength(11);
		expect(Object.keys(summaries[0]).sort()).toEqual(['createdAt', 'reference', 'resolution', 'resolvedAt', 'status']);
		expect((await notices.getNotice(asAnon(database), noticeId))!.status).toBe('objection_pending');
		// Grounds over 4,000 characters are refused by the database too.
		expect(
			await sqlState(
				asAnon(database)
					.query(sql`insert into public.notice_objections (notice_id, name, contact, grounds, address_hash)
				values (${noticeId}, 'x', 'x@y.z', ${'长'.repeat(4001)}, 'address-c')`)
			)
		).toBe('23514');
		// Signing waits for the objections, even after the period.
		await endNotice(dealId);
		expect(await deals.moveDealToStage(officer, dealId, 'signed', '', undefined, effectiveOn)).toEqual({
			ok: false,
			reason: 'objection_open'
		});
		expect(await object(noticeId)).toEqual({ ok: false, reason: 'closed' });
		for (const row of await objections.listObjections(officer, [noticeId])) {
			expect(await objections.resolveObjection(asUser(database, demo.company), row.id, dismissal)).toEqual({
				ok: false,
				reason: 'not_allowed'
			});
			expect((await objections.resolveObjection(officer, row.id, dismissal)).ok).toBe(true);
		}
		const [resolved] = await notices.listObjectionSummaries(asAnon(database), noticeId);
		expect(resolved).toMatchObject({ status: 'dismissed', resolution: dismissal.resolution });
		expect((await notices.getNotice(asAnon(database), noticeId))!.status).toBe('passed');
		expect(await deals.moveDealToStage(officer, dealId, 'signed', '', undefined, effectiveOn)).toEqual({ ok: true });
	});
	const dismissal = { status: 'dismissed' as const, resolution: '经核查，发明人署名与专利证书一致。' };

	it('announces on the public topic every notice started, objected to and withdrawn, readable signed out', async () => {
		const [{ last }] = await database.query<{ last: number }>(
			sql`select coalesce(max(id), 0)::int as last from public.realtime_events`
		);
		const { dealId, noticeId } = await inNotice();
		const sent = await object(noticeId);
		if (!sent.ok) throw new Error(sent.reason);
		const [row] = await objections.listObjections(officer, [noticeId]);
		await objections.resolveObjection(officer, row.id, { status: 'upheld', resolution: '异议成立。' });
		// Anyone, signed out too, may read the topic and replay its events (as a reconnecting page does).
		const [allowed] = await asAnon(database).query<{ ok: boolean }>(
			sql`select app.can_read_topic('notices:all') as ok`
		);
		expect(allowed.ok).toBe(true);
		const events = await asAnon(database).query<{ topic: string; payload: Record<string, string> }>(sql`
			select topic, payload from public.realtime_events where id > ${last} order by id`);
		// Signed out, the public topic is all one reads; the payload never names who objected or why.
		expect(events.every((event) => event.topic === 'notices:all')).toBe(true);
		const changes = events.map((event) => event.payload).sort((a, b) => a.change.localeCompare(b.change));
		expect(changes).toEqual(
			['objection', 'objection_resolved', 'started', 'withdrawn'].map((change) => ({ notice: noticeId, change }))
		);
		expect(JSON.stringify(events)).not.toContain(objection.grounds);
		expect(dealId).toBeTruthy();
	});

	it('tells the university officers of each objection at once, live, by reference only', async () => {
		const { dealId, noticeId } = await inNotice();
		const [{ last }] = await database.query<{ last: number }>(
			sql`select coalesce(max(id), 0)::int as last from public.realtime_events`
		);
		const sent = await object(noticeId);
		if (!sent.ok) throw new Error(sent.reason);
		const received = (user: string) =>
			asUser(database, user).query<{ deal_id: string; message: string }>(sql`
				select deal_id, message from public.notifications where kind = 'objection_received' and deal_id = ${dealId}`);
		// The officer reads where to go and which objection; who objected and why stay behind RLS.
		expect(await received(demo.officer)).toEqual([{ deal_id: dealId, message: sent.reference }]);
		expect(await received(demo.researcher)).toEqual([]);
		expect(await received(demo.company)).toEqual([]);
		// Live: the notification is published on the officer's own topic, as every notification is.
		const events = await database.query<{ topic: string }>(sql`
			select topic from public.realtime_events where id > ${last} and kind = 'notification'`);
		expect(events.map((event) => event.topic)).toContain(`user:${demo.officer}`);
		expect(events.map((event) => event.topic)).not.toContain(`user:${demo.company}`);
		// A refused objection (the notice has ended) notifies nobody.
		await endNotice(dealId);
		expect(await object(noticeId)).toEqual({ ok: false, reason: 'closed' });
		expect(await received(demo.officer)).toHaveLength(1);
	});

	it('resolves an objection once, with reasons; upheld withdraws the notice and reopens negotiation', async () => {
		const { dealId, noticeId } = await inNotice();
		expect(await object(noticeId)).toMatchObject({ ok: true });
		const [row] = await objections.listObjections(officer, [noticeId]);
		expect(
			await sqlState(
				officer.query(sql`update public.notice_objections set status = 'upheld', resolution = ' ' where id = ${row.id}`)
			)
		).toBe('23514');
		// An officer cannot move the deal back by hand.
		expect(await deals.moveDealToStage(officer, dealId, 'negotiation', '')).toEqual({
			ok: false,
			reason: 'illegal_move'
		});
		expect(
			await objections.resolveObjection(officer, row.id, { status: 'upheld', resolution: '署名确有遗漏。' })
		).toEqual({
			ok: true,
			dealId
		});
		expect(await objections.resolveObjection(officer, row.id, dismissal)).toEqual({
			ok: false,
			reason: 'already_resolved'
		});
		const deal = await deals.getDeal(officer, dealId);
		expect(deal).toMatchObject({ stage: 'negotiation', noticeEndsAt: null });
		expect((await notices.getNotice(asAnon(database), noticeId))!.status).toBe('withdrawn');
		expect(await object(noticeId)).toEqual({ ok: false, reason: 'closed' });
		// New terms, and the notice runs again in full.
		expect(await setTerms(dealId, { upfrontFee: 60_000_000, royaltyPercent: 3 })).toEqual({ ok: true });
		await deals.moveDealToStage(officer, dealId, 'term_sheet', '');
		expect(await deals.moveDealToStage(officer, dealId, 'public_notice', '')).toEqual({ ok: true });
		const [again, withdrawn] = await notices.listDealNotices(asAnon(database), dealId);
		expect(withdrawn.id).toBe(noticeId);
		expect(again).toMatchObject({ status: 'in_progress', upfrontFeeFen: 60_000_000 });
		expect((again.endsAt.getTime() - again.startsAt.getTime()) / 86_400_000).toBe(15);
		expect(await deals.moveDealToStage(officer, dealId, 'signed', '', undefined, effectiveOn)).toMatchObject({
			reason: 'notice_running'
		});
	});

	it('records the exchange and its reference instead of running a notice for exchange and auction prices', async () => {
		const dealId = await dealAtTermSheet();
		await setTerms(dealId, price);
		const exchange = { pricingMethod: 'auction' as const, exchangeName: null, exchangeReference: null };
		expect(await dealPricing.updatePricing(officer, dealId, exchange)).toEqual({ ok: true });
		expect(await deals.moveDealToStage(officer, dealId, 'public_notice', '')).toEqual({
			ok: false,
			reason: 'exchange_reference_required'
		});
		await dealPricing.updatePricing(officer, dealId, {
			...exchange,
			exchangeName: '重庆科技要素交易中心',
			exchangeReference: 'CQTE-2026-0815'
		});
		expect(await deals.moveDealToStage(officer, dealId, 'public_notice', '')).toEqual({ ok: true });
		expect(await notices.listDealNotices(officer, dealId)).toEqual([]);
		expect(await dealPricing.updatePricing(officer, dealId, { ...exchange, pricingMethod: 'negotiated' })).toEqual({
			ok: false,
			reason: 'not_allowed'
		});
		expect(await deals.moveDealToStage(officer, dealId, 'signed', '', undefined, effectiveOn)).toEqual({ ok: true });
	});

	it('withdraws the notice of a deal closed lost, and the demo holds one notice in progress and one passed', async () => {
		const { dealId, noticeId } = await inNotice();
		expect(await deals.moveDealToStage(officer, dealId, 'closed_lost', '企业放弃')).toEqual({ ok: true });
		expect((await notices.getNotice(asAnon(database), noticeId))!.status).toBe('withdrawn');
		const demoNotices = await asAnon(database).query<{ status: string }>(sql`
			select app.notice_status(n)::text as status from public.public_notices n
			where n.deal_id in ('00000000-0000-4000-8004-000000000003', '00000000-0000-4000-8004-000000000010')
			order by n.starts_at desc`);
		expect(demoNotices.map((row) => row.status)).toEqual(['in_progress', 'passed']);
		const { notices: listed } = await notices.listNotices(asAnon(database), { status: 'passed', page: 1 });
		expect(listed.map((notice) => notice.dealId)).toContain('00000000-0000-4000-8004-000000000010');
	});
});
