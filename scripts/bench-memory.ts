// `npm run bench:memory [-- --listings N] [-- --seconds S] [-- --data DIR]`: the embedded
// database's memory at a catalogue's size. Builds a data folder holding N synthetic published
// listings (default 100000; `--data DIR` keeps it there and reuses it on the next run), then
// starts the built app on it twice (a restart, as after a deploy) and prints the server's
// resident memory idle after start, while and after searching and opening pages that miss the
// page cache for S seconds (default 30), and its peak (VmHWM).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPglite } from '../src/lib/server/db/pglite.ts';
import { loadSyntheticListings } from './lib/bench-database.ts';
import { residentMegabytes, startApp } from './lib/start-app.js';

const argument = (name: string) => process.argv.find((value, index) => process.argv[index - 1] === name);
const listingCount = Number(argument('--listings') ?? 100_000);
const seconds = Number(argument('--seconds') ?? 30);
const keptDirectory = argument('--data');
const dataDirectory = keptDirectory ?? mkdtempSync(join(tmpdir(), 'zhiqiao-memory-'));

const peakMegabytes = (pid: number) =>
	Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const words = [
	'电池',
	'系统',
	'传感器',
	'水处理',
	'钙钛矿',
	'battery',
	'sensor',
	'coating',
	'检测 快速',
	'perov',
	'材料'
];
const filters = ['', '&industry=automotive', '&mode=equity', '&legalStatus=granted', '&trlMin=5', '&sort=newest'];

/**
 * Searches and listing pages, each address made unique by a parameter the app ignores, so the
 * page cache answers none of them and every request reaches the database.
 */
async function browse(base: string, until: number): Promise<number> {
	let served = 0;
	const listingPaths = new Set<string>();
	async function client(offset: number) {
		for (let step = offset; Date.now() < until; step += 8) {
			const word = words[step % words.length];
			const filter = filters[Math.floor(step / words.length) % filters.length];
			const page = 1 + (Math.floor(step / (words.length * filters.length)) % 5);
			const visit = `visit=${offset}-${step}`;
			const html = await (
				await fetch(`${base}/listings?q=${encodeURIComponent(word)}${filter}&page=${page}&${visit}`)
			).text();
			for (const match of html.matchAll(/href="(\/listings\/[0-9a-f-]{36})"/g)) listingPaths.add(match[1]);
			const listing = [...listingPaths][step % Math.max(1, listingPaths.size)];
			if (listing) await (await fetch(`${base}${listing}?${visit}`)).text();
			served += listing ? 2 : 1;
		}
	}
	await Promise.all(Array.from({ length: 8 }, (_, offset) => client(offset)));
	return served;
}

try {
	if (!existsSync(join(dataDirectory, 'pgdata'))) {
		console.log(`building a data folder with ${listingCount} listings in ${dataDirectory}`);
		mkdirSync(dataDirectory, { recursive: true });
		const database = await openPglite(join(dataDirectory, 'pgdata'));
		await loadSyntheticListings(database, listingCount);
		await database.close();
	} else console.log(`reusing the data folder ${dataDirectory}`);

	for (const start of ['first start', 'restart']) {
		const started = performance.now();
		const app = await startApp({ dataDirectory });
		const startSeconds = (performance.now() - started) / 1000;
		await new Promise((done) => setTimeout(done, 5000));
		const idle = residentMegabytes(app.pid);
		let busiest = 0;
		const sampler = setInterval(() => (busiest = Math.max(busiest, residentMegabytes(app.pid))), 250);
		const served = await browse(app.base, Date.now() + seconds * 1000);
		clearInterval(sampler);
		await new Promise((done) => setTimeout(done, 5000));
		console.log(
			`${start}: ready in ${startSeconds.toFixed(1)} s; resident ${idle.toFixed(0)} MB idle, ` +
				`${busiest.toFixed(0)} MB at most while serving ${served} uncached pages in ${seconds} s, ` +
				`${residentMegabytes(app.pid).toFixed(0)} MB 5 s later; peak (VmHWM) ${peakMegabytes(app.pid).toFixed(0)} MB`
		);
		app.stop();
		// The next start needs the folder's lock, released when this process has exited.
		while (existsSync(`/proc/${app.pid}`)) await new Promise((done) => setTimeout(done, 100));
	}
} finally {
	if (!keptDirectory) rmSync(dataDirectory, { recursive: true, force: true, maxRetries: 3 });
}
