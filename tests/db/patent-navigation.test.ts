import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Executor } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as patentNavigation from '../../src/lib/server/patent-navigation.ts';
import * as portfolioPages from '../../src/lib/server/portfolio.ts';
import type { NavigationMap } from '../../src/lib/server/patent-navigation.ts';
import { asAnon, asUser, demo, driver, openTestDatabase, sqlState } from './setup/database.ts';

// The public patent navigation map (supabase/migrations/…_patent_navigation.sql) against a
// hand-counted university: which patents count (in force, published facts only), in which state,
// industry, IPC node and year; that anonymous readers get counts and nothing of the portfolio.
const id = (group: number, n: number) => `00000000-0000-4000-9f0${group}-${String(n).padStart(12, '0')}`;
const university = id(0, 1);
const researcher = id(1, 1);
const officer = id(1, 2);
const company = '00000000-0000-4000-8000-000000000201';
const companyUser = '00000000-0000-4000-8000-000000001002';

// n, type, status, filed, granted, IPC
const portfolio: [number, string, string, string, string | null, string][] = [
	[1, 'invention', 'granted', '2016-03-01', '2018-05-02', 'H01M 10/052'], // available, energy (IPC)
	[2, 'utility_model', 'granted', '2010-05-01', '2011-01-04', 'A01G 9/22'], // past its ten years: not counted
	[3, 'invention', 'lapsed', '2018-01-01', '2020-01-01', 'C08K 3/04'], // lapsed: not counted
	[4, 'invention', 'pending', '2023-02-01', null, 'G06F 16/33'], // available, electronic information
	[5, 'invention', 'granted', '2019-01-10', '2021-03-01', 'C08L 63/00'], // listing 1 (automotive), signed deal: licensed
	[6, 'invention', 'granted', '2020-06-01', '2022-06-01', 'B25J 9/16'], // listing 2, announced open licence
	[9, 'invention', 'granted', '2017-04-01', '2019-04-01', 'E04B 1/00'] // no industry for E04: other
];
const number = (n: number) => `20261${String(n).padStart(7, '0')}.0`;

// listing n, status, industry, its patents (n, filed, granted)
const listings: [number, string, string, [number, string, string | null][]][] = [
	[1, 'published', 'automotive', [[5, '2019-01-10', '2021-03-01']]],
	[2, 'published', 'smart_manufacturing', [[6, '2020-06-01', '2022-06-01']]],
	[3, 'draft', 'biomedicine', [[7, '2021-01-01', '2022-01-01']]], // a draft: not counted
	[4, 'published', 'biomedicine', [[8, '2021-02-01', '2022-02-01']]] // not in the portfolio: unclassified
];

async function addFixture(database: Database) {
	await database.transaction(async (tx) => {
		await tx.query(sql`set local session_replication_role = replica`);
		await tx.query(sql`insert into public.organizations (id, kind, name_zh, name_en, verified)
			values (${university}, 'university', '南岸科技大学', 'Nan''an University of Technology', true)`);
		await tx.query(sql`insert into auth.users (id, email) values (${researcher}, 'researcher@nanan.example.edu'),
			(${officer}, 'officer@nanan.example.edu')`);
		await tx.query(sql`insert into public.profiles (id, role, organization_id, display_name, email)
			values (${researcher}, 'researcher', ${university}, '赵一鸣', 'researcher@nanan.example.edu'),
			(${officer}, 'officer', ${university}, '钱南', 'officer@nanan.example.edu')`);
		for (const [n, type, status, filed, granted, ipc] of portfolio)
			await tx.query(sql`insert into public.portfolio_patents (university_id, application_number, title, patent_type,
				filed_on, granted_on, legal_status, ipc_codes) values (${university}, ${number(n)}, ${`导航样例 ${n}`},
				${type}::public.patent_type, ${filed}::date, ${granted}::date, ${status}::public.patent_legal_status,
				${[ipc]}::text[])`);
		for (const [n, status, industry, patents] of listings) {
			await tx.query(sql`insert into public.listings (id, owner_id, institution_id, status, title, industry, published_at)
				values (${id(2, n)}, ${researcher}, ${university}, ${status}::public.listing_status, ${`导航成果 ${n}`},
				${industry}::public.industry, ${status === 'published' ? '2024-01-01T00:00Z' : null}::timestamptz)`);
			for (const [position, [patent, filed, granted]] of patents.entries())
				await tx.query(sql`insert into public.patents (id, listing_id, position, application_number, patent_type,
					legal_status, filed_on, granted_on) values (${id(3, patent)}, ${id(2, n)}, ${position}, ${number(patent)},
					'invention', 'granted', ${filed}::date, ${granted}::date)`);
		}
		await tx.query(sql`insert into public.interests (id, listing_id, company_id, created_by, idempotency_key, status)
			values (${id(4, 1)}, ${id(2, 1)}, ${company}, ${companyUser}, gen_random_uuid(), 'converted')`);
		await tx.query(sql`insert into public.deals (id, interest_id, listing_id, company_id, institution_id, stage, mode,
			signed_on) values (${id(5, 1)}, ${id(4, 1)}, ${id(2, 1)}, ${company}, ${university}, 'signed',
			'exclusive_license', '2024-06-01')`);
		await tx.query(sql`insert into public.open_licence_declarations (patent_id, listing_id, institution_id, status,
			fee_basis, lump_sum_fen, payment_method, term_months, contact, submitted_on, announcement_number, announced_on,
			creation_key) values (${id(3, 6)}, ${id(2, 2)}, ${university}, 'announced', 'lump_sum', 5000000, '一次性支付',
			36, '技术转移中心', '2024-01-02', 'CN-OL-2024-0001', '2024-02-01', gen_random_uuid())`);
	});
}

