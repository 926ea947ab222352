// Starts the built app (build/ from `npm run build`) on a free loopback port with a fresh
// temporary data folder (migrated and seeded with the demo data), for the measuring scripts.
// With `postgres: true` the app runs on a throwaway PostgreSQL cluster, seeded the same way.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.js';

/**
 * `onOutput` receives the server's standard output (its JSON log lines) as it comes. With
 * `dataDirectory` the app opens that folder (kept afterwards) instead of a fresh temporary one.
 * @param {{ postgres?: boolean, onOutput?: (chunk: string) => void, dataDirectory?: string }} [options]
 * @returns {Promise<{ base: string, stop: () => void, pid: number }>}
 */
export async function startApp(options = {}) {
	if (!existsSync('build/index.js')) {
		console.error('No build found. Run `npm run build` first.');
		process.exit(1);
	}
	const dataDirectory = options.dataDirectory ?? mkdtempSync(join(tmpdir(), 'zhiqiao-measure-'));
	const port = await freePort();
	const environment = {
		DATA_DIR: dataDirectory,
		PORT: String(port),
		HOST: '127.0.0.1',
		ORIGIN: `http://localhost:${port}`
	};
	let stopCluster = () => {};
	if (options.postgres) {
		const { startPostgresCluster } = await import('./postgres-cluster.js');
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
		stdio: ['ignore', options.onOutput ? 'pipe' : 'ignore', 'ignore']
	});
	if (options.onOutput) server.stdout?.setEncoding('utf8').on('data', options.onOutput);
	const base = `http://localhost:${port}`;
	const stop = () => {
		server.kill('SIGTERM');
		stopCluster();
		if (!options.dataDirectory) rmSync(dataDirectory, { recursive: true, force: true, maxRetries: 3 });
	};
	for (let attempt = 0; ; attempt++) {
		try {
			if ((await fetch(`${base}/api/health`)).ok) break;
		} catch {
			if (attempt > 600) {
				stop();
				throw new Error('the app did not start');
			}
		}
		await new Promise((done) => setTimeout(done, 100));
	}
	return { base, stop, pid: /** @type {number} */ (server.pid) };
}

/** The first published listing on the discovery page. @param {string} base */
export async function firstListingPath(base) {
	const html = await (await fetch(`${base}/listings`)).text();
	const match = /href="(\/listings\/[0-9a-f-]{36})"/.exec(html);
	if (!match) throw new Error('no published listing on /listings');
	return match[1];
}

/** The first deal room on `/deals` for a signed-in account. @param {string} base @param {string} cookie */
export async function firstDealRoomPath(base, cookie) {
	const html = await (await fetch(`${base}/deals`, { headers: { cookie } })).text();
	const match = /href="(\/deals\/[0-9a-f-]{36})"/.exec(html);
	if (!match) throw new Error('the account has no deal room on /deals');
	return match[1];
}

/** A process's resident memory in MB (Linux). @param {number} pid */
export function residentMegabytes(pid) {
	return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
}
