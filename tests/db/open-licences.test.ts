import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Executor } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as deals from '../../src/lib/server/deals.ts';
import * as filings from '../../src/lib/server/deal-filings.ts';
import * as openLicences from '../../src/lib/server/open-licences.ts';
import * as openLicenceReads from '../../src/lib/server/open-licence-reads.ts';
import { auditActions } from '../../src/lib/vocabularies/activity.ts';
import * as audit from '../../src/lib/server/audit.ts';
import type { NewDeclarationInput } from '../../src/lib/schemas/open-licences.ts';
import { declarationTerms } from './setup/open-licences.ts';
import { todayInShanghai } from '../../src/lib/i18n/format.ts';
import { asAnon, asService, asUser, demo, driver, openTestDatabase, sqlState } from './setup/database.ts';
import { negotiate, openIncomeDeal, otherCompanyUser } from './setup/income.ts';

// Open licences (supabase/migrations/20261208001000_open_licences.sql, …001100_open_licence_acceptance.sql;
// docs/domain.md, "Open licences"): the steps, the rule that no exclusive licence or assignment
// starts while a declaration stands (Patent Law Art. 51), taking a licence by written notice, and
// who reads what.
const heatPump = '00000000-0000-4000-8001-000000000003'; // published; an invention and a utility model
const chargers = '00000000-0000-4000-8001-000000000004'; // published; one granted invention
const robots = '00000000-0000-4000-8001-000000000011'; // published; two inventions, a utility model
const laser = '00000000-0000-4000-8001-000000000016'; // published; one granted invention
const seededTaken = '00000000-0000-4000-800b-000000000002'; // announced, taken by Liangjiang Smart Manufacturing
const today = todayInShanghai();
const daysAgo = (days: number) => {
	const day = new Date(`${today}T00:00:00Z`);
	day.setUTCDate(day.getUTCDate() - days);
	return day.toISOString().slice(0, 10);
};

