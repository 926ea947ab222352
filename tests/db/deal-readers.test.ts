import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Executor } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import { asService, asUser, demo, driver, openTestDatabase } from './setup/database.ts';

// Who reads a deal and the rows hanging off it (supabase/migrations/20261207003000_deal_reads_by_set.sql):
// the cases the authorization matrix's actors do not cover. A college's officer acts for the
// university; a co-inventor who does not own the listing takes part in its deals.
const collegeOfficer = '00000000-0000-4000-8000-000000009301';
const collegeResearcher = '00000000-0000-4000-8000-000000009302';
const firstDeal = '00000000-0000-4000-8004-000000000001';

async function dealIds(reader: Executor): Promise<string[]> {
	const rows = await reader.query<{ id: string }>(sql`select id from public.deals order by id`);
	return rows.map((row) => row.id);
}

async function eventDeals(reader: Executor): Promise<string[]> {
	const rows = await reader.query<{ deal_id: string }>(
		sql`select distinct deal_id from public.deal_events order by deal_id`
	);
	return rows.map((row) => row.deal_id);
}

describe(`who reads deals on ${driver}`, () => {
	let database: Database;
	beforeAll(async () => {
		database = await openTestDatabase();
		await asService(database).query(sql`
			with users as (
				insert into auth.users (id, email)
				values (${collegeOfficer}, 'college-officer@example.com'), (${collegeResearcher}, 'college-r@example.com')
				returning id
			)
			insert into public.profiles (id, role, organization_id, display_name, email)
			select ${collegeOfficer}::uuid, 'officer'::public.user_role, ${demo.college}::uuid, '学院专员', 'college-officer@example.com'
			from (select 1 from users limit 1) once
			union all
			select ${collegeResearcher}::uuid, 'researcher'::public.user_role, ${demo.college}::uuid, '同院研究员', 'college-r@example.com'
			from (select 1 from users limit 1) once`);
	});
	afterAll(() => database.close());

	it("shows a college's officer every deal of its university, with the deals' history", async () => {
		const universityDeals = await dealIds(asUser(database, demo.officer));
		expect(universityDeals).toContain(firstDeal);
		expect(await dealIds(asUser(database, collegeOfficer))).toEqual(universityDeals);
		expect(await eventDeals(asUser(database, collegeOfficer))).toEqual(
			await eventDeals(asUser(database, demo.officer))
		);
	});

	it('shows a researcher a deal, and its history, once they are a co-inventor of its listing', async () => {
		const researcher = asUser(database, collegeResearcher);
		expect(await dealIds(researcher)).toEqual([]);
		expect(await eventDeals(researcher)).toEqual([]);
		const [deal] = await asService(database).query<{ listing_id: string }>(
			sql`select listing_id from public.deals where id = ${firstDeal}`
		);
		await asService(database).query(sql`
			insert into public.listing_inventors (listing_id, position, profile_id, name, share)
			values (${deal.listing_id}, 40, ${collegeResearcher}, '同院研究员', 1)`);
		const sameListingDeals = await asService(database).query<{ id: string }>(
			sql`select id from public.deals where listing_id = ${deal.listing_id} order by id`
		);
		expect(await dealIds(researcher)).toEqual(sameListingDeals.map((row) => row.id));
		expect(await eventDeals(researcher)).toContain(firstDeal);
	});

	it('shows a company member only their own company’s deals', async () => {
		const [company] = await asService(database).query<{ ids: string[] }>(
			sql`select coalesce(array_agg(d.id order by d.id), '{}') as ids from public.deals d
				join public.profiles p on p.organization_id = d.company_id where p.id = ${demo.company}`
		);
		expect(company.ids.length).toBeGreaterThan(0);
		expect(await dealIds(asUser(database, demo.company))).toEqual(company.ids);
	});
});
