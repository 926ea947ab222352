// `npm run bench:realtime [-- --subscribers N] [-- --rate M] [-- --seconds S] [-- --deals D] [-- --postgres]
//   [-- --stall-seconds T]`:
// starts the built app (PGlite on a temporary folder, or a throwaway PostgreSQL cluster with
// --postgres), opens N concurrent Server-Sent Event subscribers spread over D deal rooms, posts
// M messages per second for S seconds through the deal room form (the normal write path), and
// prints the delivery ratio, p50/p99 end-to-end latency (form post sent → event received) and
// the server's memory. Subscribers that the server drops reconnect with Last-Event-ID, as
// browsers do, so the ratio counts every event exactly once.
// While connecting it prints progress every five seconds. If not all N connect (the server
// refuses streams beyond its cap with 503, a process runs out of descriptors, or no answer comes
// for T seconds, default 30), it says how many connected, were refused and failed, and exits 1.
import http from 'node:http';
import { openDeal, postDealMessage, signIn } from './lib/app-client.ts';
import { residentMegabytes, startApp } from './lib/start-app.js';
import { connectAll, subscribe, type ConnectReport, type Outcome, type Subscription } from './lib/sse-subscribers.ts';
import { readDescriptorLimit } from '../src/lib/server/realtime/stream-cap.ts';

const argument = (name: string, fallback: number) =>
	Number(process.argv.find((_, index) => process.argv[index - 1] === name) ?? fallback);
const subscriberCount = argument('--subscribers', 10_000);
const rate = argument('--rate', 50);
const seconds = argument('--seconds', 20);
const dealCount = argument('--deals', 50);
const stallSeconds = argument('--stall-seconds', 30);

// The server logs the stream cap it chose at start-up (one JSON object per line).
let streamCap: { maxStreams: number; descriptorLimit: number; derived: boolean } | undefined;
let serverLines = '';
const app = await startApp({
	postgres: process.argv.includes('--postgres'),
	onOutput: (chunk) => {
		const lines = (serverLines + chunk).split('\n');
		serverLines = lines.pop() ?? '';
		for (const line of lines) if (line.includes('"realtime stream cap"')) streamCap = JSON.parse(line);
	}
});
const base = app.base.replace('localhost', '127.0.0.1');
const memory = () => residentMegabytes(app.pid);

try {
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

	type Subscriber = Subscription & { received: number };
	function open(subscriber: Subscriber, onOutcome: (outcome: Outcome) => void): void {
		subscribe(agent, base, company, subscriber, {
			onOutcome,
			onEvents: (ids) => {
				for (let index = 0; index < ids.length; index++) {
					const sent = sentAt.get(subscriber.deal)![subscriber.received];
					subscriber.received += 1;
					delivered += 1;
					if (sent !== undefined) latencies.push(performance.now() - sent);
				}
			},
			// Dropped as too slow (or the server closed): resume like EventSource does.
			onEnd: () => {
				reconnects += 1;
				resume(subscriber);
			}
		});
	}
	/** A reconnect during the run: refused, it waits as Retry-After asks; failed, half a second. */
	function resume(subscriber: Subscriber): void {
		open(subscriber, (outcome) => {
			if (outcome.kind === 'refused') setTimeout(() => resume(subscriber), outcome.retryAfterSeconds * 1000);
			if (outcome.kind === 'failed') setTimeout(() => resume(subscriber), 500);
		});
	}

	const subscribers: Subscriber[] = Array.from({ length: subscriberCount }, (_, index) => ({
		deal: deals[index % deals.length],
		received: 0
	}));
	console.log(capLine());
	if (streamCap && subscriberCount > streamCap.maxStreams)
		console.log(
			`  so ${subscriberCount - streamCap.maxStreams} subscribers should be refused; connecting to count them`
		);
	const report = await connectAll(subscribers, stallSeconds * 1000, open);
	const subscribedMemory = memory();
	if (report.connected < subscriberCount) {
		console.error(failureMessage(report, idleMemory, subscribedMemory));
		console.error(`  with these streams open: ${await pageTimes()}`);
		process.exitCode = 1;
	} else {
		console.log(
			`${subscriberCount} subscribers on ${deals.length} deal rooms connected in ${report.seconds.toFixed(1)} s`
		);
		await measureDelivery();
	}

	async function measureDelivery(): Promise<void> {
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
			`published ${total} messages at ${rate}/s for ${seconds} s (${process.argv.includes('--postgres') ? 'PostgreSQL' : 'PGlite'})`
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
	}
} catch (error) {
	console.error(`bench:realtime failed: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
} finally {
	app.stop();
	setTimeout(() => process.exit(), 1500);
}

/** Whether pages are still served beside the open streams, and how fast. */
async function pageTimes(): Promise<string> {
	const times: string[] = [];
	for (const path of ['/api/health', '/', '/listings']) {
		const started = performance.now();
		const response = await fetch(`${base}${path}`);
		await response.arrayBuffer();
		times.push(`${path} ${response.status} in ${(performance.now() - started).toFixed(0)} ms`);
	}
	return times.join(', ');
}

function capLine(): string {
	if (!streamCap) return 'the server did not log its stream cap';
	const origin = streamCap.derived
		? `derived from its descriptor limit, ${streamCap.descriptorLimit}`
		: 'set by REALTIME_MAX_STREAMS';
	return `server stream cap: ${streamCap.maxStreams} (${origin})`;
}

/** Why the run stops: every outcome counted, and what to change. */
function failureMessage(report: ConnectReport, idleMemory: number, subscribedMemory: number): string {
	const failed = [...report.failed].map(([reason, count]) => `${count} ${reason}`).join(', ') || 'none';
	const retryAfter = report.retryAfter ? ` (Retry-After ${report.retryAfter.min}–${report.retryAfter.max} s)` : '';
	const first =
		report.firstNotConnectedSeconds === null
			? ''
			: `, the first refusal or failure after ${report.firstNotConnectedSeconds.toFixed(1)} s`;
	const lines = [
		`bench:realtime FAILED: ${report.connected} of ${subscriberCount} subscribers connected in ${report.seconds.toFixed(1)} s${first}.`,
		`  refused with 503: ${report.refused}${retryAfter}`,
		`  failed: ${failed}`,
		`  unanswered when no answer had come for ${stallSeconds} s: ${report.unanswered}; not tried: ${report.notTried}`,
		`  server memory: ${idleMemory.toFixed(0)} MB idle, ${subscribedMemory.toFixed(0)} MB with ${report.connected} subscribers`
	];
	if (report.refused > 0)
		lines.push(
			'  The server refuses streams beyond its cap: ask for fewer subscribers, raise its descriptor limit or set REALTIME_MAX_STREAMS.'
		);
	if (report.unanswered > 0)
		lines.push(`  No answer for ${stallSeconds} s: the server is stuck or overloaded; its log says which.`);
	if (report.failed.has('EMFILE'))
		lines.push(
			`  EMFILE: this benchmark process ran out of descriptors (its limit is ${readDescriptorLimit().limit}, one per subscriber).`
		);
	return lines.join('\n');
}
