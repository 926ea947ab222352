import type { Database } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';

// The office metrics' benchmark data, on top of the synthetic listings (bench-database.ts): the
// listings spread over five years of publication and the demo university's three colleges, a
// second patent per listing (200,000 in all), each also in the university's portfolio with a main
// IPC code (600 main groups in 20 subclasses) and a filing date over 2004–2025, 40,000 interests, 20,000 deals with their stage
// events, and receipts on the signed ones. Written as the owner with triggers off
// (session_replication_role = replica): set-based inserts, minutes faster than row by row. The
// office metrics' summary triggers fire even so (ENABLE ALWAYS, 20261212200000_office_metrics_counts.sql),
// but one transaction that moves 100,000 listings through the same few hundred counter rows piles
// up row versions no one can prune until it ends (each upsert walks them; not done after 5 minutes
// of PostgreSQL CPU), so this one disables them and recounts the summary set-based
// (app.metrics_rebuild) before it commits (docs/architecture.md, "Office metrics counted ahead").
const summaryTriggers = [
	['listings', 'metrics_count_listings'],
	['interests', 'metrics_count_interests'],
	['deals', 'metrics_count_deals'],
	['deals', 'metrics_count_deals_delete'],
	['deal_events', 'metrics_count_deal_events'],
	['deal_events', 'metrics_count_deal_events_delete'],
	['deal_events', 'metrics_count_deal_events_update'],
	['receipts', 'metrics_count_receipts'],
	// The navigation map's counters (20261213300000_navigation_counted_ahead.sql), recounted the same way.
	['patents', 'navigation_patents_insert'],
	['portfolio_patents', 'navigation_portfolio_insert'],
	['listings', 'navigation_listings_update'],
	['deals', 'navigation_deals_insert']
] as const;
// Fixed names from the list above, never input.
const alterTriggers = (state: 'disable' | 'enable always') =>
	summaryTriggers.map(([table, name]) => sql([`alter table public.${table} ${state} trigger ${name}`]));

const university = '00000000-0000-4000-8000-000000000100';
const colleges = [
	'00000000-0000-4000-8000-000000000101',
	'00000000-0000-4000-8000-000000000102',
	'00000000-0000-4000-8000-000000000103'
];
const company = '00000000-0000-4000-8000-000000000201';
const companyUser = '00000000-0000-4000-8000-000000001002';
// The synthetic listings' ids (scripts/lib/synthetic-listings.ts); the demo's are 8000–80ff.
const synthetic = '00000000-0000-4000-9000-%';

