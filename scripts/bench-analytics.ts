// `npm run bench:analytics [-- --listings N] [-- --deals N] [-- --postgres]`: a throwaway database
// with N synthetic listings (default 100,000) over five years, 2 patents each, 20,000 deals with
// stage events and receipts (scripts/lib/bench-analytics-data.ts); then the office metrics page's
// queries as the demo officer and the admin, with p50/p95 per query and for the page (all run
// together, as its load does), and the listings register streamed whole as CSV and XLSX (time and
// the heap's growth), and the public patent navigation map. PGlite always; PostgreSQL too with --postgres or DATABASE_URL.
import { Writable } from 'node:stream';
import { claimsFor, executorForRole } from '../src/lib/server/db/request-role.ts';
import type { Database, Executor } from '../src/lib/server/db/port.ts';
import { sql } from '../src/lib/server/db/sql.ts';
import * as officeMetrics from '../src/lib/server/office-metrics.ts';
import * as register from '../src/lib/server/office-metrics-register.ts';
import * as patentNavigation from '../src/lib/server/patent-navigation.ts';
import { streamWorkbook } from '../src/lib/server/exports/xlsx-stream.ts';
import { csvHeader, csvRecord, type Cell } from '../src/lib/rules/csv.ts';
import { loadSyntheticListings } from './lib/bench-database.ts';
import { onEachDriver } from './lib/bench-drivers.ts';
import { loadAnalyticsData } from './lib/bench-analytics-data.ts';

const argument = (name: string) => process.argv.find((value, index) => process.argv[index - 1] === name);
const listingCount = Number(argument('--listings') ?? 100_000);
const dealCount = Number(argument('--deals') ?? 20_000);
const runs = Number(argument('--runs') ?? 40);
const targets = { pglite: 100, postgres: 30 } as const;
const officer = '00000000-0000-4000-8000-000000001003';
const admin = '00000000-0000-4000-8000-000000001004';
const university = '00000000-0000-4000-8000-000000000100';
const filter = { year: 2024, university: null, college: null, industry: null };

const percentile = (sorted: number[], fraction: number) =>
	sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];

async function time(label: string, target: number | null, work: () => Promise<unknown>): Promise<void> {
	const times: number[] = [];
	for (let run = -3; run < runs; run++) {
		const started = performance.now();
		await work();
		if (run >= 0) times.push(performance.now() - started);
	}
	times.sort((a, b) => a - b);
	const p95 = percentile(times, 0.95);
	console.log(
		`${label.padEnd(34)} ${percentile(times, 0.5).toFixed(1).padStart(8)} ${p95.toFixed(1).padStart(8)}  ${target === null ? '(export)' : p95 <= target ? 'PASS' : 'MISS'}`
	);
}

const toCells = (row: register.RegisterRow): Cell[] => [
	row.title,
	row.universityId,
	row.collegeId ?? '',
	row.industry ?? '',
	row.status,
	row.publishedOn ?? '',
	{ integer: row.interests },
	{ integer: row.deals },
	row.signedOn ?? ''
];

/** Streams the whole register into a sink that only counts bytes; reports time, rows and the heap's peak growth. */
async function exportRegister(db: Executor, format: 'csv' | 'xlsx'): Promise<void> {
	global.gc?.();
	const base = process.memoryUsage().heapUsed;
	let peak = 0;
	const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed - base)), 5);
	const started = performance.now();
	let rows = 0;
	let bytes = 0;
	const all = { ...filter, year: null };
	async function* batches() {
		for await (const batch of register.readRegister(db, all)) {
			rows += batch.length;
			yield batch.map(toCells);
		}
	}
	if (format === 'csv') {
		bytes += Buffer.byteLength(csvHeader(['a', 'b']));
		for await (const batch of batches()) bytes += Buffer.byteLength(batch.map(csvRecord).join(''));
	} else {
		const stream = streamWorkbook('bench', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'], batches());
		await stream.pipeTo(Writable.toWeb(new Writable({ write: (chunk, _, done) => ((bytes += chunk.length), done()) })));
	}
	clearInterval(sample);
	peak = Math.max(peak, process.memoryUsage().heapUsed - base);
	console.log(
		`export register ${format.padEnd(5)} ${rows} rows, ${(bytes / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(2)} s, heap growth peak ${(peak / 1e6).toFixed(0)} MB`
	);
}

