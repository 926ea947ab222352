// `npm run bench:search [-- --listings N] [-- --postgres]`: builds a throwaway database with N
// synthetic published listings (default 100000, mixed Chinese and English), runs a fixed mix of
// queries through the app's search function as an anonymous request would, and prints latency
// percentiles per query kind, for the whole function and for its slowest single SQL statement.
// PGlite always; PostgreSQL too with --postgres (a throwaway local cluster) or DATABASE_URL
// (a throwaway database created on that server and dropped afterwards), once per way an
// anonymous request reaches it: a transaction that switches role, and connections that start
// as anon (DATABASE_ANONYMOUS_URL; on a throwaway cluster the passwordless zhiqiao_anonymous).
import { checkAnonymousConnection, executorForRole } from '../src/lib/server/db/request-role.ts';
import type { Database, Executor } from '../src/lib/server/db/port.ts';
import { searchListings } from '../src/lib/server/search.ts';
import { readSearchParameters } from '../src/lib/schemas/search.ts';
import { typoQueries } from './lib/synthetic-listings.ts';
import { loadSyntheticListings } from './lib/bench-database.ts';
import { onEachDriver } from './lib/bench-drivers.ts';

const argument = (name: string) => process.argv.find((value, index) => process.argv[index - 1] === name);
const listingCount = Number(argument('--listings') ?? process.env.BENCH_LISTINGS ?? 100_000);
const runsPerKind = Number(argument('--runs') ?? 60);
const targets = { pglite: 30, postgres: 10 } as const;

const queryKinds: Record<string, string[]> = {
	'common zh word': ['q=系统', 'q=电池', 'q=技术', 'q=方法'],
	'rare zh word': ['q=榨菜', 'q=黄龙病', 'q=古籍', 'q=丝素'],
	'zh words reordered': ['q=热管理 动力电池', 'q=控制 曝气', 'q=检测 快速 柑橘'],
	'zh substring (水处理)': ['q=水处理', 'q=充电桩', 'q=钙钛矿'],
	'en word': ['q=battery', 'q=sensor', 'q=coating'],
	'en prefix': ['q=batt', 'q=perov', 'q=therm'],
	'phrase zh+en': ['q="heat pump"', 'q=“污水处理”', 'q="solid-state electrolyte"'],
	'typo zh': ['q=钙钛旷', 'q=动力电他', 'q=污水处埋'],
	'typo en': ['q=batery', 'q=perovskit', 'q=corosion'],
	'filters only': [
		'industry=automotive&trlMin=5&trlMax=8',
		'mode=equity&legalStatus=granted',
		'industry=new_materials&patentType=utility_model'
	],
	'filters + query': [
		'q=电池&industry=automotive&trlMin=4',
		'q=sensor&mode=joint_development',
		'q=污水处理&legalStatus=granted'
	],
	'browse newest': ['', 'sort=newest', 'page=2'],
	'page 3 common word': ['q=系统&page=3', 'q=battery&page=3']
};

function percentile(sorted: number[], fraction: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

/** Times every statement the search runs, so the slowest bare SQL can be reported apart. */
function recording(inner: Executor, statementTimes: number[]): Executor {
	const wrap = (executor: Executor): Executor => ({
		query: async (statement) => {
			const started = performance.now();
			const rows = await executor.query(statement);
			statementTimes.push(performance.now() - started);
			return rows;
		},
		transaction: (work) => executor.transaction((transaction) => work(wrap(transaction)))
	});
	return wrap(inner);
}

async function measure(database: Database, label: keyof typeof targets): Promise<void> {
	await loadSyntheticListings(database, listingCount);
	// On PostgreSQL, both ways an anonymous request can reach the database: a transaction that
	// switches role (no DATABASE_ANONYMOUS_URL) and connections that start as anon.
	const paths: [string, Executor][] = [
		['anon role switched per transaction', executorForRole({ ...database, anonymous: undefined }, { role: 'anon' })]
	];
	if (database.anonymous) {
		try {
			await checkAnonymousConnection(database.anonymous);
			paths.push(['anonymous connections (DATABASE_ANONYMOUS_URL)', database.anonymous]);
		} catch (error) {
			console.log(`\nanonymous connections: not measured (${error instanceof Error ? error.message : error})`);
		}
	}
	for (const [path, anon] of paths) await measurePath(anon, `${label}, ${path}`, targets[label]);
	console.log(`memory: rss ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
}

async function measurePath(anon: Executor, label: string, target: number): Promise<void> {
	console.log(`\n${label}: ${listingCount} listings, ${runsPerKind} runs per kind, target p95 ≤ ${target} ms`);
	console.log(
		`${'kind'.padEnd(24)} ${'function p50/p95/p99 ms'.padStart(26)} ${'slowest SQL p50/p95/p99 ms'.padStart(28)}  results`
	);
	for (const [kind, queries] of Object.entries(queryKinds)) {
		const functionTimes: number[] = [];
		const sqlTimes: number[] = [];
		let results = 0;
		for (let run = -5; run < runsPerKind; run++) {
			const parameters = readSearchParameters(new URLSearchParams(queries[(run + 5) % queries.length]));
			const statementTimes: number[] = [];
			const started = performance.now();
			const outcome = await searchListings(recording(anon, statementTimes), parameters);
			const elapsed = performance.now() - started;
			if (run < 0) continue;
			functionTimes.push(elapsed);
			sqlTimes.push(Math.max(...statementTimes));
			results += outcome.results.length;
		}
		functionTimes.sort((a, b) => a - b);
		sqlTimes.sort((a, b) => a - b);
		const format = (times: number[]) =>
			[0.5, 0.95, 0.99].map((fraction) => percentile(times, fraction).toFixed(1)).join(' / ');
		const verdict = percentile(functionTimes, 0.95) <= target ? 'PASS' : 'MISS';
		console.log(
			`${kind.padEnd(24)} ${format(functionTimes).padStart(26)} ${format(sqlTimes).padStart(28)}  ${(results / runsPerKind).toFixed(0).padStart(3)}/page ${verdict}`
		);
	}
	for (const language of ['zh', 'en'] as const) {
		const cases = typoQueries(language, 50, listingCount);
		let found = 0;
		for (const { query, title } of cases) {
			const outcome = await searchListings(anon, readSearchParameters(new URLSearchParams({ q: query })));
			if (outcome.results.some((result) => result.title === title)) found += 1;
		}
		console.log(
			`typo recall ${language}: intended title in the top 20 for ${found}/${cases.length} one-character typos`
		);
	}
}

await onEachDriver(measure, { anonymous: true });
