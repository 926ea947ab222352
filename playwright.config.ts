import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { chromiumPath } from './scripts/lib/chromium.js';
import { findPostgresBinaries } from './scripts/lib/postgres-cluster.js';

// End-to-end tests: the production build (`npm run build`, done beforehand) served by
// tests/e2e/server.js on a fresh embedded database, driven in Debian's Chromium at 360 px.
const root = dirname(fileURLToPath(import.meta.url));
if (!existsSync(join(root, 'build', 'index.js'))) {
	throw new Error('No build found in build/. Run `npm run build` first, then `npx playwright test`.');
}

const port = Number(process.env.E2E_PORT ?? 4173);
// Two workers, each with a server and database of its own (worker 0 on `port`, worker 1 on
// `port + 2`; `port + 1` is the PostgreSQL server below), so no test sees another worker's
// writes, and a file's tests still run in order on one database. Playwright loads this file
// again in every worker with TEST_PARALLEL_INDEX set, which picks the worker's server.
const workers = Number(process.env.E2E_WORKERS ?? 2);
const serverPorts = Array.from({ length: workers }, (_, index) => (index === 0 ? port : port + 1 + index));
const workerPort = serverPorts[Number(process.env.TEST_PARALLEL_INDEX ?? 0)] ?? port;
// localhost, not 127.0.0.1: it must match the server's ORIGIN for form posts, and the session
// cookie is Secure everywhere but on localhost.
const baseURL = `http://localhost:${workerPort}`;
// The deal flow runs against a second server on PostgreSQL, where the test can move the
// clock past the 15-day public notice. Without PostgreSQL it is left out (scripts/test.js says so).
const postgresPort = port + 1;
const withPostgres = findPostgresBinaries() !== null;
const databaseUrlFile = join(tmpdir(), `zhiqiao-e2e-postgres-${postgresPort}.url`);
// Workers inherit the runner's environment: tests read the file named here.
process.env.E2E_DATABASE_URL_FILE = databaseUrlFile;

function server(command: string, serverPort: number, env: Record<string, string> = {}) {
	return {
		command,
		url: `http://localhost:${serverPort}/api/health`,
		env: { E2E_PORT: String(serverPort), ...env },
		reuseExistingServer: false,
		timeout: 120_000,
		// SIGTERM (not the default SIGKILL) so server.js removes its temporary data folder.
		gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 10_000 },
		stdout: 'ignore' as const,
		stderr: 'pipe' as const
	};
}

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.test.ts',
	fullyParallel: false,
	workers,
	// In CI a failed test runs once more, and one that then passes is listed as flaky in the output
	// (and gets fixed: docs/performance.md, "Test suite run time"). On a shared two-core machine a
	// few of the 140 tests lose a race with the load now and then; a real failure fails twice.
	retries: process.env.CI ? 1 : 0,
	forbidOnly: true,
	reporter: 'list',
	timeout: 60_000,
	expect: { timeout: 10_000 },
	use: {
		baseURL,
		locale: 'zh-CN',
		timezoneId: 'Asia/Shanghai',
		viewport: { width: 360, height: 740 },
		deviceScaleFactor: 1,
		hasTouch: false,
		// Recording a trace for every test doubles the suite's time on this two-core machine; to
		// debug a failure, run it again with `npx playwright test <file> --trace on`.
		trace: 'off',
		screenshot: 'only-on-failure',
		launchOptions: {
			// Debian's Chromium or CHROMIUM_PATH; Playwright's own downloads are blocked here.
			executablePath: chromiumPath(),
			// Keep Chromium from calling home: those connections are blocked anyway and only add waiting.
			args: [
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--disable-quic'
			]
		}
	},
	projects: [
		// The flows that move the clock past a public notice run on PostgreSQL.
		{ name: 'chromium', use: { browserName: 'chromium' }, testIgnore: ['**/deals.test.ts', '**/notices.test.ts'] },
		...(withPostgres
			? [
					{
						name: 'deals-postgres',
						testMatch: ['**/deals.test.ts', '**/notices.test.ts'],
						use: { browserName: 'chromium' as const, baseURL: `http://localhost:${postgresPort}` }
					}
				]
			: [])
	],
	webServer: [
		...serverPorts.map((serverPort) => server('node tests/e2e/server.js', serverPort)),
		...(withPostgres
			? [
					server('node tests/e2e/server.js', postgresPort, {
						E2E_DATABASE: 'postgres',
						E2E_DATABASE_URL_FILE: databaseUrlFile
					})
				]
			: [])
	]
});
