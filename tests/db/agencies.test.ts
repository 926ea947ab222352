import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as agencies from '../../src/lib/server/agencies.ts';
import * as providerHome from '../../src/lib/server/provider-home.ts';
import * as identity from '../../src/lib/server/auth/local-identity.ts';
import { agencyProfileSchema } from '../../src/lib/schemas/agency.ts';
import { asAnon, asService, asUser, demo, driver, openTestDatabase, sqlState } from './setup/database.ts';

const valuationFirm = '00000000-0000-4000-8000-000000000400';
const patentAgency = '00000000-0000-4000-8000-000000000401';
const broker = '00000000-0000-4000-8000-000000000402';
const bank = '00000000-0000-4000-8000-000000000500';
const staff = {
	valuer: '00000000-0000-4000-8000-000000001005',
	agent: '00000000-0000-4000-8000-000000001006',
	bank: '00000000-0000-4000-8000-000000001007',
	broker: '00000000-0000-4000-8000-000000001008'
};

const input = (changes: Record<string, unknown> = {}) =>
	agencyProfileSchema.parse({
		services: ['negotiation_support', 'licence_drafting'],
		summaryZh: '专注高校专利许可谈判。',
		summaryEn: '',
		feeBasis: '按成交额 4% 收取佣金',
		turnaroundDays: '20',
		credentials: '技术经纪人证书 CQ-2024-118',
		universityIds: [demo.university],
		...changes
	});

