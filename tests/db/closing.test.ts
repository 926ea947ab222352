import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database, Executor } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as listingClosing from '../../src/lib/server/listing-closing.ts';
import * as deals from '../../src/lib/server/deals.ts';
import * as interests from '../../src/lib/server/interests.ts';
import * as nda from '../../src/lib/server/nda.ts';
import * as filings from '../../src/lib/server/deal-filings.ts';
import { requiredFilings } from '../../src/lib/rules/deal-filings.ts';
import { cooperationModes, type CooperationMode } from '../../src/lib/vocabularies/listing.ts';
import { asAnon, asService, asUser, demo, driver, openTestDatabase, sqlState } from './setup/database.ts';

// The closing rules of issue #19 that live in the database: the NDA gate, signing with an
// effective date, the filings checklist, close won only with every filing settled, the listing's state.
const listing = '00000000-0000-4000-8001-000000000001';
const university = demo.university;
const company = '00000000-0000-4000-8000-000000000201';
const companyUser = { id: demo.company, organizationId: company };

describe(`closing a deal on ${driver}`, () => {
	let database: Database;
	let officer: Executor;
	let member: Executor;
	let attachment: string;
	beforeAll(async () => {
		database = await openTestDatabase();
		officer = asUser(database, demo.officer);
		member = asUser(database, demo.company);
		attachment = crypto.randomUUID();
		await asService(database).query(sql`
			insert into public.listing_attachments (id, listing_id, kind, file_name, content_type, size_bytes, storage_key, confidential)
			values (${attachment}, ${listing}, 'document', '测试数据.pdf', 'application/pdf', 10, ${`test/${attachment}`}, true)`);
	});
	afterAll(() => database.close());
	beforeEach(async () => {
		// A company has one open interest per listing; the deals below stand alone.
		await member.query(sql`update public.interests set status = 'withdrawn'
			where listing_id = ${listing} and company_id = ${company} and status in ('new', 'in_review')`);
	});

	async function openDeal(mode: CooperationMode = 'exclusive_license'): Promise<string> {
		const interest = await interests.expressInterest(member, companyUser, listing, {
			idempotencyKey: crypto.randomUUID(),
			wantedMode: mode,
			fieldOfUse: '',
			territory: '',
			budgetMin: null,
			budgetMax: null,
			timeline: null,
			message: '想谈'
		});
		if (!interest.ok) throw new Error('interest refused');
		const deal = await deals.openDeal(officer, interest.id, demo.officer);
		if (!deal.ok) throw new Error(deal.reason);
		return deal.id;
	}
	const moveTo = (id: string, stage: string) =>
		officer.query(sql`update public.deals set stage = ${stage}::public.deal_stage where id = ${id}`);
	/** To the end of the public notice, its period run out (as if it started 16 days ago). */
	async function throughNotice(id: string): Promise<void> {
		for (const stage of ['nda', 'evaluation', 'negotiation', 'term_sheet']) await moveTo(id, stage);
		// The notice publishes the agreed price.
		await officer.query(sql`update public.deals set upfront_fee_fen = 50000000 where id = ${id}`);
		await moveTo(id, 'public_notice');
		await asService(database).query(
			sql`update public.deals set notice_ends_at = now() - interval '1 day' where id = ${id}`
		);
	}
	const seesConfidential = async (who: Executor) =>
		(await who.query(sql`select id from public.listing_attachments where id = ${attachment}`)).length === 1;
	async function currentTerms(): Promise<string> {
		const terms = await nda.getCurrentTerms(officer, demo.university);
		if (terms) return terms.id;
		await officer.query(sql`insert into public.nda_terms (institution_id, body_zh, body_en)
			values (${demo.university}, '保密条款', 'Confidentiality terms')`);
		return (await nda.getCurrentTerms(officer, demo.university))!.id;
	}

	// First: the NDAs recorded by later tests open the attachment to the demo company for good.
	it('opens confidential attachments to the company only once it accepts the current NDA terms', async () => {
		const id = await openDeal();
		const terms = await currentTerms();
		expect(await seesConfidential(member)).toBe(false);
		expect(await seesConfidential(asAnon(database))).toBe(false);
		expect(await nda.acceptTerms(member, id, terms)).toEqual({ ok: false, reason: 'not_open' });
		await moveTo(id, 'nda');
		expect(await nda.acceptTerms(asUser(database, demo.researcher), id, terms)).toEqual({
			ok: false,
			reason: 'not_allowed'
		});
		expect(await seesConfidential(member)).toBe(false);
		expect(await nda.acceptTerms(member, id, terms)).toEqual({ ok: true });
		expect(await seesConfidential(member)).toBe(true);
		expect(await nda.acceptTerms(member, id, terms)).toEqual({ ok: false, reason: 'already' });
		const record = await nda.getNdaRecord(member, id);
		expect(record).toMatchObject({ kind: 'accepted', version: expect.any(Number), recordedByName: expect.any(String) });
		const [event] = await member.query<{ kind: string; actor: string }>(
			sql`select kind, actor_id as actor from public.deal_events where deal_id = ${id} and kind = 'nda'`
		);
		expect(event).toEqual({ kind: 'nda', actor: demo.company });
		// Append-only: nobody takes an NDA back to close the gate again, or forges its version.
		expect(await sqlState(asService(database).query(sql`update public.deal_ndas set recorded_at = now()`))).toBe(
			'42501'
		);
	});

	it('refuses terms that a newer version replaced, and numbers versions per university', async () => {
		const id = await openDeal();
		const old = await currentTerms();
		await officer.query(sql`insert into public.nda_terms (institution_id, body_zh, body_en)
			values (${demo.university}, '新版保密条款', 'New terms')`);
		const [{ versions }] = await officer.query<{ versions: number[] }>(sql`
			select array_agg(version order by version) as versions from public.nda_terms where institution_id = ${demo.university}`);
		expect(versions).toEqual(versions.map((_, index) => index + 1));
		await moveTo(id, 'nda');
		expect(await nda.acceptTerms(member, id, old)).toEqual({ ok: false, reason: 'outdated' });
		expect(
			await sqlState(
				member.query(
					sql`insert into public.nda_terms (institution_id, body_zh, body_en) values (${demo.university}, 'x', 'x')`
				)
			)
		).toBe('42501');
	});

	it('lets only an officer record an NDA signed offline, with a document of the same deal', async () => {
		const id = await openDeal();
		await moveTo(id, 'nda');
		const document = crypto.randomUUID();
		await member.query(sql`insert into public.deal_documents (id, deal_id, uploaded_by, file_name, content_type, size_bytes, storage_key)
			values (${document}, ${id}, ${demo.company}, 'nda.pdf', 'application/pdf', 5, ${`deals/${document}`})`);
		const offline = (who: Executor, doc: string) =>
			who.query(
				sql`insert into public.deal_ndas (deal_id, kind, signed_on, document_id) values (${id}, 'offline', '2026-11-30', ${doc})`
			);
		expect(await sqlState(offline(member, document))).toBe('42501');
		expect(await sqlState(offline(officer, crypto.randomUUID()))).toBe('42501');
		await offline(officer, document);
		expect(await nda.getNdaRecord(officer, id)).toMatchObject({
			kind: 'offline',
			signedOn: '2026-11-30',
			documentName: 'nda.pdf'
		});
	});

	it('builds the filings every mode requires, as src/lib/rules/deal-filings.ts says', async () => {
		for (const mode of cooperationModes.values) {
			const rows = await database.query<{ kind: string; dueMonths: number; dueDays: number }>(sql`
				select kind, due_months as "dueMonths", due_days as "dueDays" from app.required_filings(${mode}::public.cooperation_mode)
				order by sort_order`);
			expect(rows, mode).toEqual(requiredFilings(mode));
		}
	});

	it('signs only with an effective date, then needs every filing done or waived to close won', async () => {
		const id = await openDeal();
		await throughNotice(id);
		expect(await deals.moveDealToStage(officer, id, 'signed', '', 'public_notice')).toEqual({
			ok: false,
			reason: 'signing_terms_missing'
		});
		expect(await deals.moveDealToStage(officer, id, 'signed', '', 'public_notice', '2026-01-15')).toEqual({ ok: true });
		expect(
			await sqlState(officer.query(sql`update public.deals set effective_on = '2026-02-01' where id = ${id}`))
		).toBe('ZQ003');
		const list = await filings.listFilings(member, id);
		expect(list.map((filing) => [filing.kind, filing.dueOn, filing.ownerId])).toEqual([
			['licence_recordal', '2026-04-15', demo.officer],
			['technical_contract_registration', '2026-02-14', demo.officer]
		]);
		expect(await deals.moveDealToStage(officer, id, 'closed_won', '已签约')).toEqual({
			ok: false,
			reason: 'filings_outstanding'
		});

		const [recordal, technical] = list;
		// Done needs a number, a date and evidence; a company member cannot touch a filing.
		expect(
			await sqlState(
				officer.query(sql`update public.deal_filings set status = 'done', filing_number = '2026-1'
			where id = ${recordal.id}`)
			)
		).toBe('23514');
		expect(
			await sqlState(officer.query(sql`update public.deal_filings set status = 'waived' where id = ${recordal.id}`))
		).toBe('23514');
		expect(
			await sqlState(
				officer.query(sql`update public.deal_filings set filing_number = ${'x'.repeat(5000)} where id = ${recordal.id}`)
			)
		).toBe('23514');
		expect(
			(
				await member.query(
					sql`update public.deal_filings set status = 'waived', waive_reason = 'x' where id = ${recordal.id} returning id`
				)
			).length
		).toBe(0);
		const evidence = crypto.randomUUID();
		await officer.query(sql`insert into public.deal_documents (id, deal_id, uploaded_by, file_name, content_type, size_bytes, storage_key)
			values (${evidence}, ${id}, ${demo.officer}, '备案通知书.pdf', 'application/pdf', 5, ${`deals/${evidence}`})`);
		await officer.query(sql`update public.deal_filings set status = 'done', filing_number = '2026990000123', filed_on = '2026-03-01',
			evidence_document_id = ${evidence} where id = ${recordal.id}`);
		expect(await filings.waiveFiling(officer, id, technical.id, '本合同不申请技术合同认定')).toEqual({ ok: true });
		const audit = await asService(database).query<{ after: { reason: string } }>(sql`
			select after from public.audit_events where action = 'deal_filings.waive' and entity_id = ${id}`);
		expect(audit.map((row) => row.after.reason)).toEqual(['本合同不申请技术合同认定']);

		expect(await deals.moveDealToStage(officer, id, 'closed_won', '已签约')).toEqual({ ok: true });
		const [after] = await asAnon(database).query<{ status: string }>(
			sql`select status from public.listings where id = ${listing}`
		);
		expect(after.status).toBe('licensed');
		// A licensed listing takes no new interest, and the closed deal's filings are frozen.
		await expect(openDeal()).rejects.toThrow('interest refused');
		expect(await filings.waiveFiling(officer, id, recordal.id, 'x')).toEqual({ ok: false, reason: 'not_editable' });
		const [closing] = await asAnon(database).query<{ mode: string }>(
			sql`select taken_by_mode::text as mode from app.listing_closing(${listing})`
		);
		expect(closing.mode).toBe('exclusive_license');
		await asService(database).query(sql`update public.listings set status = 'published' where id = ${listing}`);
	});

	it('marks a listing assigned away transferred, not licensed: public, off search, closed to interest', async () => {
		const id = await openDeal('assignment');
		await throughNotice(id);
		await deals.moveDealToStage(officer, id, 'signed', '', 'public_notice', '2026-01-15');
		const kinds = (await filings.listFilings(member, id)).map((filing) => filing.kind);
		expect(kinds).toEqual(['assignment_registration', 'technical_contract_registration']);
		await officer.query(
			sql`update public.deal_filings set status = 'waived', waive_reason = '演示' where deal_id = ${id}`
		);
		expect(await deals.moveDealToStage(officer, id, 'closed_won', '已签约')).toEqual({ ok: true });
		const [after] = await asAnon(database).query<{ status: string }>(
			sql`select status from public.listings where id = ${listing}`
		);
		expect(after.status).toBe('transferred');
		const offMarket = await listingClosing.listLicensedListings(asAnon(database));
		expect(offMarket.find((row) => row.id === listing)?.status).toBe('transferred');
		expect(offMarket.find((row) => row.id === '00000000-0000-4000-8001-000000000005')?.status).toBe('licensed');
		await expect(openDeal()).rejects.toThrow('interest refused');
		// No officer moves a listing to transferred by hand: only the closing does.
		await asService(database).query(sql`update public.listings set status = 'published' where id = ${listing}`);
		expect(
			await sqlState(officer.query(sql`update public.listings set status = 'transferred' where id = ${listing}`))
		).toBe('42501');
	});

	it('publishes new NDA terms by the university officers only, audited; an older acceptance keeps its version', async () => {
		const before = await nda.listTermsVersions(member, university);
		expect(await nda.publishTerms(member, university, { bodyZh: '条款', bodyEn: 'Terms' })).toEqual({
			ok: false,
			reason: 'not_allowed'
		});
		const published = await nda.publishTerms(officer, university, { bodyZh: '新条款', bodyEn: 'New terms' });
		expect(published).toEqual({ ok: true, version: before[0].version + 1 });
		const versions = await nda.listTermsVersions(member, university);
		expect(versions.map((version) => version.version)).toEqual([
			before[0].version + 1,
			...before.map((v) => v.version)
		]);
		expect(versions[0]).toMatchObject({ bodyZh: '新条款', bodyEn: 'New terms', publishedByName: expect.any(String) });
		const audit = await asService(database).query<{ actor_id: string; before: unknown; after: unknown }>(sql`
			select actor_id, before, after from public.audit_events where action = 'nda_terms.publish'
			and entity_id = ${university} order by id desc limit 1`);
		expect(audit).toEqual([
			{ actor_id: demo.officer, before: { version: before[0].version }, after: { version: before[0].version + 1 } }
		]);
		// The demo deal's company accepted version 1, and keeps it.
		expect((await nda.getNdaRecord(member, '00000000-0000-4000-8004-000000000001'))?.version).toBe(1);
		expect((await nda.getCurrentTerms(member, university))?.version).toBe(before[0].version + 1);
	});

	it('keeps a non-exclusive licence open and counts the licences granted', async () => {
		const id = await openDeal('non_exclusive_license');
		await throughNotice(id);
		await deals.moveDealToStage(officer, id, 'signed', '', 'public_notice', '2026-01-15');
		await officer.query(
			sql`update public.deal_filings set status = 'waived', waive_reason = '演示' where deal_id = ${id}`
		);
		expect(await deals.moveDealToStage(officer, id, 'closed_won', '已签约')).toEqual({ ok: true });
		const [closing] = await asAnon(database).query<{ granted: number }>(
			sql`select licences_granted as granted from app.listing_closing(${listing})`
		);
		expect(closing.granted).toBe(1);
		const [row] = await asAnon(database).query<{ status: string }>(
			sql`select status from public.listings where id = ${listing}`
		);
		expect(row.status).toBe('published');
	});

	it('tells the owner of an overdue filing once', async () => {
		const id = await openDeal();
		await throughNotice(id);
		await deals.moveDealToStage(officer, id, 'signed', '', 'public_notice', '2025-01-01');
		const count = () =>
			officer.query<{ n: number }>(sql`select count(*)::int as n from public.notifications
				where user_id = ${demo.officer} and kind = 'filing_overdue' and deal_id = ${id}`);
		expect((await count())[0].n).toBe(0);
		await filings.notifyOverdueFilings(member);
		await filings.notifyOverdueFilings(officer);
		expect((await count())[0].n).toBe(2);
		const [deal] = await deals
			.listDeals(officer, demo.officer, { overdue: undefined }, '2026-12-06')
			.then((rows) => rows.filter((row) => row.id === id));
		expect(deal.overdueFilings).toBe(2);
	});
});
