// The webServer of playwright.config.ts: the built app as `npm run serve` starts it, on a fresh
// temporary data folder (migrated and seeded with the demo data on start) that is removed on exit.
// With E2E_DATABASE=postgres it runs on a throwaway PostgreSQL cluster instead, seeded the way
// `npm run db:seed` does, and writes the connection URL to E2E_DATABASE_URL_FILE so tests can
// move the database clock (the public-notice period lasts 15 days).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dataDirectory = mkdtempSync(join(tmpdir(), 'zhiqiao-e2e-'));
const port = process.env.E2E_PORT ?? '4173';
Object.assign(process.env, {
	DATA_DIR: dataDirectory,
	PORT: port,
	HOST: '127.0.0.1',
	// localhost, not 127.0.0.1: the session cookie is Secure everywhere but on localhost, and
	// form posts are checked against ORIGIN.
	ORIGIN: `http://localhost:${port}`,
	// Every test signs up from 127.0.0.1, and a worker runs more than 20 sign-ups within 15
	// minutes. The limit itself is tested in tests/db/identity.test.ts.
	SIGNUPS_PER_ADDRESS: '1000'
});

if (process.env.E2E_DATABASE === 'postgres') {
	const { startPostgresCluster } = await import('../../scripts/lib/postgres-cluster.js');
	const cluster = await startPostgresCluster();
	execFileSync(process.execPath, ['scripts/db.ts', 'seed'], {
		env: { ...process.env, DATABASE_URL: cluster.url },
		stdio: 'ignore'
	});
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

// The built app's request handler (what `npm run serve` listens with), behind one test-only
// switch: after POST /__e2e/new-version, /sw.js answers with its bytes plus a statement naming
// the version, a byte-different service worker that the browser installs as an update.
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
process.chdir(root);
process.env.BODY_SIZE_LIMIT ??= '21M';
/** @type {{ handler: (request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse, next: () => void) => void }} */
const { handler } = await import(pathToFileURL(join(root, 'build', 'handler.js')).href);
const serviceWorker = readFileSync(join(root, 'build', 'client', 'sw.js'), 'utf8');
let version = 0;
const server = createServer((request, response) => {
	const path = request.url?.split('?')[0];
	if (path === '/__e2e/new-version' && request.method === 'POST') {
		version += 1;
		response.end(String(version));
	} else if (path === '/sw.js' && version > 0) {
		response.setHeader('content-type', 'text/javascript; charset=utf-8');
		response.setHeader('cache-control', 'no-cache');
		response.end(`${serviceWorker}\nself.__e2eVersion = ${version};\n`);
	} else {
		handler(request, response, () => {
			response.statusCode = 404;
			response.end();
		});
	}
});
// Node closes a keep-alive connection idle for 5 s. A test's request client (page.request) may
// reuse one in the instant it closes and read ECONNRESET, which a browser would retry and which
// says nothing about the app: keep idle connections open longer than any test waits between requests.
server.keepAliveTimeout = 65_000;
server.listen(Number(port), '127.0.0.1');