async function measure(database: Database, label: keyof typeof targets): Promise<void> {
	// A database kept from an earlier run (--pglite-dir) is measured as it is.
	const [{ migrated }] = await database.query<{ migrated: boolean }>(
		sql`select to_regclass('public.deals') is not null as migrated`
	);
	const loaded =
		migrated &&
		(
			await database.query(
				sql`select 1 from public.deals where listing_id::text like '00000000-0000-4000-9000-%' limit 1`
			)
		).length > 0;
	if (!loaded) {
		await loadSyntheticListings(database, listingCount);
		await loadAnalyticsData(database, dealCount);
	}
	const target = targets[label];
	for (const [who, id] of [
		['officer', officer],
		['admin', admin]
	] as const) {
		const db = executorForRole(database, claimsFor({ id, sessionId: 'bench' }));
		const fromYear = filter.year - officeMetrics.yearsShown + 1;
		console.log(`\n${label}, ${who}: ${runs} runs, target p95 ≤ ${target} ms${''.padEnd(2)}    p50 ms   p95 ms`);
		await time('funnel (5 years)', target, () => officeMetrics.listFunnel(db, filter, fromYear));
		await time('stage days', target, () => officeMetrics.listStageDays(db, filter));
		await time('signed by mode (5 years)', target, () => officeMetrics.listSignedByMode(db, filter, fromYear));
		await time('yearly figures (5 years)', target, () => officeMetrics.listYearly(db, filter, fromYear));
		await time('facets', target, () => officeMetrics.listMetricsFacets(db, null));
		await time('page: all of the above at once', target, () =>
			Promise.all([officeMetrics.readMetrics(db, filter), officeMetrics.listMetricsFacets(db, null)])
		);
		await time('page, one college and industry', target, () =>
			Promise.all([
				officeMetrics.readMetrics(db, {
					...filter,
					college: '00000000-0000-4000-8000-000000000101',
					industry: 'automotive'
				}),
				officeMetrics.listMetricsFacets(db, null)
			])
		);
		await time('register batch (2,000 rows)', null, () =>
			register.listRegisterBatch(db, { ...filter, year: null }, null)
		);
		if (who === 'officer') {
			await exportRegister(db, 'csv');
			await exportRegister(db, 'xlsx');
		}
	}
	// The public patent navigation map, read anonymously as its page does (one query per version of
	// the public content: the page cache answers the rest).
	const anonymous = executorForRole(database, claimsFor(null));
	console.log(`\n${label}, anonymous: ${runs} runs, target p95 ≤ ${target} ms${''.padEnd(2)}    p50 ms   p95 ms`);
	await time('navigation map', target, () =>
		patentNavigation.readNavigationMap(anonymous, { industry: null, ipc: null })
	);
	await time('navigation map, one industry and IPC', target, () =>
		patentNavigation.readNavigationMap(anonymous, { industry: 'automotive', ipc: 'H01M' })
	);
	// A broad node (its listings among the newest) and a narrow one (read from its patents).
	await time('navigation map, IPC section H', target, () =>
		patentNavigation.readNavigationMap(anonymous, { industry: null, ipc: 'H' })
	);
	await time('navigation map, main group H01M 7', target, () =>
		patentNavigation.readNavigationMap(anonymous, { industry: 'automotive', ipc: 'H01M 7' })
	);
	await timeImportBatch(database);
	console.log(`memory: rss ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
}

/** What keeping the navigation map ahead costs a write: an import batch of 1,000 portfolio rows. */
async function timeImportBatch(database: Database): Promise<void> {
	const batch = async () => {
		const started = performance.now();
		await database.query(sql`insert into public.portfolio_patents (university_id, application_number, title,
			patent_type, filed_on, legal_status, ipc_codes)
			select ${university}, '20299' || lpad(n::text, 7, '0') || '.0', '导入样例 ' || n, 'invention',
			       date '2015-01-01' + n, 'pending', array['H01M ' || (n % 30 + 1) || '/10']
			from generate_series(1, 1000) n`);
		const elapsed = performance.now() - started;
		await database.query(sql`delete from public.portfolio_patents where application_number like '20299%'`);
		return elapsed;
	};
	const counted = [await batch(), await batch(), await batch()];
	await database.query(sql`alter table public.portfolio_patents disable trigger navigation_portfolio_insert`);
	const plain = [await batch(), await batch(), await batch()];
	await database.query(sql`alter table public.portfolio_patents enable always trigger navigation_portfolio_insert`);
	const median = (times: number[]) => times.sort((a, b) => a - b)[1].toFixed(0);
	console.log(
		`import batch of 1,000 portfolio rows: ${median(counted)} ms with the navigation counters, ${median(plain)} ms without`
	);
}

await onEachDriver(measure);
