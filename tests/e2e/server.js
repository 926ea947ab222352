// The webServer of playwright.config.ts: the built app as `npm run serve` starts it, on a fresh
// temporary data folder (migrated and seeded with the demo data on start) that is removed on exit.
import { mkdtempSync, rmSync } from 'node:fs';
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