export async function loadAnalyticsData(database: Database, deals: number): Promise<void> {
	const started = performance.now();
	await database.transaction(async (tx) => {
		await tx.query(sql`set local session_replication_role = replica`);
		for (const statement of alterTriggers('disable')) await tx.query(statement);
		// Synthetic listings only (the demo's keep their dates): published over 2021–2025.
		await tx.query(sql`
			update public.listings l set
				published_at = timestamptz '2021-01-01 08:00+08' + make_interval(days => abs(hashtext(l.id::text)) % 1825),
				created_at = timestamptz '2021-01-01 08:00+08' + make_interval(days => abs(hashtext(l.id::text)) % 1825 - 20),
				college_id = (${colleges}::uuid[])[1 + abs(hashtext(l.id::text || 'c')) % 3]
			where l.id::text like ${synthetic}`);
		await tx.query(sql`
			insert into public.patents (listing_id, position, application_number, patent_type, legal_status)
			select p.listing_id, 1, '2023' || substr(p.application_number, 5, 1) || lpad((row_number() over ())::text, 7, '0') || '.1',
			       p.patent_type, p.legal_status
			from public.patents p join public.listings l on l.id = p.listing_id
			where p.position = 0 and l.id::text like ${synthetic}`);
		await tx.query(sql`
			insert into public.portfolio_patents (university_id, application_number, title, patent_type, filed_on, granted_on,
			                                      legal_status, ipc_codes)
			select l.institution_id, p.application_number, '合成专利 ' || p.application_number, p.patent_type, f.filed_on,
			       case when p.legal_status <> 'pending' then f.filed_on + 700 end, p.legal_status,
			       array[(array['H01M','B60L','C08K','G06F','A61K','A01B','F16H','G05B','H04L','C02F','B25J','C22C',
			                    'G01N','H02J','B33Y','C12N','A23L','E04B','G06N','H01L'])[1 + abs(hashtext(p.application_number)) % 20]
			             || ' ' || (1 + abs(hashtext(p.application_number || 'g')) % 30) || '/'
			             || lpad((abs(hashtext(p.application_number || 'n')) % 100)::text, 2, '0')]
			from public.patents p join public.listings l on l.id = p.listing_id
			cross join lateral (select date '2004-01-01' + abs(hashtext(p.application_number || 'f')) % 8000 as filed_on) f
			where l.id::text like ${synthetic}
			on conflict (university_id, application_number) do nothing`);
		// Interests on 40,000 listings (two per listing for the first half: 2 × deals).
		await tx.query(sql`
			create temporary table bench_listings on commit drop as
			select id, published_at, row_number() over (order by id) as n from public.listings
			where id::text like ${synthetic} order by id limit ${deals * 2}`);
		await tx.query(sql`
			insert into public.interests (id, listing_id, company_id, created_by, idempotency_key, status, decline_reason, created_at)
			select gen_random_uuid(), b.id, ${company}, ${companyUser}, gen_random_uuid(),
			       case when b.n <= ${deals} then 'converted' else 'declined' end::public.interest_status,
			       case when b.n > ${deals} then 'price' end::public.decline_reason,
			       b.published_at + interval '10 days'
			from bench_listings b`);
		await tx.query(
			sql`update public.interests set decline_reason = 'price' where status = 'declined' and decline_reason is null`
		);
		// Deals: stage by n mod 10 (4 in 10 signed or won), modes in turn, signed 120 days after the interest.
		await tx.query(sql`
			insert into public.deals (id, interest_id, listing_id, company_id, institution_id, stage, mode, signed_on, effective_on,
			                          term_months, created_at)
			select gen_random_uuid(), i.id, i.listing_id, ${company}, ${university},
			       (array['inquiry','nda','evaluation','negotiation','term_sheet','closed_lost','signed','signed','closed_won','closed_won'])[1 + b.n % 10]::public.deal_stage,
			       (enum_range(null::public.cooperation_mode))[1 + b.n % 6],
			       case when b.n % 10 >= 6 then (i.created_at + interval '120 days')::date end,
			       case when b.n % 10 >= 6 then (i.created_at + interval '125 days')::date end,
			       case when b.n % 3 = 0 then null else 12 + 12 * (b.n % 4)::int end,
			       i.created_at
			from public.interests i join bench_listings b on b.id = i.listing_id
			where b.n <= ${deals}`);
		// Stage events: created, then one event per stage up to the deal's (signed deals pass every stage).
		await tx.query(sql`
			insert into public.deal_events (deal_id, kind, before, after, created_at)
			select d.id, case when s.k = 1 then 'created' else 'stage' end,
			       case when s.k > 1 then jsonb_build_object('stage', (enum_range(null::public.deal_stage))[s.k - 1]) end,
			       jsonb_build_object('stage', (enum_range(null::public.deal_stage))[s.k]),
			       d.created_at + make_interval(days => (s.k - 1) * 15 + abs(hashtext(d.id::text || s.k::text)) % 10)
			from public.deals d
			cross join lateral generate_series(1, least(array_position(enum_range(null::public.deal_stage), d.stage), 7)) as s(k)
			where d.listing_id::text like ${synthetic}`);
		await tx.query(sql`
			insert into public.payment_schedule_lines (id, deal_id, kind, position, amount_fen)
			select gen_random_uuid(), d.id, 'upfront', 0, 10000000 from public.deals d
			where d.signed_on is not null and d.listing_id::text like ${synthetic}`);
		await tx.query(sql`
			insert into public.receipts (deal_id, schedule_line_id, amount_fen, received_on, bank_reference, idempotency_key)
			select l.deal_id, l.id, 5000000 + abs(hashtext(l.id::text)) % 5000000, d.signed_on + 30, 'BENCH-' || l.id, gen_random_uuid()
			from public.payment_schedule_lines l join public.deals d on d.id = l.deal_id
			where d.listing_id::text like ${synthetic}`);
		for (const statement of alterTriggers('enable always')) await tx.query(statement);
		await tx.query(sql`select app.metrics_rebuild()`);
		await tx.query(sql`select app.navigation_rebuild()`);
	});
	await database.query(sql`vacuum analyze`);
	const [counts] = await database.query<Record<string, number>>(sql`select
		(select count(*)::int from public.listings) as listings, (select count(*)::int from public.patents) as patents,
		(select count(*)::int from public.interests) as interests, (select count(*)::int from public.deals) as deals,
		(select count(*)::int from public.deal_events) as events, (select count(*)::int from public.receipts) as receipts`);
	console.log(`  analytics data in ${((performance.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(counts)}`);
}