const sum = (map: NavigationMap, list: 'industries' | 'ipc', key: string) => {
	const tally = map[list].find((entry) => entry.key === key);
	return tally ? [tally.available, tally.licensed, tally.openLicence] : [0, 0, 0];
};
const minus = (after: number[], before: number[]) => after.map((value, index) => value - before[index]);

describe(`patent navigation on ${driver}`, () => {
	let database: Database;
	let anon: Executor;
	let before: NavigationMap;
	const all = { industry: null, ipc: null };

	beforeAll(async () => {
		database = await openTestDatabase();
		anon = asAnon(database);
		before = await patentNavigation.readNavigationMap(anon, all);
		await addFixture(database);
	});
	afterAll(() => database?.close());

	it('counts a university’s patents in force once each, in their state', async () => {
		const map = await patentNavigation.readNavigationMap(anon, all);
		const nanan = map.universities.find((tally) => tally.key === university);
		expect(nanan).toMatchObject({ available: 4, licensed: 1, openLicence: 1, total: 6, nameZh: '南岸科技大学' });
	});

	it('puts each patent in its listing’s industry, else its IPC’s, else other', async () => {
		const map = await patentNavigation.readNavigationMap(anon, all);
		const change = (key: string) => minus(sum(map, 'industries', key), sum(before, 'industries', key));
		expect(change('energy_environment')).toEqual([1, 0, 0]);
		expect(change('electronic_information')).toEqual([1, 0, 0]);
		expect(change('automotive')).toEqual([0, 1, 0]);
		expect(change('smart_manufacturing')).toEqual([0, 0, 1]);
		expect(change('biomedicine')).toEqual([1, 0, 0]);
		expect(change('other')).toEqual([1, 0, 0]);
		expect(change('new_materials')).toEqual([0, 0, 0]);
		expect(change('modern_agriculture')).toEqual([0, 0, 0]);
	});

	it('walks the IPC hierarchy down to the main group, with the listings of a node', async () => {
		const sections = await patentNavigation.readNavigationMap(anon, all);
		expect(minus(sum(sections, 'ipc', 'H'), sum(before, 'ipc', 'H'))).toEqual([1, 0, 0]);
		expect(minus(sum(sections, 'ipc', 'C'), sum(before, 'ipc', 'C'))).toEqual([0, 1, 0]);
		expect(minus(sum(sections, 'ipc', ''), sum(before, 'ipc', ''))).toEqual([1, 0, 0]);
		const subclass = await patentNavigation.readNavigationMap(anon, { industry: 'energy_environment', ipc: 'H01M' });
		expect(subclass.ipc.find((tally) => tally.key === 'H01M 10')?.available).toBeGreaterThanOrEqual(1);
		expect(subclass.ipc.every((tally) => tally.key.startsWith('H01M '))).toBe(true);
		const chemistry = await patentNavigation.readNavigationMap(anon, { industry: null, ipc: 'C08' });
		expect(chemistry.listings.map((listing) => listing.id)).toContain(id(2, 1));
		expect(chemistry.years.find((tally) => tally.key === '2019')?.licensed).toBeGreaterThanOrEqual(1);
	});

	it('agrees with the portfolio page on what is available: in force, not only not lapsed', async () => {
		const page = await portfolioPages.listPortfolio(
			asUser(database, officer),
			university,
			{ status: null, type: null, q: null, page: 1 },
			'2026-12-07'
		);
		// Seven in the portfolio: one lapsed, one past its term (still "granted" in the register).
		expect(page.counts).toEqual({ pending: 1, granted: 5, lapsed: 1 });
		expect(page.available).toBe(5);
	});

	it('ends a main group where its number does, and lists only the chosen industry’s listings', async () => {
		const under = async (code: string, node: string) =>
			(await anon.query<{ under: boolean }>(sql`select app.ipc_under(${code}, ${node}) as under`))[0].under;
		expect(await under('C02F 1/28', 'C02F 1')).toBe(true);
		expect(await under('C02F 11/00', 'C02F 1')).toBe(false);
		expect(await under('C02F 11/00', 'C02F')).toBe(true);
		// A main group divides no further: no child rows (not even itself), and 'H01M 10/052' is not
		// under 'H01M 1', so no 'H01M 10' shows there; its listings and years still do.
		const group = await patentNavigation.readNavigationMap(anon, { industry: null, ipc: 'H01M 1' });
		expect(group.ipc).toEqual([]);
		const tenth = await patentNavigation.readNavigationMap(anon, { industry: null, ipc: 'H01M 10' });
		expect(tenth.ipc).toEqual([]);
		expect(tenth.years.length).toBeGreaterThan(0);
		const automotive = await patentNavigation.readNavigationMap(anon, { industry: 'automotive', ipc: 'C08' });
		expect(automotive.listings.map((listing) => listing.id)).toContain(id(2, 1));
		const other = await patentNavigation.readNavigationMap(anon, { industry: 'smart_manufacturing', ipc: 'C08' });
		expect(other.listings.map((listing) => listing.id)).not.toContain(id(2, 1));
	});

	it('counts the open needs whose deadline has not passed', async () => {
		const needs = (
			deadline: string | null
		) => sql`insert into public.needs (company_id, author_id, title, problem, industry,
			deadline) values (${company}, ${companyUser}, '温室传感器', '需要低功耗温室传感器', 'modern_agriculture', ${deadline}::date)`;
		await database.query(needs('2020-01-01'));
		await database.query(needs(null));
		const map = await patentNavigation.readNavigationMap(anon, all);
		expect((map.needs.modern_agriculture ?? 0) - (before.needs.modern_agriculture ?? 0)).toBe(1);
	});

	it('gives anonymous readers counts only: the portfolio itself stays closed', async () => {
		expect(await sqlState(anon.query(sql`select count(*) from public.portfolio_patents`))).toBe('42501');
		expect(await sqlState(anon.query(sql`select * from app.navigation_patent_facts`))).toBe('42501');
		expect(await sqlState(anon.query(sql`select * from app.navigation_node_counts`))).toBe('42501');
		expect(await sqlState(anon.query(sql`select app.navigation_rebuild()`))).toBe('42501');
		expect(await sqlState(anon.query(sql`select * from app.ipc_industries`))).toBe('42501');
		expect(await sqlState(anon.query(sql`select * from app.navigation_counts(null, 'H%')`))).toBe('22023');
		expect(
			await sqlState(asUser(database, demo.company).query(sql`select * from app.navigation_listings('_', null, 5)`))
		).toBe('22023');
	});

	it('raises the public content version when the portfolio changes, so the cached page is rendered anew', async () => {
		const version = async () =>
			(await database.query<{ version: string }>(sql`select version::text from app.public_content`))[0].version;
		const first = await version();
		await database.query(sql`update public.portfolio_patents set legal_status = 'lapsed'
			where application_number = ${number(1)} and university_id = ${university}`);
		expect(await version()).not.toBe(first);
		const map = await patentNavigation.readNavigationMap(anon, all);
		expect(map.universities.find((tally) => tally.key === university)?.available).toBe(3);
	});
});
