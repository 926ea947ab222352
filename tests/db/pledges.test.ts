import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Executor } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as pledges from '../../src/lib/server/pledges.ts';
import * as companyPatents from '../../src/lib/server/company-patents.ts';
import * as deals from '../../src/lib/server/deals.ts';
import * as openLicences from '../../src/lib/server/open-licences.ts';
import { declarationTerms } from './setup/open-licences.ts';
import type { CompanyPatentInput, PledgeApplicationInput } from '../../src/lib/schemas/pledge.ts';
import { asAnon, asService, asUser, demo, driver, openTestDatabase, sqlState } from './setup/database.ts';
import { negotiate, openIncomeDeal } from './setup/income.ts';

// Patent pledge loans (supabase/migrations/20261210001000_pledge_loans.sql): holdings, who reads
// an application (RLS), each pledge rule, each status move legal and illegal, and the deal guard
// of Civil Code Art. 444 (a pledged patent's assignment, or a licence taken under an open licence,
// refused until the bank consents).
const bank = '00000000-0000-4000-8000-000000000500';
const banker = '00000000-0000-4000-8000-000000001007';
const valuer = '00000000-0000-4000-8000-000000001005';
const agent = '00000000-0000-4000-8000-000000001006';
const otherBank = '00000000-0000-4000-8000-000000009500';
const otherBanker = '00000000-0000-4000-8000-000000009501';
const otherCompany = '00000000-0000-4000-8000-000000009201'; // of 重庆两江智造 (…0200)
const colleague = '00000000-0000-4000-8000-000000009202'; // the demo company's second member
const valuation = '00000000-0000-4000-8037-000000000001'; // delivered, for 山城新能源
const undelivered = '00000000-0000-4000-8037-000000000002';
const hillListing = '00000000-0000-4000-8001-000000000022'; // published; exclusive licence or assignment

