// `npm run bench:alerts [-- --users N] [-- --listings N] [-- --postgres] [-- --skip-pglite]`: alerts at
// scale (docs/performance.md, "Alerts"). N users (default 10,000), each with a saved search on a
// subject of the synthetic catalogue (every tenth a second, broader one, so one listing can match a
// user twice) and the default daily email digest of saved searches; then N listings (default 1,000)
// published one statement each, as officers publish them (matching + fan-out in the triggers); then
// the digest job once. Prints the times, peak RSS and heap, and the listings that reached a user
// twice in one digest (must be 0).
import { resolve } from 'node:path';
import type { Database } from '../src/lib/server/db/port.ts';
import { sql } from '../src/lib/server/db/sql.ts';
import { applyMigrations, readMigrations } from '../src/lib/server/db/migrate.ts';
import { seedDatabase } from '../src/lib/server/db/seed.ts';
import { executorForRole } from '../src/lib/server/db/request-role.ts';
import { listingMatchTerms, listingSearchVector } from '../src/lib/server/listing-index.ts';
import { queueAlertDigests } from '../src/lib/server/alert-digests.ts';
import { buildSearchQuery } from '../src/lib/rules/search-text.ts';
import { generateListings, zhCores } from './lib/synthetic-listings.ts';
import { onEachDriver } from './lib/bench-drivers.ts';

const argument = (name: string) => process.argv.find((value, index) => process.argv[index - 1] === name);
const userCount = Number(argument('--users') ?? 10_000);
const listingCount = Number(argument('--listings') ?? 1_000);

let peakRss = 0;
let peakHeap = 0;
const sampler = setInterval(() => {
	const usage = process.memoryUsage();
	peakRss = Math.max(peakRss, usage.rss);
	peakHeap = Math.max(peakHeap, usage.heapUsed);
}, 50);
sampler.unref();

async function load(database: Database): Promise<string[]> {
	await applyMigrations(database, readMigrations(resolve('supabase/migrations')));
	await seedDatabase(database, resolve('supabase/seed.sql'));
	const userId = (n: string) => sql`('00000000-0000-4000-a000-' || lpad(to_hex(${sql([n])}), 12, '0'))::uuid`;
	await database.query(sql`insert into auth.users (id, email)
		select ${userId('n')}, 'alerts' || n || '@bench.zhiqiao.cn' from generate_series(1, ${userCount}::int) n`);
	await database.query(sql`insert into public.profiles (id, role, display_name, email, locale)
		select ${userId('n')}, 'company', '基准用户 ' || n, 'alerts' || n || '@bench.zhiqiao.cn', 'zh-CN'
		from generate_series(1, ${userCount}::int) n`);
	// One saved search per user on a subject (its strict query as the catalogue builds it), and
	// every tenth user a second one on the subject's first word, which matches the same listings too.
	const subjects = zhCores.map((core) => ({
		query: `q=${encodeURIComponent(core)}`,
		tsquery: buildSearchQuery(core).tsquery
	}));
	const broader = zhCores.map((core) => {
		const word = [...core].slice(0, 2).join('');
		return { name: word, query: `q=${encodeURIComponent(word)}`, tsquery: buildSearchQuery(word).tsquery };
	});
	await database.query(sql`insert into public.saved_searches (user_id, name, query, match_query)
		select ${userId('n')}, left(s.name, 60), s.query, s.tsquery::tsquery
		from generate_series(1, ${userCount}::int) n
		join unnest(${zhCores}::text[], ${subjects.map((s) => s.query)}::text[], ${subjects.map((s) => s.tsquery)}::text[])
		     with ordinality s (name, query, tsquery, position) on s.position = 1 + n % ${subjects.length}`);
	await database.query(sql`insert into public.saved_searches (user_id, name, query, match_query)
		select ${userId('n')}, left(s.name, 60), s.query, s.tsquery::tsquery
		from generate_series(10, ${userCount}::int, 10) n
		join unnest(${broader.map((s) => s.name)}::text[], ${broader.map((s) => s.query)}::text[], ${broader.map((s) => s.tsquery)}::text[])
		     with ordinality s (name, query, tsquery, position) on s.position = 1 + n % ${broader.length}
		on conflict do nothing`);
	// The listings to publish, submitted and indexed as the app indexes them.
	const rows = generateListings(5_000_000, listingCount).map((row, index) => ({
		...row,
		id: `00000000-0000-4000-a100-${String(index + 1).padStart(12, '0')}`
	}));
	const indexed = rows.map((row) => ({
		...row,
		advantages: [],
		applications: '',
		ipcCodes: [],
		patentTitles: [],
		inventorNames: []
	}));
	await database.query(sql`
		insert into public.listings (id, owner_id, institution_id, status, title, pitch, summary, industry, trl, search_vector, match_terms)
		select id, '00000000-0000-4000-8000-000000001001', '00000000-0000-4000-8000-000000000100', 'submitted', title, pitch,
		       summary, industry::public.industry, trl, vector::tsvector, string_to_array(terms, chr(31))
		from unnest(${rows.map((row) => row.id)}::uuid[], ${rows.map((row) => row.title)}::text[], ${rows.map((row) => row.pitch)}::text[],
		            ${rows.map((row) => row.summary)}::text[], ${rows.map((row) => row.industry)}::text[], ${rows.map((row) => row.trl)}::int[],
		            ${indexed.map((row) => listingSearchVector(row))}::text[],
		            ${indexed.map((row) => listingMatchTerms(row).join('\u001f'))}::text[])
		     as t(id, title, pitch, summary, industry, trl, vector, terms)`);
	return rows.map((row) => row.id);
}

