import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Executor } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as licenceTemplates from '../../src/lib/server/licence-templates.ts';
import * as expressListings from '../../src/lib/server/express-listings.ts';
import { auditActions } from '../../src/lib/vocabularies/activity.ts';
import * as audit from '../../src/lib/server/audit.ts';
import * as deals from '../../src/lib/server/deals.ts';
import * as openLicences from '../../src/lib/server/open-licences.ts';
import type { TemplateTerms } from '../../src/lib/schemas/licence-templates.ts';
import { asAnon, asService, asUser, demo, driver, openTestDatabase, sqlState } from './setup/database.ts';

// Express licences (supabase/migrations/20261208002000_express_licences.sql) on the seed's
// 初创企业标准许可 template (versions 1 and 2, listings 49 and 57 marked, one deal from version 2).
const seededTemplate = '00000000-0000-4000-8021-000000000001';
const listing = (n: number) => `00000000-0000-4000-8001-${String(n).padStart(12, '0')}`;
const riceFish = listing(49);
const otherCompanyMember = '00000000-0000-4000-8000-000000002103';
/** The seeded template's latest version, the one its listings offer. */
const seededVersion = '00000000-0000-4000-8021-400000000002';

/** Accepts the seeded template's latest version unless another is named. */
const accept = (db: Executor, listingId: string, key: string, shownVersion = seededVersion) =>
	expressListings.acceptExpressLicence(db, listingId, key, shownVersion);

const startup: TemplateTerms = {
	mode: 'non_exclusive_license',
	upfrontFee: 0,
	royaltyPercent: 2,
	royaltyBase: 'net_sales',
	royaltyPeriod: 'quarter',
	equityPercent: 5,
	fieldOfUse: '',
	territory: '中国大陆',
	termMonths: 120,
	summary: '初创企业：无首付，2% 提成，5% 股权。'
};