describe(`pledge loans on ${driver}`, () => {
	let database: Database;
	let granted: string; // a granted patent of a published listing (hillListing), declared by the company
	const as = (user: string) => asUser(database, user);
	const declare = (who: Executor, overrides: Partial<CompanyPatentInput> = {}) =>
		companyPatents.declarePatent(who, {
			number: '202510123456.5',
			title: '一种电池包液冷板',
			patentType: 'invention',
			legalStatus: 'granted',
			grantedOn: '2025-06-01',
			coOwner: '',
			creationKey: crypto.randomUUID(),
			...overrides
		});
	const apply = (who: Executor, overrides: Partial<PledgeApplicationInput> = {}) =>
		pledges.applyForPledge(who, {
			bankId: bank,
			amount: 300_000_000,
			termMonths: 36,
			purpose: '流动资金',
			numbers: [granted],
			valuationId: null,
			riskCompensation: true,
			creationKey: crypto.randomUUID(),
			...overrides
		});
	const applied = async (overrides: Partial<PledgeApplicationInput> = {}) => {
		const result = await apply(as(demo.company), overrides);
		if (!result.ok) throw new Error(result.reason);
		return result.id;
	};
	const register = async (id: string) => {
		expect(await pledges.movePledge(as(banker), id, 'approved')).toEqual({ ok: true, id });
		expect(
			await pledges.movePledge(as(banker), id, 'registered', {
				registrationNumber: 'Y2026500000001',
				registeredOn: '2026-01-05'
			})
		).toEqual({ ok: true, id });
	};

	beforeAll(async () => {
		database = await openTestDatabase();
		const service = asService(database);
		await service.query(sql`insert into public.organizations (id, kind, name_zh, name_en, verified)
			values (${otherBank}, 'bank', '嘉陵银行', 'Jialing Bank', true)`);
		await service.query(sql`insert into auth.users (id, email) values (${otherCompany}, 'c2@example.com'),
			(${colleague}, 'c3@example.com'), (${otherBanker}, 'b2@example.com')`);
		await service.query(sql`insert into public.profiles (id, role, organization_id, display_name, email) values
			(${otherCompany}, 'company', '00000000-0000-4000-8000-000000000200', '别家企业', 'c2@example.com'),
			(${colleague}, 'company', '00000000-0000-4000-8000-000000000201', '同事', 'c3@example.com'),
			(${otherBanker}, 'provider', ${otherBank}, '别家银行', 'b2@example.com')`);
		[{ number: granted }] = await service.query<{ number: string }>(sql`
			select application_number as number from public.patents where listing_id = ${hillListing}
			and legal_status = 'granted' order by position limit 1`);
		const [{ title, type, on }] = await service.query<{ title: string; type: string; on: string }>(sql`
			select title, patent_type as type, granted_on::text as on from public.patents where application_number = ${granted}`);
		const declared = await declare(as(demo.company), {
			number: granted,
			title,
			patentType: type as 'invention',
			grantedOn: on,
			coOwner: '缙云大学'
		});
		expect(declared.ok).toBe(true);
	});
	afterAll(() => database.close());

	it('lists declared holdings to the company’s members only, and refuses a number declared twice', async () => {
		const numbers = async (who: Executor) => (await companyPatents.listHoldings(who)).map((h) => h.applicationNumber);
		expect(await numbers(as(colleague))).toContain(granted);
		for (const outsider of [otherCompany, banker, demo.officer, demo.researcher, demo.admin])
			expect(await numbers(as(outsider))).not.toContain(granted);
		expect(await declare(as(colleague), { number: granted })).toMatchObject({ ok: false, reason: 'duplicate' });
		expect(await declare(as(banker))).toMatchObject({ ok: false, reason: 'not_allowed' });
		// A replayed post makes one row.
		const creationKey = crypto.randomUUID();
		const first = await declare(as(demo.company), { number: '202520345678.7', creationKey });
		expect(first.ok).toBe(true);
		expect(await declare(as(demo.company), { number: '202520345678.7', creationKey })).toEqual(first);
		if (first.ok)
			expect(await companyPatents.removePatent(as(otherCompany), first.id)).toMatchObject({ reason: 'not_found' });
		if (first.ok) expect(await companyPatents.removePatent(as(colleague), first.id)).toEqual(first);
	});

	it('derives patents assigned by a deal closed won as holdings of the assignee', async () => {
		// Seed: 重庆两江智造 (…0200) took an assignment of the engine assembly listing, closed won.
		const held = await companyPatents.listHoldings(as(otherCompany));
		expect(held.length).toBeGreaterThan(0);
		expect(held.every((h) => h.source === 'assigned' && h.dealId !== null)).toBe(true);
	});

	it('reads an application for the company’s members and the bank’s staff only; admins get totals', async () => {
		const id = await applied({ valuationId: valuation });
		const sees = async (who: Executor) => (await pledges.getPledge(who, id)) !== null;
		expect(await sees(as(demo.company))).toBe(true);
		expect(await sees(as(colleague))).toBe(true);
		expect(await sees(as(banker))).toBe(true);
		for (const outsider of [otherBanker, valuer, agent, otherCompany, demo.researcher, demo.officer, demo.admin])
			expect(await sees(as(outsider)), outsider).toBe(false);
		for (const query of [
			sql`select 1 from public.pledge_applications`,
			sql`select 1 from public.pledge_patents`,
			sql`select 1 from public.pledge_events`,
			sql`select 1 from public.pledge_consents`,
			sql`select 1 from public.company_patents`
		])
			expect(await sqlState(asAnon(database).query(query))).toBe('42501');
		expect(await as(otherBanker).query(sql`select 1 from public.pledge_events where application_id = ${id}`)).toEqual(
			[]
		);
		// The bank reads the attached valuation; another bank does not.
		const read = (who: Executor) => who.query(sql`select id from public.valuation_requests where id = ${valuation}`);
		expect((await read(as(banker))).length).toBe(1);
		expect(await read(as(otherBanker))).toEqual([]);
		// Admin: numbers by bank and industry, no rows; a declared patent in no listing is "unknown".
		expect((await declare(as(demo.company), { number: '202520345678.7' })).ok).toBe(true);
		await applied({ numbers: ['202520345678.7'], amount: 5_000_000 });
		const totals = await pledges.pledgeTotals(as(demo.admin));
		const row = (industry: string) =>
			totals.find((total) => total.bank.nameZh === '山城银行科技支行' && total.industry === industry);
		expect(row('new_materials')?.applications).toBeGreaterThan(0);
		expect(row('unknown')).toMatchObject({ applications: 1, approvals: 0, approvedFen: 0 });
		// The seed's disbursed pledge of the tunnel positioning patent (an automotive listing).
		expect(row('automotive')).toMatchObject({ approvals: 1, approvedFen: 150_000_000, disbursedFen: 150_000_000 });
		expect(await sqlState(pledges.pledgeTotals(as(banker)))).toBe('42501');
		// No table write outside the functions.
		expect(
			await sqlState(as(demo.company).query(sql`update public.pledge_applications set status = 'registered'`))
		).toBe('42501');
		// The bank heard of it.
		const [{ count }] = await as(banker).query<{ count: number }>(
			sql`select count(*)::int as count from public.notifications where pledge_id = ${id} and kind = 'pledge_received'`
		);
		expect(count).toBe(1);
	});

	it('applies to a verified bank with granted patents the company holds, and a valid delivered valuation', async () => {
		expect(await apply(as(banker))).toMatchObject({ reason: 'not_allowed' });
		expect(await apply(as(demo.researcher))).toMatchObject({ reason: 'not_allowed' });
		expect(await apply(as(demo.company), { bankId: '00000000-0000-4000-8000-000000000400' })).toMatchObject({
			reason: 'bank_refused',
			field: 'bankId'
		});
		expect(await apply(as(demo.company), { numbers: [] })).toMatchObject({ reason: 'patent_not_held' });
		expect(await apply(as(otherCompany))).toMatchObject({ reason: 'patent_not_held', field: 'numbers' });
		const pending = await declare(as(demo.company), {
			number: '201910567890.7',
			legalStatus: 'pending',
			grantedOn: null
		});
		expect(pending.ok).toBe(true);
		expect(await apply(as(demo.company), { numbers: ['201910567890.7'] })).toMatchObject({
			reason: 'patent_not_granted'
		});
		expect(await apply(as(demo.company), { valuationId: undelivered })).toMatchObject({
			reason: 'valuation_refused',
			field: 'valuationId'
		});
		expect(await apply(as(otherCompany), { valuationId: valuation })).toMatchObject({ ok: false });
		await asService(database).query(
			sql`update public.valuation_requests set valid_until = current_date - 1, base_date = current_date - 400 where id = ${valuation}`
		);
		expect(await apply(as(demo.company), { valuationId: valuation })).toMatchObject({ reason: 'valuation_refused' });
		await asService(database).query(
			sql`update public.valuation_requests set valid_until = current_date + 300, base_date = current_date - 12 where id = ${valuation}`
		);
		// Amount and term: the table's checks behind the form's.
		expect(await apply(as(demo.company), { amount: 0 })).toMatchObject({ reason: 'invalid' });
		expect(await apply(as(demo.company), { termMonths: 0 })).toMatchObject({ reason: 'invalid' });
		// A replayed post makes one application; another person's key is refused.
		const creationKey = crypto.randomUUID();
		const first = await applied({ creationKey });
		expect(await apply(as(demo.company), { creationKey })).toEqual({ ok: true, id: first });
		expect(await apply(as(colleague), { creationKey })).toMatchObject({ reason: 'not_allowed' });
	});

	it('moves through review, approval, registration, disbursement and repayment, each by its side', async () => {
		const id = await applied();
		expect(await pledges.movePledge(as(demo.company), id, 'approved')).toMatchObject({ reason: 'not_allowed' });
		expect(await pledges.movePledge(as(banker), id, 'withdrawn')).toMatchObject({ reason: 'not_allowed' });
		expect(await pledges.movePledge(as(otherBanker), id, 'under_review')).toMatchObject({ reason: 'not_found' });
		expect(
			await pledges.movePledge(as(banker), id, 'registered', { registrationNumber: 'X', registeredOn: '2026-01-01' })
		).toMatchObject({ reason: 'move_illegal' });
		expect(await pledges.movePledge(as(banker), id, 'disbursed')).toMatchObject({ reason: 'move_illegal' });
		expect(await pledges.movePledge(as(banker), id, 'under_review')).toEqual({ ok: true, id });
		expect(await pledges.movePledge(as(banker), id, 'under_review')).toMatchObject({ reason: 'move_illegal' });
		expect(await pledges.movePledge(as(banker), id, 'approved')).toEqual({ ok: true, id });
		expect(await pledges.movePledge(as(demo.company), id, 'withdrawn')).toMatchObject({ reason: 'move_illegal' });
		expect(await pledges.movePledge(as(banker), id, 'declined', { reason: '晚了' })).toMatchObject({
			reason: 'move_illegal'
		});
		expect(
			await pledges.movePledge(as(banker), id, 'registered', { registrationNumber: '', registeredOn: '2026-01-01' })
		).toMatchObject({ reason: 'registration_invalid' });
		expect(
			await pledges.movePledge(as(banker), id, 'registered', { registrationNumber: 'Y1', registeredOn: '2999-01-01' })
		).toMatchObject({ reason: 'registration_invalid' });
		expect(await pledges.releasePledge(as(banker), id)).toMatchObject({ reason: 'move_illegal' });
		expect(
			await pledges.movePledge(as(banker), id, 'registered', {
				registrationNumber: 'Y2026500000009',
				registeredOn: '2026-01-05'
			})
		).toEqual({ ok: true, id });
		// Pledged now: no second pledge of the same patent, no removal from the holdings.
		expect(await apply(as(demo.company))).toMatchObject({ reason: 'patent_pledged' });
		expect(await pledges.movePledge(as(banker), id, 'repaid')).toMatchObject({ reason: 'move_illegal' });
		expect(await pledges.movePledge(as(banker), id, 'disbursed')).toEqual({ ok: true, id });
		expect(await pledges.movePledge(as(banker), id, 'repaid')).toEqual({ ok: true, id });
		expect(await pledges.movePledge(as(banker), id, 'defaulted')).toMatchObject({ reason: 'move_illegal' });
		expect(await pledges.releasePledge(as(demo.company), id)).toMatchObject({ reason: 'not_allowed' });
		expect(await pledges.releasePledge(as(banker), id)).toEqual({ ok: true, id });
		expect(await pledges.releasePledge(as(banker), id)).toMatchObject({ reason: 'move_illegal' });
		const detail = await pledges.getPledge(as(demo.company), id);
		expect(detail?.events.map((event) => event.event)).toEqual([
			'submitted',
			'under_review',
			'approved',
			'registered',
			'disbursed',
			'repaid',
			'released'
		]);
		expect(detail?.registrationNumber).toBe('Y2026500000009');
		// Each move by the bank reached the company's members.
		const [{ count }] = await as(colleague).query<{ count: number }>(
			sql`select count(*)::int as count from public.notifications where pledge_id = ${id} and kind = 'pledge_moved'`
		);
		expect(count).toBe(6);

		// Withdrawn by the company before approval; declined by the bank with a reason; defaulted.
		const withdrawn = await applied();
		expect(await pledges.movePledge(as(colleague), withdrawn, 'withdrawn')).toEqual({ ok: true, id: withdrawn });
		expect(await pledges.movePledge(as(banker), withdrawn, 'under_review')).toMatchObject({ reason: 'move_illegal' });
		const declined = await applied();
		expect(await sqlState(as(banker).query(sql`select app.move_pledge(${declined}, 'declined', '  ')`))).toBe('23514');
		expect(await pledges.movePledge(as(banker), declined, 'declined', { reason: '估值不足' })).toEqual({
			ok: true,
			id: declined
		});
		expect((await pledges.getPledge(as(demo.company), declined))?.declineReason).toBe('估值不足');
		const defaulted = await applied();
		await register(defaulted);
		await pledges.movePledge(as(banker), defaulted, 'disbursed');
		expect(await pledges.movePledge(as(banker), defaulted, 'defaulted')).toEqual({ ok: true, id: defaulted });
		expect(await pledges.releasePledge(as(banker), defaulted)).toEqual({ ok: true, id: defaulted });
	});

	it('refuses a second registration of a patent under a pledge in force', async () => {
		const first = await applied();
		const second = await applied();
		await register(first);
		await pledges.movePledge(as(banker), second, 'approved');
		expect(
			await pledges.movePledge(as(banker), second, 'registered', {
				registrationNumber: 'Y2',
				registeredOn: '2026-01-05'
			})
		).toMatchObject({ reason: 'patent_pledged' });
		expect(await pledges.releasePledge(as(banker), first)).toEqual({ ok: true, id: first });
	});

	it('refuses a licence taken under an open licence on a pledged patent until the bank consents to licensing', async () => {
		const pledge = await applied();
		await register(pledge);
		const officer = as(demo.officer);
		const [{ id: patentId }] = await asService(database).query<{ id: string }>(sql`
			select id from public.patents where listing_id = ${hillListing} and application_number = ${granted}`);
		const made = await openLicences.createDeclaration(officer, declarationTerms(patentId));
		if (!made.ok) throw new Error(made.reason);
		expect(await openLicences.submitDeclaration(officer, made.id)).toEqual({ ok: true, id: made.id });
		const today = new Date().toLocaleDateString('sv', { timeZone: 'Asia/Shanghai' });
		expect(
			await openLicences.announceDeclaration(officer, made.id, {
				announcementNumber: 'KF2026009444',
				announcedOn: today
			})
		).toEqual({ ok: true, id: made.id });
		const take = () => openLicences.acceptOpenLicence(as(otherCompany), made.id, crypto.randomUUID());
		expect(await take()).toMatchObject({ ok: false, reason: 'pledged' });
		expect(
			await pledges.recordConsent(as(banker), pledge, {
				number: granted,
				scope: 'licence',
				counterparty: '重庆两江智造'
			})
		).toEqual({ ok: true, id: pledge });
		expect(await take()).toMatchObject({ ok: true });
		await openLicences.withdrawDeclaration(officer, made.id, {
			withdrawalAnnouncementNumber: 'KF2026009445',
			withdrawnOn: today
		});
		await pledges.releasePledge(as(banker), pledge);
	});

	it('refuses to move a deal assigning a pledged patent to public notice until the bank consents', async () => {
		const pledge = await applied();
		await register(pledge);
		expect(await pledges.pledgedNumbers(as(demo.officer), hillListing)).toEqual([granted]);
		const deal = await openIncomeDeal(database, hillListing);
		await negotiate(database, deal, { mode: 'assignment', royaltyPercent: null, minimumAnnualRoyalty: null });
		const officer = as(demo.officer);
		expect(await deals.moveDealToStage(officer, deal, 'public_notice', '')).toMatchObject({
			ok: false,
			reason: 'pledged_patent'
		});
		// A consent for licensing does not cover an assignment; a consent for another number is refused.
		const consent = (who: Executor, scope: 'assignment' | 'licence', number = granted) =>
			pledges.recordConsent(who, pledge, { number, scope, counterparty: '山城新能源汽车科技有限公司' });
		expect(await consent(as(demo.company), 'assignment')).toMatchObject({ reason: 'not_allowed' });
		expect(await consent(as(banker), 'assignment', '202510123456.5')).toMatchObject({ reason: 'consent_refused' });
		expect(await consent(as(banker), 'licence')).toEqual({ ok: true, id: pledge });
		expect(await deals.moveDealToStage(officer, deal, 'public_notice', '')).toMatchObject({ reason: 'pledged_patent' });
		expect(await consent(as(banker), 'assignment')).toEqual({ ok: true, id: pledge });
		expect(await deals.moveDealToStage(officer, deal, 'public_notice', '')).toEqual({ ok: true });
		expect((await pledges.getPledge(as(banker), pledge))?.consents).toHaveLength(2);
		await pledges.releasePledge(as(banker), pledge);
		expect(await pledges.pledgedNumbers(as(demo.officer), hillListing)).toEqual([]);
	});
});
