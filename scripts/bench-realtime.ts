// `npm run bench:realtime [-- --subscribers N] [-- --rate M] [-- --seconds S] [-- --deals D] [-- --postgres]`:
// starts the built app (PGlite on a temporary folder, or a throwaway PostgreSQL cluster with
// --postgres), opens N concurrent Server-Sent Event subscribers spread over D deal rooms, posts
// M messages per second for S seconds through the deal room form (the normal write path), and
// prints the delivery ratio, p50/p99 end-to-end latency (form post sent → event received) and
// the server's memory. Subscribers that the server drops reconnect with Last-Event-ID, as
// browsers do, so the ratio counts every event exactly once.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDeal, postDealMessage, signIn, takeEvents } from './lib/app-client.ts';
import { freePort } from './lib/free-port.js';

const argument = (name: string, fallback: number) =>
	Number(process.argv.find((_, index) => process.argv[index - 1] === name) ?? fallback);
const subscriberCount = argument('--subscribers', 10_000);
const rate = argument('--rate', 50);
const seconds = argument('--seconds', 20);
const dealCount = argument('--deals', 50);

if (!existsSync('build/index.js')) {
	console.error('No build found. Run `npm run build` first.');
	process.exit(1);
}

const dataDirectory = mkdtempSync(join(tmpdir(), 'zhiqiao-bench-realtime-'));
const port = await freePort();
const environment: Record<string, string> = {
	DATA_DIR: dataDirectory,
	PORT: String(port),
	HOST: '127.0.0.1',
	ORIGIN: `http://localhost:${port}`
};
let stopCluster: (() => void) | undefined;
if (process.argv.includes('--postgres')) {
	const { startPostgresCluster } = await import('./lib/postgres-cluster.js');
	const cluster = await startPostgresCluster();
	stopCluster = cluster.stop;
	execFileSync(process.execPath, ['scripts/db.ts', 'seed'], {
		env: { ...process.env, DATABASE_URL: cluster.url },
		stdio: 'ignore'
	});
	environment.DATABASE_URL = cluster.url;
}
const server = spawn(process.execPath, ['scripts/serve.js'], {
	env: { ...process.env, ...environment },
	stdio: 'ignore'
});
const base = `http://127.0.0.1:${port}`;
const memory = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

try {
	for (let attempt = 0; ; attempt++) {
		try {
			if ((await fetch(`${base}/api/health`)).ok) break;
		} catch {
			if (attempt > 600) throw new Error('server did not start');
		}
		await new Promise((done) => setTimeout(done, 100));
	}
	const company = await signIn(base, 'company@demo.zhiqiao.cn');
	const officer = await signIn(base, 'officer@demo.zhiqiao.cn');
	const deals: string[] = [];
	// Over the seeded listings, one deal each (the first 60 are published).
	for (let index = 0; index < dealCount; index++) {
		deals.push(
			await openDeal(base, company, officer, `00000000-0000-4000-8001-${String((index % 60) + 1).padStart(12, '0')}`)
		);
	}
	const idleMemory = memory();

	// Per deal: when each message was posted, in order; subscribers match events by position.
	const sentAt = new Map<string, number[]>(deals.map((deal) => [deal, []]));
	const latencies: number[] = [];
	let delivered = 0;
	let reconnects = 0;
	const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });

	function subscribe(deal: string, state: { received: number; lastEventId?: string }, ready: () => void): void {
		const headers: Record<string, string> = { cookie: company, accept: 'text/event-stream' };
		if (state.lastEventId) headers['last-event-id'] = state.lastEventId;
		const request = http.get(`${base}/api/events?topic=deal:${deal}`, { agent, headers }, (response) => {
			if (response.statusCode !== 200) throw new Error(`subscribe answered ${response.statusCode}`);
			ready();
			let buffer = '';
			response.setEncoding('utf8');
			response.on('data', (chunk: string) => {
				const taken = takeEvents(buffer + chunk);
				buffer = taken.rest;
				for (const { id } of taken.events) {
					state.lastEventId = String(id);
					const sent = sentAt.get(deal)![state.received];
					state.received += 1;
					delivered += 1;
					if (sent !== undefined) latencies.push(performance.now() - sent);
				}
			});
			// Dropped as too slow (or the server closed): resume like EventSource does.
			response.on('end', () => {
				reconnects += 1;
				subscribe(deal, state, () => {});
			});
		});
		request.on('error', () => setTimeout(() => subscribe(deal, state, () => {}), 500));
	}

	const connectStarted = performance.now();
	for (let index = 0; index < subscriberCount; index += 200) {
		await Promise.all(
			Array.from(
				{ length: Math.min(200, subscriberCount - index) },
				(_, offset) =>
					new Promise<void>((ready) => subscribe(deals[(index + offset) % deals.length], { received: 0 }, ready))
			)
		);
	}
	const connectSeconds = (performance.now() - connectStarted) / 1000;
	const subscribedMemory = memory();
	console.log(
		`${subscriberCount} subscribers on ${deals.length} deal rooms connected in ${connectSeconds.toFixed(1)} s`
	);

	let peakMemory = subscribedMemory;
	const sampler = setInterval(() => (peakMemory = Math.max(peakMemory, memory())), 250);
	const total = rate * seconds;
	const publishStarted = performance.now();
	const posts: Promise<void>[] = [];
	for (let index = 0; index < total; index++) {
		const due = publishStarted + (index * 1000) / rate;
		const wait = due - performance.now();
		if (wait > 0) await new Promise((done) => setTimeout(done, wait));
		const deal = deals[index % deals.length];
		sentAt.get(deal)!.push(performance.now());
		posts.push(postDealMessage(base, officer, deal, `bench message ${index}`));
	}
	await Promise.all(posts);
	const expected = total * (subscriberCount / deals.length);
	const deadline = performance.now() + 30_000;
	while (delivered < expected && performance.now() < deadline) await new Promise((done) => setTimeout(done, 100));
	clearInterval(sampler);

	latencies.sort((a, b) => a - b);
	const percentile = (fraction: number) =>
		latencies[Math.min(latencies.length - 1, Math.floor(fraction * latencies.length))] ?? NaN;
	console.log(
		`published ${total} messages at ${rate}/s for ${seconds} s (${environment.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`
	);
	console.log(
		`delivered ${delivered}/${expected} events (${((delivered / expected) * 100).toFixed(2)} %), ${reconnects} reconnects`
	);
	console.log(
		`latency p50 ${percentile(0.5).toFixed(0)} ms, p99 ${percentile(0.99).toFixed(0)} ms, max ${latencies.at(-1)?.toFixed(0)} ms (target p99 ≤ 250 ms)`
	);
	console.log(
		`server memory: ${idleMemory.toFixed(0)} MB idle, ${subscribedMemory.toFixed(0)} MB with subscribers, ${peakMemory.toFixed(0)} MB peak`
	);
	process.exitCode = 0;
} finally {
	server.kill('SIGTERM');
	stopCluster?.();
	setTimeout(() => rmSync(dataDirectory, { recursive: true, force: true }), 1000);
	setTimeout(() => process.exit(), 1500);
}