describe(`express licences on ${driver}`, () => {
	let database: Database;
	beforeAll(async () => {
		database = await openTestDatabase();
	});
	afterAll(() => database.close());
	const officer = () => asUser(database, demo.officer);
	const company = () => asUser(database, demo.company);

	it('lists the seeded template with its versions, uses and listings; anyone reads a listing’s offer', async () => {
		const [template] = await licenceTemplates.listTemplates(officer(), demo.university);
		expect(template).toMatchObject({ id: seededTemplate, name: '初创企业标准许可', listings: 2 });
		expect(template.versions.map((version) => [version.version, version.uses])).toEqual([
			[2, 1],
			[1, 0]
		]);
		const offer = await expressListings.getExpressOffer(asAnon(database), riceFish);
		expect(offer?.terms).toMatchObject({ version: 2, upfrontFeeFen: 0, royaltyPercent: '2.00', equityPercent: '5.00' });
		expect(await expressListings.getExpressOffer(asAnon(database), listing(50))).toBeNull();
	});

	it('lets only the university’s officers create templates and publish versions, once per form, audited', async () => {
		const creationKey = crypto.randomUUID();
		const input = { ...startup, name: '大学生创业许可', creationKey };
		const made = await licenceTemplates.createTemplate(officer(), demo.university, input);
		expect(made.ok).toBe(true);
		expect(await licenceTemplates.createTemplate(officer(), demo.university, input)).toEqual(made);
		const id = made.ok ? made.value : '';
		expect((await licenceTemplates.getTemplate(officer(), demo.university, id))?.versions).toHaveLength(1);
		for (const someone of [demo.researcher, demo.company])
			expect(
				await licenceTemplates.createTemplate(asUser(database, someone), demo.university, {
					...input,
					creationKey: crypto.randomUUID()
				})
			).toEqual({ ok: false, reason: 'not_allowed' });

		const next = { ...startup, royaltyPercent: 1.5, version: 2, creationKey: crypto.randomUUID() };
		expect(await licenceTemplates.publishVersion(asUser(database, demo.company), id, next)).toEqual({
			ok: false,
			reason: 'not_allowed'
		});
		expect(await licenceTemplates.publishVersion(officer(), id, next)).toEqual({ ok: true, value: 2 });
		expect(await licenceTemplates.publishVersion(officer(), id, next)).toEqual({ ok: true, value: 2 });
		// A form opened before version 2 was published.
		expect(await licenceTemplates.publishVersion(officer(), id, { ...next, creationKey: crypto.randomUUID() })).toEqual(
			{ ok: false, reason: 'stale' }
		);
		const audit = await asService(database).query<{ action: string; actor: string }>(sql`
			select action, actor_id as actor from public.audit_events where entity_id = ${id} order by id`);
		expect(audit).toEqual([
			{ action: 'licence_templates.create', actor: demo.officer },
			{ action: 'licence_template_versions.publish', actor: demo.officer },
			{ action: 'licence_template_versions.publish', actor: demo.officer }
		]);
	});

	it('never changes or deletes a published version, not even from the owner’s side', async () => {
		const change = sql`update public.licence_template_versions set royalty_percent = 9 where template_id = ${seededTemplate}`;
		const remove = sql`delete from public.licence_template_versions where template_id = ${seededTemplate}`;
		expect(await sqlState(officer().query(change))).toBe('42501');
		expect(await sqlState(asService(database).query(change))).toBe('ZQ330');
		expect(await sqlState(asService(database).query(remove))).toBe('ZQ330');
		expect(await sqlState(asService(database).query(sql`update public.licence_templates set name = '改'`))).toBe(
			'ZQ330'
		);
	});

	it('lets only the university’s officers mark published listings express, and audits it', async () => {
		for (const someone of [demo.researcher, demo.company])
			expect(await expressListings.markListing(asUser(database, someone), listing(51), seededTemplate)).toBe(false);
		expect(await expressListings.markListing(officer(), listing(51), seededTemplate)).toBe(true);
		expect(await expressListings.unmarkListing(company(), listing(51))).toBe(false);
		expect(await expressListings.unmarkListing(officer(), listing(51))).toBe(true);
		const actions = await asService(database).query<{ action: string }>(sql`select action from public.audit_events
			where entity_id = ${listing(51)} and action like 'express_listings.%' order by id`);
		expect(actions.map((row) => row.action)).toEqual(['express_listings.mark', 'express_listings.unmark']);
		// The demo researcher's draft is not published: it cannot be offered.
		const [draft] = await asService(database).query<{ id: string }>(
			sql`select id from public.listings where status <> 'published' order by id limit 1`
		);
		expect(await expressListings.markListing(officer(), draft.id, seededTemplate)).toBe(false);
	});

	it('refuses an acceptance by anyone but a company, and on a listing not published or not express', async () => {
		const key = () => crypto.randomUUID();
		for (const someone of [demo.researcher, demo.officer, demo.admin])
			expect(await accept(asUser(database, someone), riceFish, key())).toEqual({
				ok: false,
				reason: 'not_allowed'
			});
		expect(
			await sqlState(
				asAnon(database).query(sql`select app.accept_express_licence(${riceFish}, ${key()}, ${seededVersion})`)
			)
		).toBe('42501');
		expect(await accept(company(), listing(50), key())).toEqual({
			ok: false,
			reason: 'not_offered'
		});
		// Marked, then archived by the office: no longer offered.
		expect(await expressListings.markListing(officer(), listing(52), seededTemplate)).toBe(true);
		await officer().query(sql`update public.listings set status = 'archived' where id = ${listing(52)}`);
		expect(await accept(company(), listing(52), key())).toEqual({
			ok: false,
			reason: 'not_offered'
		});
	});

	it('opens one deal at term_sheet with the template’s terms, however often the acceptance is sent', async () => {
		const acceptanceKey = crypto.randomUUID();
		const first = await accept(company(), listing(57), acceptanceKey);
		expect(first.ok).toBe(true);
		expect(await accept(company(), listing(57), acceptanceKey)).toEqual(first);
		const dealId = first.ok ? first.dealId : '';
		// Another key (the confirm page shown again) finds the open deal instead of opening a second.
		expect(await accept(company(), listing(57), crypto.randomUUID())).toEqual({
			ok: false,
			reason: 'deal_open',
			dealId
		});
		// The key belongs to this acceptance: elsewhere, or for another company, it is refused.
		expect(await accept(company(), riceFish, acceptanceKey)).toEqual({
			ok: false,
			reason: 'key_reused'
		});
		const [deal] = await company().query<Record<string, unknown>>(sql`select d.stage, d.mode, d.upfront_fee_fen as fee,
			d.royalty_percent::text as royalty, d.equity_percent::text as equity, d.term_months as term, d.field_of_use as field,
			d.territory, d.royalty_period as period, v.version, i.status as interest
			from public.deals d join public.licence_template_versions v on v.id = d.licence_template_version_id
			join public.interests i on i.id = d.interest_id where d.id = ${dealId}`);
		expect(deal).toEqual({
			stage: 'term_sheet',
			mode: 'non_exclusive_license',
			fee: 0,
			royalty: '2.00',
			equity: '5.00',
			term: 60,
			field: null,
			territory: '中国大陆',
			period: 'half_year',
			version: 2,
			interest: 'converted'
		});
		const [{ count }] = await asService(database).query<{ count: number }>(
			sql`select count(*)::int as count from public.deals where listing_id = ${listing(57)}`
		);
		expect(count).toBe(1);
		const [template] = await licenceTemplates.listTemplates(officer(), demo.university);
		expect(template.versions[0].uses).toBe(2);
	});

	it('accepts only the version the company was shown, while the listing still offers it', async () => {
		const made = await licenceTemplates.createTemplate(officer(), demo.university, {
			...startup,
			name: '中试合作许可',
			creationKey: crypto.randomUUID()
		});
		if (!made.ok) throw new Error(made.reason);
		expect(await expressListings.markListing(officer(), listing(53), made.value)).toBe(true);
		const shown = (await expressListings.getExpressOffer(company(), listing(53)))?.terms.id ?? '';
		// The office publishes version 2 while the company reads version 1.
		const next = { ...startup, upfrontFee: 1_000_000, version: 2, creationKey: crypto.randomUUID() };
		expect(await licenceTemplates.publishVersion(officer(), made.value, next)).toEqual({ ok: true, value: 2 });
		const acceptanceKey = crypto.randomUUID();
		expect(await accept(company(), listing(53), acceptanceKey, shown)).toEqual({ ok: false, reason: 'terms_changed' });
		expect(
			await sqlState(company().query(sql`select app.accept_express_licence(${listing(53)}, ${acceptanceKey}, null)`))
		).toBe('ZQ335');
		const [{ count: before }] = await asService(database).query<{ count: number }>(
			sql`select count(*)::int as count from public.deals where listing_id = ${listing(53)}`
		);
		expect(before).toBe(0);

		// Shown the new terms, the company confirms them with the same form's key.
		const latest = (await expressListings.getExpressOffer(company(), listing(53)))?.terms;
		expect(latest?.version).toBe(2);
		const accepted = await accept(company(), listing(53), acceptanceKey, latest?.id);
		expect(accepted.ok).toBe(true);
		const [deal] = await company().query<{ version: number; fee: number }>(sql`select v.version,
			d.upfront_fee_fen as fee from public.deals d join public.licence_template_versions v
			on v.id = d.licence_template_version_id where d.id = ${accepted.ok ? accepted.dealId : null}`);
		expect(deal).toEqual({ version: 2, fee: 1_000_000 });
		// Version 3 published afterwards: the replay of that acceptance still answers its deal.
		expect(
			await licenceTemplates.publishVersion(officer(), made.value, {
				...next,
				version: 3,
				creationKey: crypto.randomUUID()
			})
		).toEqual({ ok: true, value: 3 });
		expect(await accept(company(), listing(53), acceptanceKey, latest?.id)).toEqual(accepted);
	});

	it('refuses a key that already recorded an open licence acceptance, and the other way round', async () => {
		expect(await expressListings.markListing(officer(), listing(51), seededTemplate)).toBe(true);
		const expressKey = crypto.randomUUID();
		expect((await accept(company(), listing(51), expressKey)).ok).toBe(true);
		// The demo's announced royalty declaration, which the demo company has not taken.
		const declaration = '00000000-0000-4000-800b-000000000002';
		expect(await openLicences.acceptOpenLicence(company(), declaration, expressKey)).toMatchObject({
			ok: false,
			reason: 'key_reused'
		});
		const openKey = crypto.randomUUID();
		expect((await openLicences.acceptOpenLicence(company(), declaration, openKey)).ok).toBe(true);
		expect(await expressListings.markListing(officer(), listing(54), seededTemplate)).toBe(true);
		expect(await accept(company(), listing(54), openKey)).toEqual({ ok: false, reason: 'key_reused' });
	});

	it('converts the company’s open interest in the listing into the express deal', async () => {
		// The demo company's interest in the e-drive line (listing 15) is still open.
		expect(await expressListings.markListing(officer(), listing(15), seededTemplate)).toBe(true);
		const accepted = await accept(company(), listing(15), crypto.randomUUID());
		expect(accepted.ok).toBe(true);
		const [row] = await company().query<{ interest: string; status: string }>(sql`select d.interest_id as interest,
			i.status from public.deals d join public.interests i on i.id = d.interest_id
			where d.id = ${accepted.ok ? accepted.dealId : null}`);
		expect(row).toEqual({ interest: '00000000-0000-4000-8003-000000000003', status: 'converted' });
	});

	it('runs the public notice before signing, as any deal', async () => {
		const accepted = await accept(asUser(database, otherCompanyMember), listing(57), crypto.randomUUID());
		if (!accepted.ok) throw new Error(accepted.reason);
		const id = accepted.dealId;
		expect(await deals.moveDealToStage(officer(), id, 'signed', '', 'term_sheet', '2026-12-01')).toEqual({
			ok: false,
			reason: 'illegal_move'
		});
		expect(await deals.moveDealToStage(officer(), id, 'public_notice', '', 'term_sheet')).toEqual({ ok: true });
		const [notice] = await asAnon(database).query<{ fee: number; royalty: string }>(sql`select upfront_fee_fen as fee,
			royalty_percent::text as royalty from public.public_notices where deal_id = ${id}`);
		expect(notice).toEqual({ fee: 0, royalty: '2.00' });
		expect(await deals.moveDealToStage(officer(), id, 'signed', '', 'public_notice', '2026-12-01')).toMatchObject({
			ok: false,
			reason: 'notice_running'
		});
	});

	it('has words in the audit log for every action it recorded', async () => {
		const rows = await asService(database).query<{ action: string }>(sql`select distinct action
			from public.audit_events where action ~ '^(licence_template|express_listings)' order by action`);
		expect(rows.map((row) => row.action)).toEqual([
			'express_listings.mark',
			'express_listings.unmark',
			'licence_template_versions.publish',
			'licence_templates.create'
		]);
		for (const { action } of rows) expect(auditActions.has(action), action).toBe(true);
		// The admin's log names the template, not its id.
		const { events } = await audit.listAuditEvents(asUser(database, demo.admin), 1);
		expect(events.find((event) => event.action === 'licence_templates.create')?.entityLabel).toBe('中试合作许可');
	});
});
