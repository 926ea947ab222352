import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, waitUntilHealthy, type ServerProcess } from './process.ts';

// Two processes on one PGlite folder silently lose committed rows (PGlite takes no lock), so the
// second must be refused at once while the first keeps serving.
describe('the embedded database folder lock', () => {
	const dataDirectory = mkdtempSync(join(tmpdir(), 'zhiqiao-lock-'));
	const started: ServerProcess[] = [];
	afterAll(() => {
		for (const server of started) server.child.kill('SIGKILL');
		rmSync(dataDirectory, { recursive: true, force: true });
	});

	it('refuses a second process on the same DATA_DIR and the first keeps serving', async () => {
		const first = await startServer(dataDirectory);
		started.push(first);
		await waitUntilHealthy(first);

		const second = await startServer(dataDirectory);
		started.push(second);
		const code = await Promise.race([
			second.exited,
			new Promise((done) => setTimeout(() => done('still running'), 20_000))
		]);
		expect(code).toBe(1);
		expect(second.output()).toContain(
			`The data folder ${dataDirectory} is in use by another Zhiqiao process (pid ${first.child.pid})`
		);

		const health = await fetch(`${first.url}/api/health`);
		expect(health.status).toBe(200);
		expect(await health.json()).toEqual({ status: 'ok', db: 'ok' });
		const page = await fetch(`${first.url}/signin`);
		expect(page.status).toBe(200);
	});

	it('shuts down cleanly on SIGTERM, releasing the folder for the next start', async () => {
		const first = started[0];
		first.child.kill('SIGTERM');
		expect(await first.exited).toBe(0);
		expect(existsSync(join(dataDirectory, 'zhiqiao.lock'))).toBe(false);

		const next = await startServer(dataDirectory);
		started.push(next);
		await waitUntilHealthy(next);
		// The demo data seeded by the first start is still there and is not seeded twice.
		expect(next.output()).not.toContain('seeded demo data');
		expect(next.output()).toContain('Demo accounts');
	});
});