describe(`open licences on ${driver}`, () => {
	let database: Database;
	let officer: Executor;
	let company: Executor;
	const patentOf = async (listing: string, type: string) => {
		const [row] = await asService(database).query<{ id: string }>(sql`select id from public.patents
			where listing_id = ${listing} and patent_type = ${type}::public.patent_type order by position limit 1`);
		return row.id;
	};
	const declare = async (patentId: string, extra: Partial<NewDeclarationInput> = {}) => {
		const made = await openLicences.createDeclaration(officer, declarationTerms(patentId, extra));
		if (!made.ok) throw new Error(made.reason);
		return made.id;
	};
	const announce = async (id: string) => {
		expect(await openLicences.submitDeclaration(officer, id)).toEqual({ ok: true, id });
		expect(
			await openLicences.announceDeclaration(officer, id, { announcementNumber: 'KF2026009001', announcedOn: today })
		).toEqual({ ok: true, id });
	};
	const withdraw = (id: string) =>
		openLicences.withdrawDeclaration(officer, id, { withdrawalAnnouncementNumber: 'KF2026009901', withdrawnOn: today });

	beforeAll(async () => {
		database = await openTestDatabase();
		officer = asUser(database, demo.officer);
		company = asUser(database, demo.company);
	});
	afterAll(() => database.close());

	it('creates once per key, edits a draft, freezes the terms from submission on, and audits every step', async () => {
		const patentId = await patentOf(chargers, 'invention');
		const input = declarationTerms(patentId);
		const first = await openLicences.createDeclaration(officer, input);
		const again = await openLicences.createDeclaration(officer, input);
		if (!first.ok) throw new Error(first.reason);
		expect(again).toEqual(first);
		const id = first.id;
		expect(await openLicences.updateDeclaration(officer, id, { ...input, termMonths: 48 })).toEqual({ ok: true, id });
		// A second declaration of the patent while this one is not withdrawn.
		expect(await openLicences.createDeclaration(officer, declarationTerms(patentId))).toMatchObject({
			ok: false,
			reason: 'duplicate',
			field: 'patentId'
		});
		expect(await openLicences.submitDeclaration(officer, id)).toEqual({ ok: true, id });
		expect(await openLicences.updateDeclaration(officer, id, { ...input, lumpSum: 1 })).toMatchObject({
			ok: false,
			reason: 'frozen'
		});
		// The announcement is dated from the submission to today.
		expect(
			await openLicences.announceDeclaration(officer, id, { announcementNumber: 'KF1', announcedOn: daysAgo(1) })
		).toMatchObject({ ok: false, reason: 'date_order', field: 'announcedOn', detail: today });
		expect(
			await openLicences.announceDeclaration(officer, id, { announcementNumber: 'KF1', announcedOn: daysAgo(-1) })
		).toMatchObject({ ok: false, reason: 'future_date', field: 'announcedOn' });
		expect(
			await openLicences.announceDeclaration(officer, id, { announcementNumber: 'KF1', announcedOn: today })
		).toEqual({ ok: true, id });
		expect(await withdraw(id)).toEqual({ ok: true, id });
		const declaration = await openLicenceReads.getDeclaration(officer, id);
		expect(declaration).toMatchObject({ status: 'withdrawn', termMonths: 48, submittedOn: today, withdrawnOn: today });
		const actions = await asService(database).query<{ action: string; actor: string | null }>(
			sql`select action, actor_id as actor from public.audit_events
				where entity_type = 'open_licence_declarations' and entity_id = ${id} order by id`
		);
		expect(actions.map((row) => row.action)).toEqual(
			['create', 'update', 'submit', 'announce', 'withdraw'].map((step) => `open_licence_declarations.${step}`)
		);
		expect(new Set(actions.map((row) => row.actor))).toEqual(new Set([demo.officer]));
		// Withdrawn, the patent may be declared anew; a draft may be deleted, nothing else.
		const anew = await openLicences.createDeclaration(officer, declarationTerms(patentId));
		if (!anew.ok) throw new Error(anew.reason);
		expect(await openLicences.deleteDeclaration(officer, id)).toMatchObject({ ok: false, reason: 'not_found' });
		expect(await openLicences.deleteDeclaration(officer, anew.id)).toEqual({ ok: true, id: anew.id });
	});

	it('moves only draft → submitted → announced → withdrawn', async () => {
		const id = await declare(await patentOf(robots, 'invention'));
		expect(
			await openLicences.announceDeclaration(officer, id, { announcementNumber: 'KF2', announcedOn: today })
		).toMatchObject({ ok: false, reason: 'move_illegal' });
		expect(await withdraw(id)).toMatchObject({ ok: false, reason: 'move_illegal' });
		expect(await openLicences.submitDeclaration(officer, id)).toEqual({ ok: true, id });
		expect(await withdraw(id)).toMatchObject({ ok: false, reason: 'move_illegal' });
		expect(
			await sqlState(officer.query(sql`update public.open_licence_declarations set status = 'draft' where id = ${id}`))
		).toBe('ZQ323');
		expect((await openLicenceReads.getDeclaration(officer, id))?.status).toBe('submitted');
	});

	it('submits a utility model only with its evaluation report (Art. 50)', async () => {
		const id = await declare(await patentOf(robots, 'utility_model'));
		expect(await openLicences.submitDeclaration(officer, id)).toMatchObject({ ok: false, reason: 'report_missing' });
		expect(await openLicences.setEvaluationReport(officer, id, 'open-licences/report.pdf')).toEqual({ ok: true, id });
		expect(await openLicences.submitDeclaration(officer, id)).toEqual({ ok: true, id });
	});

	it('refuses an exclusive licence or assignment while a declaration stands, and allows it after withdrawal', async () => {
		const deal = { id: await openIncomeDeal(database, heatPump) };
		await negotiate(database, deal.id);
		const id = await declare(await patentOf(heatPump, 'invention'));
		await announce(id);
		expect(await deals.moveDealToStage(officer, deal.id, 'public_notice', '')).toEqual({
			ok: false,
			reason: 'open_licence_standing'
		});
		await asService(database).query(sql`update public.deals set mode = 'assignment' where id = ${deal.id}`);
		expect(
			await sqlState(officer.query(sql`update public.deals set stage = 'public_notice' where id = ${deal.id}`))
		).toBe('ZQ320');
		expect(await withdraw(id)).toEqual({ ok: true, id });
		expect(await deals.moveDealToStage(officer, deal.id, 'public_notice', '')).toEqual({ ok: true });
		// And with an exclusive deal in its notice, the listing's patents cannot be declared.
		const other = await declare(await patentOf(heatPump, 'utility_model'));
		await openLicences.setEvaluationReport(officer, other, 'open-licences/heat-pump.pdf');
		expect(await openLicences.submitDeclaration(officer, other)).toMatchObject({
			ok: false,
			reason: 'exclusive_in_force'
		});
	});

	it('takes only an announced licence, once per company; withdrawal keeps the licences granted', async () => {
		const id = await declare(await patentOf(chargers, 'invention'));
		expect(await openLicences.acceptOpenLicence(company, id, crypto.randomUUID())).toMatchObject({
			ok: false,
			reason: 'not_announced'
		});
		expect(await openLicences.submitDeclaration(officer, id)).toEqual({ ok: true, id });
		expect(await openLicences.acceptOpenLicence(company, id, crypto.randomUUID())).toMatchObject({
			ok: false,
			reason: 'not_announced'
		});
		expect(
			await openLicences.announceDeclaration(officer, id, { announcementNumber: 'KF2026009002', announcedOn: today })
		).toEqual({ ok: true, id });
		// An officer is no company: only a company member takes a licence.
		expect(await openLicences.acceptOpenLicence(officer, id, crypto.randomUUID())).toMatchObject({
			ok: false,
			reason: 'not_allowed'
		});
		const key = crypto.randomUUID();
		const results = await Promise.all([
			openLicences.acceptOpenLicence(company, id, key),
			openLicences.acceptOpenLicence(company, id, key)
		]);
		const taken = results[0];
		if (!taken.ok) throw new Error(taken.reason);
		expect(results[1]).toEqual(taken);
		expect(await openLicences.acceptOpenLicence(company, id, crypto.randomUUID())).toEqual(taken);
		const made = await asService(database).query<{ stage: string; mode: string; upfront: number; lines: number }>(sql`
			select d.stage, d.mode, d.upfront_fee_fen as upfront,
			       (select count(*)::int from public.payment_schedule_lines l where l.deal_id = d.id) as lines
			from public.deals d where d.open_licence_declaration_id = ${id}`);
		expect(made).toEqual([{ stage: 'closed_won', mode: 'non_exclusive_license', upfront: 5_000_000, lines: 1 }]);
		expect(await withdraw(id)).toEqual({ ok: true, id });
		expect(
			await openLicences.acceptOpenLicence(asUser(database, otherCompanyUser), id, crypto.randomUUID())
		).toMatchObject({ ok: false, reason: 'not_announced' });
		const [kept] = await asService(database).query<{ stage: string }>(
			sql`select stage from public.deals where id = ${taken.dealId}`
		);
		expect(kept.stage).toBe('closed_won');
		expect((await openLicenceReads.getDeclaration(asAnon(database), id))?.takeUpCount).toBe(1);
		// Its recordal with CNIPA (Implementing Rules Art. 87): due three months on, owned by the
		// officer who declared it, and settled on the closed won deal, by an officer only.
		const [recordal, ...others] = await filings.listFilings(officer, taken.dealId);
		const [due] = await asService(database).query<{ day: string }>(
			sql`select to_char(${today}::date + interval '3 months', 'YYYY-MM-DD') as day`
		);
		expect(others).toEqual([]);
		expect(recordal).toMatchObject({
			kind: 'licence_recordal',
			status: 'pending',
			dueOn: due.day,
			ownerId: demo.officer
		});
		expect(await filings.waiveFiling(company, taken.dealId, recordal.id, '自行备案')).toEqual({
			ok: false,
			reason: 'not_allowed'
		});
		expect(await filings.waiveFiling(officer, taken.dealId, recordal.id, '被许可人已凭书面通知自行备案')).toEqual({
			ok: true
		});
		expect((await filings.listFilings(company, taken.dealId))[0].status).toBe('waived');
	});

	it('shows the licensees to the university’s officers only; everybody reads announced declarations and the count', async () => {
		const anon = asAnon(database);
		const licensees = await openLicenceReads.listLicensees(officer, seededTaken);
		expect(licensees.map((row) => row.companyNameZh)).toEqual(['重庆两江智造科技有限公司']);
		expect(await openLicenceReads.listLicensees(company, seededTaken)).toEqual([]);
		expect(await sqlState(openLicenceReads.listLicensees(anon, seededTaken))).toBe('42501');
		const announced = await openLicenceReads.listAnnounced(anon);
		expect(announced.map((row) => row.id)).toContain(seededTaken);
		expect(announced.find((row) => row.id === seededTaken)?.takeUpCount).toBe(1);
		expect((await openLicenceReads.listAnnounced(anon, { universityId: demo.college })).length).toBe(0);
		// Drafts are the university's: nobody else reads them, nor the deals' link to a declaration.
		const draftId = await declare(await patentOf(laser, 'invention'));
		expect(await openLicenceReads.getDeclaration(anon, draftId)).toBeNull();
		expect(await openLicenceReads.getDeclaration(company, draftId)).toBeNull();
		expect(
			(await openLicenceReads.listDeclarationsForOfficer(officer, { status: 'draft' })).map((row) => row.id)
		).toContain(draftId);
		// Only officers write: a company member declares nothing.
		expect(
			await openLicences.createDeclaration(company, declarationTerms(await patentOf(chargers, 'invention')))
		).toMatchObject({
			ok: false,
			reason: 'not_allowed'
		});
		expect(
			await sqlState(
				company.query(sql`update public.open_licence_declarations set contact = 'x' where id = ${seededTaken}`)
			)
		).toBeUndefined();
		expect((await openLicenceReads.getDeclaration(anon, seededTaken))?.contact).not.toBe('x');
	});

	it('has words in the audit log for every step it recorded', async () => {
		const rows = await asService(database).query<{ action: string }>(
			sql`select distinct action from public.audit_events where entity_type = 'open_licence_declarations' order by action`
		);
		const steps = ['announce', 'create', 'delete', 'submit', 'update', 'withdraw'];
		expect(rows.map((row) => row.action)).toEqual(steps.map((step) => `open_licence_declarations.${step}`));
		for (const { action } of rows) expect(auditActions.has(action), action).toBe(true);
		// The admin's log names a declaration by its listing's title, not its id.
		const { events } = await audit.listAuditEvents(asUser(database, demo.admin), 1);
		const created = events.find((event) => event.action === 'open_licence_declarations.create');
		expect(created?.entityLabel).toBeTruthy();
		expect(created?.entityLabel).not.toBe(created?.entityId);
		const label = sql`select app.audit_declaration_label(${created?.entityId ?? null}::uuid) as label`;
		expect(await officer.query(label)).toEqual([{ label: null }]);
	});
});
