import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Executor } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as patentNavigation from '../../src/lib/server/patent-navigation.ts';
import { asAnon, demo, driver, openTestDatabase } from './setup/database.ts';

// The navigation map's counters (supabase/migrations/…_navigation_counted_ahead.sql) stay what a
// recount from the rows gives, whichever table a write touches, and a patent leaves the map the
// day its term ends though no write marks that day.
const id = (n: number) => `00000000-0000-4000-9f1a-${String(n).padStart(12, '0')}`;
const number = (n: number) => `20262${String(n).padStart(7, '0')}.0`;
const companyUser = '00000000-0000-4000-8000-000000001002';
const company = '00000000-0000-4000-8000-000000000201';

async function snapshot(db: Executor) {
	const counters = await db.query(sql`select node, industry, dimension, key, state, expires_year, patents
		from app.navigation_node_counts where patents <> 0 order by 1, 2, 3, 4, 5, 6 nulls first`);
	const facts = await db.query(
		sql`select * from app.navigation_patent_facts order by university_id, application_number`
	);
	return { counters, facts };
}

/** The counters as the triggers left them, then as a recount from the rows makes them. */
async function keptAndRecounted(database: Database) {
	const kept = await snapshot(database);
	await database.query(sql`select app.navigation_rebuild()`);
	return { kept, recounted: await snapshot(database) };
}

const inReplica = (database: Database, statements: ReturnType<typeof sql>[]) =>
	database.transaction(async (tx) => {
		await tx.query(sql`set local session_replication_role = replica`);
		for (const statement of statements) await tx.query(statement);
	});

