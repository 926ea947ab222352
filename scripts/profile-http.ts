// `npm run profile:http -- <path> [--as company] [--seconds 10] [--connections 50] [--postgres]`:
// starts the built app under `node --cpu-prof`, loads one page with autocannon (anonymous, or
// signed in as a demo account; the path `/deals/first` is that account's first deal room), stops
// the app and prints where its main thread spent the load: the functions with the most self time,
// and the same grouped by where the code comes from. Only samples taken while the load ran count
// (V8's profile clock is the monotonic clock this process reads too), so start-up, migrations and
// seeding are left out.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { signIn } from './lib/app-client.ts';
import { firstDealRoomPath, startApp } from './lib/start-app.js';

const argument = (name: string, fallback: string) =>
	process.argv.find((_, index) => process.argv[index - 1] === name) ?? fallback;
const path = process.argv.slice(2).find((value) => value.startsWith('/')) ?? '/listings';
const account = argument('--as', '');
const seconds = Number(argument('--seconds', '10'));
const connections = Number(argument('--connections', '50'));

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
	nodes: ProfileNode[];
	startTime: number;
	samples: number[];
	timeDeltas: number[];
}

const profileDirectory = mkdtempSync(join(tmpdir(), 'zhiqiao-profile-'));
process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --cpu-prof --cpu-prof-dir=${profileDirectory}`;
const app = await startApp({ postgres: process.argv.includes('--postgres') });
delete process.env.NODE_OPTIONS;
let window: [number, number];
let requestsPerSecond: number;
try {
	const cookie = account ? await signIn(app.base, `${account}@demo.zhiqiao.cn`) : undefined;
	// `/deals/first` stands for the account's first deal room, whose id the seed does not fix.
	const target = path === '/deals/first' && cookie ? await firstDealRoomPath(app.base, cookie) : path;
	const options = { url: `${app.base}${target}`, connections, headers: cookie ? { cookie } : {} };
	await autocannon({ ...options, duration: 3 }); // warm-up, not counted
	const started = Number(process.hrtime.bigint() / 1000n);
	requestsPerSecond = (await autocannon({ ...options, duration: seconds })).requests.average;
	window = [started, Number(process.hrtime.bigint() / 1000n)];
} finally {
	app.stop();
}
// The profile is written as the process exits after SIGTERM.
let file: string | undefined;
for (let attempt = 0; attempt < 100 && !file; attempt++) {
	await new Promise((done) => setTimeout(done, 200));
	file = readdirSync(profileDirectory).find((name) => name.endsWith('.cpuprofile') && name.includes(`.${app.pid}.`));
}
if (!file) throw new Error('no profile was written');
const profile = JSON.parse(readFileSync(join(profileDirectory, file), 'utf8')) as Profile;
rmSync(profileDirectory, { recursive: true, force: true });

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfTime = new Map<string, number>();
const bySource = new Map<string, number>();
let total = 0;
let time = profile.startTime;
profile.samples.forEach((id, index) => {
	time += profile.timeDeltas[index];
	if (time < window[0] || time > window[1]) return;
	const delta = profile.timeDeltas[index + 1] ?? 0;
	const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
	total += delta;
	const name = `${functionName || '(anonymous)'} ${url.replace(/^.*\/(node_modules|build)\//, '$1/')}:${lineNumber + 1}`;
	selfTime.set(name, (selfTime.get(name) ?? 0) + delta);
	const source =
		functionName === '(idle)' || functionName === '(program)' || functionName === '(garbage collector)'
			? functionName
			: /pglite|^wasm:/.test(url)
				? 'PGlite (Postgres in WebAssembly)'
				: /postgres/.test(url)
					? 'postgres.js driver'
					: /build\/server\/chunks|build\/server\/index/.test(url)
						? 'the app and SvelteKit (built server)'
						: url.startsWith('node:') || url === ''
							? 'Node.js internals and native code'
							: 'other packages';
	bySource.set(source, (bySource.get(source) ?? 0) + delta);
});

const share = (microseconds: number) => `${((microseconds / total) * 100).toFixed(1).padStart(5)} %`;
console.log(
	`${path}${account ? ` as ${account}` : ' anonymous'}: ${requestsPerSecond.toFixed(0)} req/s at ${connections} connections, ${(total / 1e6).toFixed(1)} s of samples`
);
console.log('\nby source');
for (const [source, microseconds] of [...bySource].sort((a, b) => b[1] - a[1]))
	console.log(`${share(microseconds)}  ${source}`);
console.log('\nfunctions with the most self time');
for (const [name, microseconds] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, 15))
	console.log(`${share(microseconds)}  ${name}`);
