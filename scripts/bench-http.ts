// `npm run bench:http [-- --postgres] [-- --connections 50] [-- --seconds 12] [-- --warmup 3] [-- --runs 2]`:
// starts the built app (PGlite on a temporary folder, or a throwaway PostgreSQL cluster with
// --postgres), then loads each route with autocannon: a warm-up that is not counted, then the
// measured seconds, at the given number of connections. For every run it prints req/s, p50 and
// p99 latency and the share of the trivial route's req/s measured in that same run, which is
// what the targets are stated in (docs/performance.md, "Page throughput"): absolute numbers
// depend on the machine, the ratio much less. Beside them, the server's CPU time per request and
// the trivial route's share of it, steadier than req/s on a machine shared with other jobs. It ends
// with the server's resident memory.
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import autocannon from 'autocannon';
import { signIn } from './lib/app-client.ts';
import { firstDealRoomPath, firstListingPath, residentMegabytes, startApp } from './lib/start-app.js';

const argument = (name: string, fallback: number) =>
	Number(process.argv.find((_, index) => process.argv[index - 1] === name) ?? fallback);
const connections = argument('--connections', 50);
const seconds = argument('--seconds', 12);
const warmup = argument('--warmup', 3);
const runs = argument('--runs', 2);
const postgres = process.argv.includes('--postgres');

interface Route {
	name: string;
	path: string;
	cookie?: string;
	/** The least share of the trivial route's req/s, and the most p99 in ms (docs/performance.md). */
	target: { share: number; p99?: number };
}

interface Measured {
	requestsPerSecond: number;
	/** The server process's CPU time (all its threads) per answered request, in ms. */
	cpuPerRequest: number;
	p50: number;
	p99: number;
	failed: number;
}

async function load(base: string, route: Route, duration: number): Promise<Measured> {
	const cpuBefore = serverCpuMilliseconds();
	const result = await autocannon({
		url: `${base}${route.path}`,
		connections,
		duration,
		headers: route.cookie ? { cookie: route.cookie } : {}
	});
	return {
		requestsPerSecond: result.requests.average,
		cpuPerRequest: (serverCpuMilliseconds() - cpuBefore) / Math.max(1, result.requests.total),
		p50: result.latency.p50,
		p99: result.latency.p99,
		failed: result.non2xx + result.errors + result.timeouts
	};
}

const app = await startApp({ postgres });
// On a machine shared with other jobs req/s moves with their load; the server's own CPU time per
// request moves much less, so its ratio to the trivial route's is printed too (Linux /proc).
function serverCpuMilliseconds(): number {
	const fields = readFileSync(`/proc/${app.pid}/stat`, 'utf8').split(') ')[1].split(' ');
	return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}
try {
	const company = await signIn(app.base, 'company@demo.zhiqiao.cn');
	const dealRoom = await firstDealRoomPath(app.base, company);
	const routes: Route[] = [
		{ name: 'trivial (+server manifest)', path: '/manifest-zh-CN.webmanifest', target: { share: 1 } },
		{ name: '/', path: '/', target: { share: 0.5, p99: 250 } },
		{ name: '/listings', path: '/listings', target: { share: 0.5, p99: 250 } },
		{ name: '/listings?q=材料', path: `/listings?q=${encodeURIComponent('材料')}`, target: { share: 0.5, p99: 250 } },
		{ name: 'a listing page', path: await firstListingPath(app.base), target: { share: 0.5, p99: 250 } },
		{ name: '/deals (company)', path: '/deals', cookie: company, target: { share: 0.15 } },
		{ name: 'a deal room (company)', path: dealRoom, cookie: company, target: { share: 0.15 } },
		{ name: '/interests (company)', path: '/interests', cookie: company, target: { share: 0.15 } }
	];
	console.log(
		`bench:http on ${postgres ? 'PostgreSQL' : 'PGlite'}: ${connections} connections, ${warmup} s warm-up + ${seconds} s per route, ${runs} run(s); ${cpus().length} cores, load ${loadavg()[0].toFixed(2)}`
	);
	let missed = 0;
	for (let run = 1; run <= runs; run++) {
		console.log(
			`\nrun ${run}\n${'route'.padEnd(28)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'share'.padStart(6)} ${'CPU ms'.padStart(6)} ${'CPU share'.padStart(9)}  failed  target`
		);
		let trivial = 0;
		let trivialCpu = 0;
		for (const route of routes) {
			if (warmup > 0) await load(app.base, route, warmup);
			const measured = await load(app.base, route, seconds);
			if (route.path.endsWith('.webmanifest')) {
				trivial = measured.requestsPerSecond;
				trivialCpu = measured.cpuPerRequest;
			}
			const cpuShare = `${((trivialCpu / measured.cpuPerRequest) * 100).toFixed(1)}%`;
			const share = measured.requestsPerSecond / trivial;
			const met =
				share >= route.target.share &&
				(route.target.p99 === undefined || measured.p99 <= route.target.p99) &&
				measured.failed === 0;
			if (!met) missed++;
			const target = `≥ ${Math.round(route.target.share * 100)} %${route.target.p99 ? `, p99 ≤ ${route.target.p99}` : ''}`;
			console.log(
				`${route.name.padEnd(28)} ${measured.requestsPerSecond.toFixed(0).padStart(8)} ${String(measured.p50).padStart(7)} ${String(measured.p99).padStart(7)} ${`${(share * 100).toFixed(1)}%`.padStart(6)} ${measured.cpuPerRequest.toFixed(2).padStart(6)} ${cpuShare.padStart(9)}  ${String(measured.failed).padStart(6)}  ${target} ${met ? 'met' : 'MISSED'}`
			);
		}
		console.log(`server resident memory after run ${run}: ${residentMegabytes(app.pid).toFixed(0)} MB`);
	}
	console.log(missed === 0 ? '\nEvery target met.' : `\n${missed} route run(s) missed a target.`);
	process.exitCode = missed === 0 ? 0 : 1;
} finally {
	app.stop();
}