describe(`navigation counted ahead on ${driver}`, () => {
	let database: Database;
	let anon: Executor;
	beforeAll(async () => {
		database = await openTestDatabase();
		anon = asAnon(database);
	});
	afterAll(() => database?.close());

	it('starts from the demo data with counters equal to a recount', async () => {
		const { kept, recounted } = await keptAndRecounted(database);
		expect(kept.facts.length).toBeGreaterThan(100);
		expect(kept).toEqual(recounted);
	});

	it('keeps the counters equal to a recount after writes to each of the five tables', async () => {
		const listing = id(1);
		await inReplica(database, [
			sql`insert into public.listings (id, owner_id, institution_id, status, title, industry)
				values (${listing}, ${demo.researcher}, ${demo.university}, 'draft', '计数样例', 'new_materials')`,
			// A draft's patent, one of them already in the demo university's portfolio.
			sql`insert into public.patents (listing_id, position, application_number, patent_type, legal_status, filed_on)
				select ${listing}, 0, pp.application_number, pp.patent_type, 'pending', pp.filed_on
				from public.portfolio_patents pp where pp.university_id = ${demo.university}
				order by pp.application_number limit 1`,
			sql`insert into public.patents (listing_id, position, application_number, patent_type, legal_status, filed_on)
				values (${listing}, 1, ${number(1)}, 'invention', 'pending', '2022-03-01')`,
			sql`update public.listings set status = 'published', published_at = now() where id = ${listing}`,
			sql`update public.listings set industry = 'biomedicine' where id = ${listing}`,
			sql`insert into public.interests (id, listing_id, company_id, created_by, idempotency_key, status)
				values (${id(2)}, ${listing}, ${company}, ${companyUser}, gen_random_uuid(), 'converted')`,
			sql`insert into public.deals (id, interest_id, listing_id, company_id, institution_id, stage, mode, signed_on)
				values (${id(3)}, ${id(2)}, ${listing}, ${company}, ${demo.university}, 'signed', 'exclusive_license', '2026-01-05')`
		]);
		const afterDeal = await keptAndRecounted(database);
		expect(afterDeal.kept).toEqual(afterDeal.recounted);
		expect(afterDeal.kept.facts).toContainEqual(
			expect.objectContaining({ application_number: number(1), state: 'licensed', industry: 'biomedicine' })
		);

		await inReplica(database, [
			sql`update public.deals set stage = 'closed_lost' where id = ${id(3)}`,
			sql`update public.open_licence_declarations set status = 'withdrawn', withdrawal_announcement_number = 'CN-OL-W-1',
				withdrawn_on = current_date where status = 'announced'`,
			sql`update public.portfolio_patents set legal_status = 'lapsed'
				where university_id = ${demo.university} and application_number in (
					select application_number from public.portfolio_patents where university_id = ${demo.university}
					order by application_number desc limit 5)`,
			sql`update public.portfolio_patents set ipc_codes = '{"H02J 7/00"}'
				where university_id = ${demo.university} and application_number in (
					select application_number from public.portfolio_patents where university_id = ${demo.university}
					order by application_number limit 3)`,
			sql`insert into public.portfolio_patents (university_id, application_number, title, patent_type, filed_on,
				legal_status, ipc_codes)
				select ${demo.university}, '20263' || lpad(n::text, 7, '0') || '.0', '批量导入 ' || n, 'invention',
				       date '2015-01-01' + n * 30, 'pending', array['C08K ' || (n % 7 + 1) || '/04']
				from generate_series(1, 60) n`
		]);
		const afterPortfolio = await keptAndRecounted(database);
		expect(afterPortfolio.kept).toEqual(afterPortfolio.recounted);

		await inReplica(database, [
			sql`delete from public.deals where id = ${id(3)}`,
			sql`delete from public.interests where id = ${id(2)}`,
			sql`delete from public.listings where id = ${listing}`,
			sql`delete from public.portfolio_patents where application_number like '20263%'`
		]);
		const afterDeletes = await keptAndRecounted(database);
		expect(afterDeletes.kept).toEqual(afterDeletes.recounted);
		expect(afterDeletes.kept.facts).not.toContainEqual(expect.objectContaining({ application_number: number(1) }));
	});

	it('takes a patent off the map the day after its term ends', async () => {
		const university = id(10);
		const today = sql`(now() at time zone 'Asia/Shanghai')::date`;
		await inReplica(database, [
			sql`insert into public.organizations (id, kind, name_zh, name_en, verified)
				values (${university}, 'university', '期限大学', 'Term University', true)`,
			// Inventions end the day before their twentieth anniversary: yesterday, today, in a year.
			sql`insert into public.portfolio_patents (university_id, application_number, title, patent_type, filed_on,
				granted_on, legal_status, ipc_codes)
				select ${university}::uuid, ${number(10)} , '昨日届满', 'invention'::public.patent_type, ${today} - interval '20 years', ${today} - interval '18 years', 'granted'::public.patent_legal_status, '{"F16H 1/00"}'::text[]
				union all select ${university}, ${number(11)}, '今日届满', 'invention', ${today} - interval '20 years' + interval '1 day', ${today} - interval '18 years', 'granted', '{"F16H 1/00"}'
				union all select ${university}, ${number(12)}, '明年届满', 'invention', ${today} - interval '19 years', ${today} - interval '17 years', 'granted', '{"F16H 1/00"}'`
		]);
		const map = await patentNavigation.readNavigationMap(anon, { industry: null, ipc: 'F16H' });
		expect(map.universities.find((tally) => tally.key === university)).toMatchObject({ available: 2, total: 2 });
	});

	it('lists the newest listings of a broad node and of a narrow one alike', async () => {
		// 2,400 patents under B25J make it broad (over 2,000: read from the newest listings first); five
		// listings hold one each, published a day apart, and a sixth, a draft, holds one too.
		const listing = (n: number) => id(100 + n);
		const statements = [
			sql`insert into public.portfolio_patents (university_id, application_number, title, patent_type, filed_on,
				legal_status, ipc_codes)
				select ${demo.university}, '20264' || lpad(n::text, 7, '0') || '.0', '机械臂 ' || n, 'invention',
				       date '2016-01-01' + n, 'pending', array['B25J ' || (n % 2 + 7) || '/16']
				from generate_series(1, 2400) n`
		];
		for (let n = 1; n <= 6; n++)
			statements.push(
				sql`insert into public.listings (id, owner_id, institution_id, status, title, industry, published_at)
					values (${listing(n)}, ${demo.researcher}, ${demo.university}, ${n === 6 ? 'draft' : 'published'}::public.listing_status,
					${`机械臂成果 ${n}`}, 'smart_manufacturing', now() + make_interval(days => ${n}))`,
				sql`insert into public.patents (listing_id, position, application_number, patent_type, legal_status)
					values (${listing(n)}, 0, '20264' || lpad(${String(n + 10)}, 7, '0') || '.0', 'invention', 'pending')`
			);
		await inReplica(database, statements);
		const newestFirst = [5, 4, 3, 2, 1].map(listing);
		const broad = await database.query<{ id: string }>(sql`select id from app.navigation_listings('B25J', null, 3)`);
		expect(broad.map((row) => row.id)).toEqual(newestFirst.slice(0, 3));
		// 'B25J 7' holds the even-numbered patents: those of listings 2 and 4.
		const narrow = await database.query<{ id: string }>(
			sql`select id from app.navigation_listings('B25J 7', null, 12)`
		);
		expect(narrow.map((row) => row.id)).toEqual([4, 2].map(listing));
		const ofIndustry = await database.query<{ id: string }>(
			sql`select id from app.navigation_listings('B25J', 'biomedicine', 12)`
		);
		expect(ofIndustry).toEqual([]);
	});

	it('recounts a key after a concurrent writer of the same key has committed', async () => {
		const listing = id(20);
		const patentNumber = number(20);
		await inReplica(database, [
			sql`insert into public.portfolio_patents (university_id, application_number, title, patent_type, filed_on,
				legal_status, ipc_codes) values (${demo.university}, ${patentNumber}, '并发样例', 'invention', '2021-05-01',
				'lapsed', '{"G06F 16/00"}')`,
			sql`insert into public.listings (id, owner_id, institution_id, status, title, industry, published_at)
				values (${listing}, ${demo.researcher}, ${demo.university}, 'published', '并发成果', 'electronic_information', now())`,
			sql`insert into public.patents (listing_id, position, application_number, patent_type, legal_status, filed_on)
				values (${listing}, 0, ${patentNumber}, 'invention', 'pending', '2021-05-01')`,
			sql`insert into public.interests (id, listing_id, company_id, created_by, idempotency_key, status)
				values (${id(21)}, ${listing}, ${company}, ${companyUser}, gen_random_uuid(), 'converted')`
		]);
		// The first writer restores the lapsed patent (it comes onto the map) and holds its transaction
		// open; the second signs a deal on its listing meanwhile. Whoever recounts last must see both.
		let restored!: () => void;
		const restoredNow = new Promise<void>((resolve) => (restored = resolve));
		const restore = database.transaction(async (tx) => {
			await tx.query(sql`update public.portfolio_patents set legal_status = 'pending'
				where university_id = ${demo.university} and application_number = ${patentNumber}`);
			restored();
			await tx.query(sql`select pg_sleep(0.3)`);
		});
		await restoredNow;
		const sign = inReplica(database, [
			sql`insert into public.deals (id, interest_id, listing_id, company_id, institution_id, stage, mode, signed_on)
				values (${id(22)}, ${id(21)}, ${listing}, ${company}, ${demo.university}, 'signed', 'exclusive_license', '2026-02-01')`
		]);
		await Promise.all([restore, sign]);
		const facts = await database.query(
			sql`select state from app.navigation_patent_facts where application_number = ${patentNumber}`
		);
		expect(facts).toEqual([{ state: 'licensed' }]);
		const { kept, recounted } = await keptAndRecounted(database);
		expect(kept).toEqual(recounted);
	});
});