/** The next 08:05 China time after `now`: the daily digest of the day that holds `now` is then due. */
function nextDigestRun(now: Date): Date {
	const chinaMs = now.getTime() + 8 * 3600_000;
	const day = Math.floor((chinaMs - 8 * 3600_000) / 86_400_000);
	return new Date((day + 1) * 86_400_000 + 8 * 3600_000 - 8 * 3600_000 + 5 * 60_000);
}

async function measure(database: Database, label: string): Promise<void> {
	const loadStarted = performance.now();
	const listings = await load(database);
	console.log(
		`\n${label}: loaded ${userCount} users, their saved searches and ${listingCount} listings in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s`
	);
	const officer = executorForRole(database, { role: 'service_role' });
	const publishStarted = performance.now();
	for (const id of listings) await officer.query(sql`update public.listings set status = 'published' where id = ${id}`);
	const publishMs = performance.now() - publishStarted;
	const [made] = await database.query<{ notifications: number; messages: number }>(sql`
		select (select count(*)::int from public.notifications where kind = 'saved_search_match') as notifications,
		       (select count(*)::int from app.outbound_messages where kind = 'notification') as messages`);
	console.log(
		`  publishing (matching + fan-out): ${(publishMs / 1000).toFixed(1)} s for ${listingCount} listings, ` +
			`${(publishMs / listingCount).toFixed(1)} ms each; ${made.notifications} saved_search_match notifications, ` +
			`${made.messages} messages queued at once`
	);
	const digestStarted = performance.now();
	const queued = await queueAlertDigests(database, nextDigestRun(new Date()));
	const digestMs = performance.now() - digestStarted;
	const again = await queueAlertDigests(database, nextDigestRun(new Date()));
	const [twice] = await database.query<{ duplicates: number; lines: number }>(sql`
		select (select count(*)::int from (
		          select m.id, n.listing_id from app.outbound_messages m
		          cross join unnest(m.notification_ids) as i (id) join public.notifications n on n.id = i.id
		          where m.kind = 'digest' and n.listing_id is not null
		          group by m.id, n.listing_id having count(*) > 1) d) as duplicates,
		       (select coalesce(sum(cardinality(notification_ids)), 0)::int from app.outbound_messages where kind = 'digest') as lines`);
	console.log(
		`  digest run: ${(digestMs / 1000).toFixed(1)} s, ${queued} digests (${twice.lines} lines); a second run queued ${again}`
	);
	console.log(`  listings twice in one digest: ${twice.duplicates}`);
	console.log(
		`  peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MB, peak heap ${(peakHeap / 2 ** 20).toFixed(0)} MB (this process)`
	);
	if (twice.duplicates !== 0 || again !== 0) process.exitCode = 1;
}

await onEachDriver(measure);
