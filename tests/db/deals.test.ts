import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as deals from '../../src/lib/server/deals.ts';
import * as filings from '../../src/lib/server/deal-filings.ts';
import * as interests from '../../src/lib/server/interests.ts';
import * as messages from '../../src/lib/server/deal-messages.ts';
import * as organizations from '../../src/lib/server/organizations.ts';
import { canMoveDeal } from '../../src/lib/rules/deal-stages.ts';
import { dealStages } from '../../src/lib/vocabularies/deal.ts';
import { asService, asUser, demo, driver, openTestDatabase, sqlState } from './setup/database.ts';

const listing = '00000000-0000-4000-8001-000000000001';
const otherCompanyUser = '00000000-0000-4000-8000-000000002101';
const otherResearcher = '00000000-0000-4000-8000-000000002001';
const interestInput = (key = crypto.randomUUID()) => ({
	idempotencyKey: key,
	wantedMode: 'exclusive_license' as const,
	fieldOfUse: '新能源汽车',
	territory: '中国大陆',
	budgetMin: 100000,
	budgetMax: 500000,
	timeline: 'within_6_months' as const,
	message: '希望洽谈独占许可'
});
const companyUser = { id: demo.company, organizationId: '00000000-0000-4000-8000-000000000201' };

describe(`interests and deals on ${driver}`, () => {
	let database: Database;
	beforeAll(async () => {
		database = await openTestDatabase();
	});
	afterAll(() => database.close());
	// A company has one open interest per listing: each test, and each new deal, starts with none
	// open in `listing`.
	async function withdrawOpenInterests(): Promise<void> {
		await asUser(database, demo.company).query(sql`
			update public.interests set status = 'withdrawn'
			where listing_id = ${listing} and company_id = ${companyUser.organizationId} and status in ('new', 'in_review')`);
	}
	beforeEach(withdrawOpenInterests);

	async function openNewDeal(): Promise<string> {
		await withdrawOpenInterests();
		const interest = await interests.expressInterest(
			asUser(database, demo.company),
			companyUser,
			listing,
			interestInput()
		);
		if (!interest.ok) throw new Error('interest refused');
		const deal = await deals.openDeal(asUser(database, demo.officer), interest.id, demo.officer);
		if (!deal.ok) throw new Error(`deal refused: ${deal.reason}`);
		return deal.id;
	}

	/** A public notice publishes a price (supabase/migrations/20261206000100_public_notices.sql). */
	// Non-exclusive: a deal closed won here leaves the listing open to the next test's interest.
	async function setPrice(dealId: string): Promise<void> {
		const terms = {
			mode: 'non_exclusive_license' as const,
			fieldOfUse: '',
			territory: '',
			termMonths: null,
			upfrontFee: 500000
		};
		const rest = {
			royaltyPercent: null,
			milestones: '',
			equityPercent: null,
			sublicenceSharePercent: null,
			royaltyBase: 'net_sales' as const,
			royaltyPeriod: 'quarter' as const,
			minimumAnnualRoyalty: null
		};
		expect(await deals.updateTerms(asUser(database, demo.officer), dealId, { ...terms, ...rest })).toEqual({
			ok: true
		});
	}

	it('creates one interest per idempotency key, even under concurrent inserts', async () => {
		const key = crypto.randomUUID();
		const results = await Promise.all(
			Array.from({ length: 6 }, () =>
				interests.expressInterest(asUser(database, demo.company), companyUser, listing, interestInput(key))
			)
		);
		const ids = new Set(results.map((result) => (result.ok ? result.id : 'refused')));
		expect(ids.size).toBe(1);
		expect(results.filter((result) => result.ok && !result.replayed)).toHaveLength(1);
		const [{ count }] = await asService(database).query<{ count: number }>(
			sql`select count(*)::int as count from public.interests where idempotency_key = ${key}`
		);
		expect(count).toBe(1);
	});

	it('lets only companies express interest, and only in published listings', async () => {
		const researcher = { id: demo.researcher, organizationId: demo.college };
		expect(
			await interests.expressInterest(asUser(database, demo.researcher), researcher, listing, interestInput())
		).toEqual({ ok: false, reason: 'not_allowed' });
		const submitted = '00000000-0000-4000-8001-000000000069';
		const [row] = await asService(database).query<{ status: string }>(
			sql`select status from public.listings where id = ${submitted}`
		);
		expect(row.status).toBe('submitted');
		expect(
			await interests.expressInterest(asUser(database, demo.company), companyUser, submitted, interestInput())
		).toEqual({ ok: false, reason: 'not_allowed' });
	});

	it('shows an interest to its company, the listing researchers and the officers, and to nobody else', async () => {
		const created = await interests.expressInterest(
			asUser(database, demo.company),
			companyUser,
			listing,
			interestInput()
		);
		if (!created.ok) throw new Error('refused');
		for (const reader of [demo.company, demo.researcher, demo.officer]) {
			expect(await interests.getInterest(asUser(database, reader), created.id)).not.toBeNull();
		}
		for (const outsider of [otherCompanyUser, otherResearcher]) {
			expect(await interests.getInterest(asUser(database, outsider), created.id)).toBeNull();
		}
		expect(await interests.declineInterest(asUser(database, demo.company), created.id, 'price', '')).toEqual({
			ok: false,
			reason: 'not_allowed'
		});
		expect(
			await interests.declineInterest(asUser(database, demo.officer), created.id, 'price', '预算差距较大')
		).toEqual({ ok: true });
		expect((await interests.getInterest(asUser(database, demo.company), created.id))?.declineReason).toBe('price');
		expect(await interests.withdrawInterest(asUser(database, demo.company), created.id)).toEqual({
			ok: false,
			reason: 'not_allowed'
		});
	});

	it('posts one message per idempotency key however often an outbox replays it, even concurrently', async () => {
		const dealId = await openNewDeal();
		const message = { idempotencyKey: crypto.randomUUID(), body: '离线时写的消息' };
		const results = await Promise.all(
			[1, 2, 3].map(() => messages.postMessage(asUser(database, demo.company), demo.company, dealId, message))
		);
		results.push(await messages.postMessage(asUser(database, demo.company), demo.company, dealId, message));
		expect(results.filter((result) => result.ok && !result.replayed)).toHaveLength(1);
		expect(results.every((result) => result.ok)).toBe(true);
		const timeline = await messages.listTimeline(asUser(database, demo.company), dealId);
		expect(timeline.filter((entry) => entry.type === 'message')).toHaveLength(1);
		// One live event too: the other participants are not told about the message three times.
		const events = await asService(database).query<{ count: number }>(sql`
			select count(*)::int as count from public.realtime_events where topic = ${`deal:${dealId}`} and kind = 'message'`);
		expect(events).toEqual([{ count: 1 }]);
		// The key is the author's: another participant's message with the same key is its own.
		expect(await messages.postMessage(asUser(database, demo.officer), demo.officer, dealId, message)).toEqual({
			ok: true,
			replayed: false
		});
	});

	it('refuses an idempotency key sent again for another listing or deal, and stores nothing for it', async () => {
		const key = crypto.randomUUID();
		const company = asUser(database, demo.company);
		const first = await interests.expressInterest(company, companyUser, listing, interestInput(key));
		expect(first).toMatchObject({ ok: true, replayed: false });
		const otherListing = '00000000-0000-4000-8001-000000000002';
		expect(await interests.expressInterest(company, companyUser, otherListing, interestInput(key))).toEqual({
			ok: false,
			reason: 'key_reused'
		});
		const stored = await asService(database).query<{ listingId: string }>(
			sql`select listing_id as "listingId" from public.interests where idempotency_key = ${key}`
		);
		expect(stored).toEqual([{ listingId: listing }]);

		const [firstDeal, secondDeal] = [await openNewDeal(), await openNewDeal()];
		const message = { idempotencyKey: crypto.randomUUID(), body: '同一个键' };
		expect(await messages.postMessage(company, demo.company, firstDeal, message)).toEqual({
			ok: true,
			replayed: false
		});
		expect(await messages.postMessage(company, demo.company, secondDeal, message)).toEqual({
			ok: false,
			reason: 'key_reused'
		});
		const posted = await asService(database).query<{ dealId: string }>(
			sql`select deal_id as "dealId" from public.deal_messages where idempotency_key = ${message.idempotencyKey}`
		);
		expect(posted).toEqual([{ dealId: firstDeal }]);
	});

	it('hides a deal, its messages, events, documents and topic from non-participants', async () => {
		const dealId = await openNewDeal();
		await messages.postMessage(asUser(database, demo.company), demo.company, dealId, {
			idempotencyKey: crypto.randomUUID(),
			body: '您好'
		});
		await asUser(database, demo.researcher).query(sql`
			insert into public.deal_documents (deal_id, uploaded_by, file_name, content_type, size_bytes, storage_key)
			values (${dealId}, ${demo.researcher}, 'test-report.pdf', 'application/pdf', 1024, ${`deals/${dealId}/report`})`);
		for (const participant of [demo.company, demo.officer]) {
			expect(
				await asUser(database, participant).query(
					sql`select file_name from public.deal_documents where deal_id = ${dealId}`
				)
			).toEqual([{ file_name: 'test-report.pdf' }]);
		}
		expect(
			await sqlState(
				asUser(database, otherCompanyUser).query(sql`
			insert into public.deal_documents (deal_id, uploaded_by, file_name, content_type, size_bytes, storage_key)
			values (${dealId}, ${otherCompanyUser}, 'x.pdf', 'application/pdf', 1, ${`deals/${dealId}/x`})`)
			)
		).toBe('42501');
		for (const participant of [demo.company, demo.researcher, demo.officer]) {
			expect(await deals.getDeal(asUser(database, participant), dealId)).not.toBeNull();
			const timeline = await messages.listTimeline(asUser(database, participant), dealId);
			expect(timeline.map((entry) => (entry.type === 'event' ? entry.kind : entry.type))).toEqual([
				'interest',
				'created',
				'message',
				'document'
			]);
			// The company's interest opens the room, read from the interest itself.
			expect(timeline[0]).toMatchObject({ type: 'interest', body: '希望洽谈独占许可', mode: 'exclusive_license' });
		}
		for (const outsider of [otherCompanyUser, otherResearcher]) {
			const as = asUser(database, outsider);
			expect(await deals.getDeal(as, dealId)).toBeNull();
			expect(await messages.listTimeline(as, dealId)).toEqual([]);
			expect(await as.query(sql`select id from public.deal_documents where deal_id = ${dealId}`)).toEqual([]);
			expect(await as.query(sql`select id from public.realtime_events where topic = ${`deal:${dealId}`}`)).toEqual([]);
			expect(await as.query(sql`select app.can_read_topic(${`deal:${dealId}`}) as allowed`)).toEqual([
				{ allowed: false }
			]);
			expect(
				await messages.postMessage(as, outsider, dealId, { idempotencyKey: crypto.randomUUID(), body: 'hi' })
			).toEqual({ ok: false, reason: 'not_allowed' });
		}
		expect(
			await asUser(database, demo.company).query(sql`select app.can_read_topic(${`deal:${dealId}`}) as allowed`)
		).toEqual([{ allowed: true }]);
	});

	it('keeps deal events append-only for everyone', async () => {
		const dealId = await openNewDeal();
		for (const participant of [demo.officer, demo.company]) {
			const as = asUser(database, participant);
			expect(
				await sqlState(as.query(sql`update public.deal_events set kind = 'terms' where deal_id = ${dealId}`))
			).toBe('42501');
			expect(await sqlState(as.query(sql`delete from public.deal_events where deal_id = ${dealId}`))).toBe('42501');
			expect(
				await sqlState(as.query(sql`insert into public.deal_events (deal_id, kind) values (${dealId}, 'stage')`))
			).toBe('42501');
		}
		expect(
			await sqlState(
				asService(database).query(sql`update public.deal_events set kind = 'terms' where deal_id = ${dealId}`)
			)
		).toBe('42501');
	});

	it('allows only legal stage moves, by officers, and records each with its terms', async () => {
		const dealId = await openNewDeal();
		const officer = asUser(database, demo.officer);
		expect(await deals.moveDealToStage(officer, dealId, 'evaluation', '')).toEqual({
			ok: false,
			reason: 'illegal_move'
		});
		expect(await deals.moveDealToStage(asUser(database, demo.company), dealId, 'nda', '')).toEqual({
			ok: false,
			reason: 'not_allowed'
		});
		expect(await deals.moveDealToStage(officer, dealId, 'nda', '')).toEqual({ ok: true });
		expect(await deals.moveDealToStage(officer, dealId, 'closed_won', '')).toEqual({
			ok: false,
			reason: 'illegal_move'
		});
		const terms = {
			mode: 'exclusive_license' as const,
			fieldOfUse: '',
			territory: '',
			termMonths: 60,
			upfrontFee: 300000,
			royaltyPercent: 3.5,
			milestones: '',
			equityPercent: null,
			sublicenceSharePercent: 20,
			royaltyBase: 'net_sales' as const,
			royaltyPeriod: 'quarter' as const,
			minimumAnnualRoyalty: null
		};
		expect(await deals.updateTerms(officer, dealId, terms)).toEqual({ ok: true });
		expect(await sqlState(officer.query(sql`update public.deals set royalty_percent = 101 where id = ${dealId}`))).toBe(
			'23514'
		);
		const events = await officer.query<{ kind: string; after: Record<string, unknown> }>(
			sql`select kind, after from public.deal_events where deal_id = ${dealId} order by id`
		);
		expect(events.map((event) => event.kind)).toEqual(['created', 'stage', 'terms']);
		expect(events[2].after).toMatchObject({ royalty_percent: 3.5, upfront_fee_fen: 300000, term_months: 60 });
	});

	it('tells the second of two identical moves that the deal moved already, and moves it once', async () => {
		const dealId = await openNewDeal();
		const officer = asUser(database, demo.officer);
		const moves = await Promise.all(
			[0, 1].map(() => deals.moveDealToStage(asUser(database, demo.officer), dealId, 'nda', '', 'inquiry'))
		);
		expect(moves).toContainEqual({ ok: true });
		expect(moves).toContainEqual({ ok: false, reason: 'already_moved' });
		const stages = await officer.query(
			sql`select 1 from public.deal_events where deal_id = ${dealId} and kind = 'stage'`
		);
		expect(stages).toHaveLength(1);
	});

	it('lists the demo deal’s timeline in the order it was written, though all of it shares one time', async () => {
		const entries = await messages.listTimeline(asUser(database, demo.officer), '00000000-0000-4000-8004-000000000002');
		expect(entries.map((entry) => (entry.type === 'event' ? entry.kind : entry.type))).toEqual([
			'interest',
			'created',
			'next_action',
			// The demo deal then moved to the NDA stage, where its company has not accepted yet.
			'stage'
		]);
	});

	it('cannot be signed before the public notice ends', async () => {
		const dealId = await openNewDeal();
		const officer = asUser(database, demo.officer);
		for (const stage of ['nda', 'evaluation', 'negotiation', 'term_sheet'] as const) {
			expect(await deals.moveDealToStage(officer, dealId, stage, '')).toEqual({ ok: true });
		}
		await setPrice(dealId);
		expect(await deals.moveDealToStage(officer, dealId, 'public_notice', '')).toEqual({ ok: true });
		const deal = await deals.getDeal(officer, dealId);
		const days = (deal!.noticeEndsAt!.getTime() - Date.now()) / 86_400_000;
		expect(days).toBeGreaterThan(14.9);
		expect(days).toBeLessThanOrEqual(15);
		expect(await deals.moveDealToStage(officer, dealId, 'signed', '')).toMatchObject({
			ok: false,
			reason: 'notice_running'
		});
		expect(
			await sqlState(officer.query(sql`update public.deals set notice_ends_at = now() where id = ${dealId}`))
		).toBe('42501');
		// Time travel: the notice period is over.
		await asService(database).query(
			sql`update public.deals set notice_ends_at = now() - interval '1 minute' where id = ${dealId}`
		);
		expect(await deals.moveDealToStage(officer, dealId, 'signed', '', undefined, '2026-12-01')).toEqual({ ok: true });
		// Closing won needs the filings settled (tests/db/closing.test.ts); here they are waived.
		for (const { id } of await officer.query<{ id: string }>(
			sql`select id from public.deal_filings where deal_id = ${dealId}`
		))
			expect(await filings.waiveFiling(officer, dealId, id, '测试：不办理')).toEqual({ ok: true });
		expect(await deals.moveDealToStage(officer, dealId, 'closed_won', '')).toEqual({
			ok: false,
			reason: 'reason_required'
		});
		expect(await deals.moveDealToStage(officer, dealId, 'closed_won', '合同已签署并备案')).toEqual({ ok: true });
		expect(
			await deals.updatePlan(officer, dealId, { officerId: demo.officer, nextAction: 'x', nextActionOn: null })
		).toEqual({ ok: false, reason: 'not_allowed' });
		// The exclusive licence closed won took the listing off the market; the next tests need it open.
		await asService(database).query(sql`update public.listings set status = 'published' where id = ${listing}`);
	});

	it('uses the notice period the admin set for the institution', async () => {
		expect(await organizations.setPublicNoticeDays(asUser(database, demo.officer), demo.university, 30)).toBe(false);
		expect(await organizations.setPublicNoticeDays(asUser(database, demo.admin), demo.university, 30)).toBe(true);
		const dealId = await openNewDeal();
		const officer = asUser(database, demo.officer);
		for (const stage of ['nda', 'evaluation', 'negotiation', 'term_sheet'] as const)
			await deals.moveDealToStage(officer, dealId, stage, '');
		await setPrice(dealId);
		await deals.moveDealToStage(officer, dealId, 'public_notice', '');
		const days = ((await deals.getDeal(officer, dealId))!.noticeEndsAt!.getTime() - Date.now()) / 86_400_000;
		expect(days).toBeGreaterThan(29.9);
		expect(days).toBeLessThanOrEqual(30);
		await organizations.setPublicNoticeDays(asUser(database, demo.admin), demo.university, 15);
	});

	it('agrees with the domain module on every stage move', async () => {
		const rows = await asService(database).query<{ from_stage: string; to_stage: string; allowed: boolean }>(sql`
			select f::text as from_stage, t::text as to_stage, app.deal_stage_move_allowed(f, t) as allowed
			from unnest(enum_range(null::public.deal_stage)) f, unnest(enum_range(null::public.deal_stage)) t where f <> t`);
		expect(rows).toHaveLength(dealStages.values.length * (dealStages.values.length - 1));
		for (const row of rows) {
			expect([row.from_stage, row.to_stage, row.allowed]).toEqual([
				row.from_stage,
				row.to_stage,
				canMoveDeal(row.from_stage as never, row.to_stage as never)
			]);
		}
	});
});
