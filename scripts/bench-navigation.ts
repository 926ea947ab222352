// `npm run bench:navigation [-- --listings N] [-- --postgres] [-- --skip-pglite]`: the public navigation
// map's query (docs/performance.md, "The public navigation map") on a throwaway database with N
// published listings (default 100,000), two patents each, all of them in the demo university's
// portfolio with a main IPC code (600 main groups in 20 subclasses) and a filing date over
// 2007–2025. Loaded set-based with the navigation triggers off, then app.navigation_rebuild(): the
// full bench:analytics load takes over 40 minutes on PGlite. Prints p50 / p95 per query.
import { resolve } from 'node:path';
import type { Database } from '../src/lib/server/db/port.ts';
import { sql } from '../src/lib/server/db/sql.ts';
import { applyMigrations, readMigrations } from '../src/lib/server/db/migrate.ts';
import { seedDatabase } from '../src/lib/server/db/seed.ts';
import { claimsFor, executorForRole } from '../src/lib/server/db/request-role.ts';
import * as patentNavigation from '../src/lib/server/patent-navigation.ts';
import type { NavigationQuery } from '../src/lib/schemas/navigation.ts';
import { onEachDriver } from './lib/bench-drivers.ts';

const argument = (name: string) => process.argv.find((value, index) => process.argv[index - 1] === name);
const listingCount = Number(argument('--listings') ?? 100_000);
const runs = 20;
const targets = { pglite: 100, postgres: 30 } as const;
// Fixed names, never input.
const triggers = [
	['patents', 'navigation_patents_insert'],
	['portfolio_patents', 'navigation_portfolio_insert']
] as const;
const subclasses = ['H01M', 'B60L', 'C08K', 'G06F', 'A61K', 'A01B', 'F16H', 'G05B', 'H04L', 'C02F'].concat([
	'B25J',
	'C22C',
	'G01N',
	'H02J',
	'B33Y',
	'C12N',
	'A23L',
	'E04B',
	'G06N',
	'H01L'
]);

async function load(database: Database): Promise<void> {
	await applyMigrations(database, readMigrations(resolve('supabase/migrations')));
	await seedDatabase(database, resolve('supabase/seed.sql'));
	await database.transaction(async (tx) => {
		for (const [table, name] of triggers) await tx.query(sql([`alter table public.${table} disable trigger ${name}`]));
		// No deferred events either (the public content version's), or the triggers cannot be enabled again.
		await tx.query(sql`set local session_replication_role = replica`);
		await tx.query(sql`insert into public.listings (id, owner_id, institution_id, status, title, industry, published_at)
			select ('00000000-0000-4000-9000-' || lpad(to_hex(n), 12, '0'))::uuid, '00000000-0000-4000-8000-000000001001',
			       '00000000-0000-4000-8000-000000000100', 'published', '合成成果 ' || n,
			       (enum_range(null::public.industry))[1 + n % 8], now() - make_interval(mins => n)
			from generate_series(1, ${listingCount}::int) n`);
		await tx.query(sql`insert into public.patents (listing_id, position, application_number, patent_type, legal_status)
			select ('00000000-0000-4000-9000-' || lpad(to_hex(n), 12, '0'))::uuid, k,
			       '2019' || lpad((n * 2 + k)::text, 8, '0') || '.' || ((n * 2 + k) % 10), 'invention', 'granted'
			from generate_series(1, ${listingCount}::int) n cross join generate_series(0, 1) k`);
		await tx.query(sql`insert into public.portfolio_patents (university_id, application_number, title, patent_type,
			                                      filed_on, granted_on, legal_status, ipc_codes)
			select l.institution_id, p.application_number, '合成专利', 'invention', f.filed_on, f.filed_on + 700, 'granted',
			       array[(${subclasses}::text[])[1 + abs(hashtext(p.application_number)) % 20]
			             || ' ' || (1 + abs(hashtext(p.application_number || 'g')) % 30) || '/'
			             || lpad((abs(hashtext(p.application_number || 'n')) % 100)::text, 2, '0')]
			from public.patents p join public.listings l on l.id = p.listing_id
			cross join lateral (select date '2007-01-01' + abs(hashtext(p.application_number || 'f')) % 6900 as filed_on) f
			where l.id::text like '00000000-0000-4000-9000-%'
			on conflict (university_id, application_number) do nothing`);
		for (const [table, name] of triggers)
			await tx.query(sql([`alter table public.${table} enable always trigger ${name}`]));
		// Statistics first: planned on the empty tables' (the rows above are not analysed yet), the
		// rebuild's joins ran as nested loops over sequential scans, for minutes on PostgreSQL.
		await tx.query(sql`analyze public.listings, public.patents, public.portfolio_patents`);
		await tx.query(sql`select app.navigation_rebuild()`);
	});
	await database.query(sql`vacuum analyze`);
}

async function measure(database: Database, label: keyof typeof targets): Promise<void> {
	const started = performance.now();
	await load(database);
	const [rows] = await database.query<{ facts: number; counters: number }>(sql`select
		(select count(*)::int from app.navigation_patent_facts) as facts, (select count(*)::int from app.navigation_node_counts) as counters`);
	console.log(`\n${label}: loaded in ${((performance.now() - started) / 1000).toFixed(0)} s`, rows);
	console.log(`${runs} runs, target p95 ≤ ${targets[label]} ms          p50 ms   p95 ms`);
	const anonymous = executorForRole(database, claimsFor(null));
	const queries: [string, NavigationQuery][] = [
		['whole map', { industry: null, ipc: null }],
		['one industry and subclass', { industry: 'automotive', ipc: 'H01M' }],
		['section H', { industry: null, ipc: 'H' }],
		['one industry and main group', { industry: 'automotive', ipc: 'H01M 7' }]
	];
	for (const [name, query] of queries) {
		const times: number[] = [];
		for (let run = -3; run < runs; run++) {
			const begun = performance.now();
			await patentNavigation.readNavigationMap(anonymous, query);
			if (run >= 0) times.push(performance.now() - begun);
		}
		times.sort((a, b) => a - b);
		const [p50, p95] = [times[Math.floor(runs / 2)], times[Math.floor(runs * 0.95)]];
		console.log(
			`${name.padEnd(30)} ${p50.toFixed(1).padStart(8)} ${p95.toFixed(1).padStart(8)}  ${p95 <= targets[label] ? 'PASS' : 'MISS'}`
		);
	}
}

await onEachDriver(measure);
