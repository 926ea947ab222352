// The webServer of playwright.config.ts: the built app as `npm run serve` starts it, on a fresh
// temporary data folder (migrated and seeded with the demo data on start) that is removed on exit.
// With E2E_DATABASE=postgres it runs on a throwaway PostgreSQL cluster instead, seeded the way
// `npm run db:seed` does, and writes the connection URL to E2E_DATABASE_URL_FILE so tests can
// move the database clock (the public-notice period lasts 15 days).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dataDirectory = mkdtempSync(join(tmpdir(), 'zhiqiao-e2e-'));
const port = process.env.E2E_PORT ?? '4173';
Object.assign(process.env, {
	DATA_DIR: dataDirectory,
	PORT: port,
	HOST: '127.0.0.1',
	// localhost, not 127.0.0.1: the session cookie is Secure everywhere but on localhost, and
	// form posts are checked against ORIGIN.
	ORIGIN: `http://localhost:${port}`
});

if (process.env.E2E_DATABASE === 'postgres') {
	const { startPostgresCluster } = await import('../../scripts/lib/postgres-cluster.js');
	const cluster = await startPostgresCluster();
	execFileSync(process.execPath, ['scripts/db.ts', 'seed'], { env: { ...process.env, DATABASE_URL: cluster.url }, stdio: 'ignore' });
	process.env.DATABASE_URL = cluster.url;
	if (process.env.E2E_DATABASE_URL_FILE) writeFileSync(process.env.E2E_DATABASE_URL_FILE, cluster.url);
	process.once('exit', () => cluster.stop());
}

let removed = false;
function removeDataDirectory() {
	if (removed) return;
	removed = true;
	rmSync(dataDirectory, { recursive: true, force: true, maxRetries: 3 });
}

// 'exit' covers a normal end and process.exit() (a failed start, for one). Playwright stops the
// server with SIGTERM (gracefulShutdown in the config); these listeners run before adapter-node's
// own graceful shutdown, which would wait for open connections: a throwaway database needs no care.
process.once('exit', removeDataDirectory);
for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT', 'SIGHUP'])) {
	process.once(signal, () => {
		removeDataDirectory();
		process.exit(0);
	});
}

await import('../../scripts/serve.js');