describe(`agencies on ${driver}`, () => {
	let database: Database;
	beforeAll(async () => {
		database = await openTestDatabase();
	});
	afterAll(() => database.close());

	it('shows the public only verified agencies, in the directory and one by one', async () => {
		const anon = asAnon(database);
		const listed = await agencies.listAgencies(anon, {});
		expect(listed.map((agency) => agency.id)).toEqual(expect.arrayContaining([valuationFirm, patentAgency]));
		expect(listed.map((agency) => agency.id)).not.toContain(broker);
		expect(await agencies.getAgencyProfile(anon, broker)).toBeNull();
		expect(await agencies.getAgencyProfile(asUser(database, demo.company), broker)).toBeNull();
		const firm = await agencies.getAgencyProfile(anon, valuationFirm);
		expect(firm).toMatchObject({ agencyType: 'valuation_firm', verified: true, turnaroundDays: 15 });
		expect(firm?.services).toEqual(['valuation', 'negotiation_support']);
		expect(firm?.universities.map((university) => university.id)).toEqual([demo.university]);
		expect(await agencies.getAgencyProfile(anon, 'not-an-id')).toBeNull();
	});

	it('filters the directory by service and by type', async () => {
		const anon = asAnon(database);
		const valuers = await agencies.listAgencies(anon, { service: 'valuation' });
		expect(valuers.map((agency) => agency.id)).toEqual([valuationFirm]);
		const drafters = await agencies.listAgencies(anon, { service: 'licence_drafting', type: 'patent_agency' });
		expect(drafters.map((agency) => agency.id)).toEqual([patentAgency]);
		expect(await agencies.listAgencies(anon, { service: 'valuation', type: 'patent_agency' })).toEqual([]);
	});

	it("lets an agency's own staff edit its profile before verification, and keeps it out of the directory", async () => {
		const brokerStaff = asUser(database, staff.broker);
		expect(await agencies.updateAgencyProfile(brokerStaff, broker, input())).toBe(true);
		const own = await agencies.getAgencyProfile(brokerStaff, broker);
		expect(own).toMatchObject({ verified: false, turnaroundDays: 20, feeBasis: '按成交额 4% 收取佣金' });
		expect(own?.universities.map((university) => university.id)).toEqual([demo.university]);
		// Still not listed, not even to its own staff; the public sees neither it nor its universities.
		expect((await agencies.listAgencies(brokerStaff, {})).map((agency) => agency.id)).not.toContain(broker);
		const [universities] = await asAnon(database).query<{ count: number }>(
			sql`select count(*)::int as count from public.agency_universities where agency_id = ${broker}`
		);
		expect(universities.count).toBe(0);
		// An admin checking it sees what it says of itself.
		expect(await agencies.getAgencyProfile(asUser(database, demo.admin), broker)).toMatchObject({ id: broker });

		// Unticking a university removes it; a service named twice counts once.
		const again = input({ universityIds: [], services: ['licence_drafting', 'licence_drafting'], turnaroundDays: '' });
		expect(await agencies.updateAgencyProfile(brokerStaff, broker, again)).toBe(true);
		expect(await agencies.getAgencyProfile(brokerStaff, broker)).toMatchObject({
			services: ['licence_drafting'],
			turnaroundDays: null,
			universities: []
		});
	});

	it("refuses another agency's staff, companies, researchers and anonymous callers", async () => {
		for (const user of [staff.valuer, demo.company, demo.researcher, demo.officer])
			expect(await agencies.updateAgencyProfile(asUser(database, user), patentAgency, input())).toBe(false);
		expect(await agencies.updateAgencyProfile(asAnon(database), patentAgency, input())).toBe(false);
		expect(
			await sqlState(
				asUser(database, staff.valuer).query(
					sql`insert into public.agency_universities (agency_id, university_id) values (${patentAgency}, ${demo.university})`
				)
			)
		).toBe('42501');
		const deleted = await asUser(database, staff.valuer).query(
			sql`delete from public.agency_universities where agency_id = ${patentAgency} returning agency_id`
		);
		expect(deleted).toEqual([]);
		expect(await agencies.getAgencyProfile(asAnon(database), patentAgency)).toMatchObject({
			services: ['application_drafting', 'fto_search', 'licence_drafting'],
			turnaroundDays: 30
		});
	});

	it("gives a bank's staff no agency profile", async () => {
		const bankStaff = asUser(database, staff.bank);
		expect(await agencies.getAgencyProfile(bankStaff, bank)).toBeNull();
		expect(await agencies.updateAgencyProfile(bankStaff, bank, input())).toBe(false);
		expect(await agencies.updateAgencyProfile(bankStaff, valuationFirm, input())).toBe(false);
	});

	it('lets only staff of a verified agency or bank act for it', async () => {
		const actsFor = async (user: string, organization: string) => {
			const [row] = await asUser(database, user).query<{ acts: boolean }>(
				sql`select app.is_provider_of(${organization}) as acts`
			);
			return row.acts;
		};
		expect(await actsFor(staff.valuer, valuationFirm)).toBe(true);
		expect(await actsFor(staff.bank, bank)).toBe(true);
		expect(await actsFor(staff.valuer, patentAgency)).toBe(false);
		// The broker edits its profile, but acts for nobody before an admin verifies it.
		expect(await actsFor(staff.broker, broker)).toBe(false);
		expect(await actsFor(demo.admin, '00000000-0000-4000-8000-000000000300')).toBe(false);
	});

	it('shows a provider whether it waits for verification and what its profile lacks', async () => {
		const home = async (user: string) =>
			Object.fromEntries(
				(await providerHome.providerHome(asUser(database, user))).map((card) => [card.kind, card.count])
			);
		// A valuation firm's inbox too: the seed's five requests to it; and its service cases (it
		// offers negotiation support too), none waiting.
		expect(await home(staff.valuer)).toEqual({
			awaiting_verification: 0,
			profile_incomplete: 0,
			valuations: 5,
			cases: 0
		});
		// The broker's profile has no turnaround since the edit above.
		expect(await home(staff.broker)).toEqual({ awaiting_verification: 1, profile_incomplete: 1 });
		// The bank's inbox: the demo application under review.
		expect(await home(staff.bank)).toEqual({ awaiting_verification: 0, pledges: 1 });
	});

	it('signs a provider up with a new unverified agency and its profile, or a bank without one', async () => {
		const service = asService(database);
		const signUp = (email: string, providerType: string, providerName: string) =>
			identity.signUp(service, {
				email,
				password: 'correct horse battery',
				displayName: '新用户',
				role: 'provider',
				universityId: '',
				organizationId: '',
				companyName: '',
				providerName,
				providerType,
				locale: 'zh-CN'
			});
		expect((await signUp('new-valuer@example.com', 'valuation_firm', '重庆新评资产评估有限公司')).ok).toBe(true);
		expect((await signUp('new-bank@example.com', 'bank', '山城银行渝北支行')).ok).toBe(true);
		const rows = await service.query<{
			email: string;
			role: string;
			kind: string;
			verified: boolean;
			type: string | null;
		}>(sql`
			select p.email, p.role, o.kind, o.verified, a.agency_type as type
			from public.profiles p join public.organizations o on o.id = p.organization_id
			left join public.agency_profiles a on a.organization_id = o.id
			where p.email in ('new-valuer@example.com', 'new-bank@example.com') order by p.email`);
		expect(rows).toEqual([
			{ email: 'new-bank@example.com', role: 'provider', kind: 'bank', verified: false, type: null },
			{ email: 'new-valuer@example.com', role: 'provider', kind: 'agency', verified: false, type: 'valuation_firm' }
		]);
		// Each waits for an admin, who hears of it (and nobody else does).
		const announced = await service.query<{ role: string; message: string }>(sql`
			select p.role::text as role, n.message from public.notifications n join public.profiles p on p.id = n.user_id
			where n.kind = 'organization_awaiting' and n.message in ('重庆新评资产评估有限公司', '山城银行渝北支行')
			order by n.message`);
		expect(announced).toEqual([
			{ role: 'admin', message: '山城银行渝北支行' },
			{ role: 'admin', message: '重庆新评资产评估有限公司' }
		]);
		// A college is verified as it is made: no notice.
		await service.query(sql`
			insert into public.organizations (kind, parent_id, name_zh, name_en, verified)
			values ('college', ${'00000000-0000-4000-8000-000000000100'}, '测试学院', 'Test School', true)`);
		const [colleges] = await service.query<{ n: number }>(
			sql`select count(*)::int as n from public.notifications where kind = 'organization_awaiting' and message = '测试学院'`
		);
		expect(colleges.n).toBe(0);
	});
});
