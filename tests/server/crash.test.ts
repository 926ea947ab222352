import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../src/lib/server/db/pglite.ts';
import type { ServerProcess } from './process.ts';
import { compare, runCrashCycles, storedWrites } from './crash.ts';

// Issue #16: SIGKILL the embedded-database server while it acknowledges writes, 20 times. The
// process is the database here, so every restart is PGlite's own crash recovery (WAL replay).
describe('kill -9 while writing, on PGlite', () => {
	const dataDirectory = mkdtempSync(join(tmpdir(), 'zhiqiao-crash-'));
	let server: ServerProcess | undefined;
	afterAll(() => {
		server?.child.kill('SIGKILL');
		rmSync(dataDirectory, { recursive: true, force: true });
	});

	it('stores every acknowledged write exactly once through 20 crashes', { timeout: 300_000 }, async () => {
		const run = await runCrashCycles({
			dataDirectory,
			cycles: 20,
			label: 'pglite',
			killAfterMs: [200, 1000],
			onServer: (running) => (server = running)
		});
		// A clean stop after the last restart, then the folder read directly.
		run.server.child.kill('SIGTERM');
		expect(await run.server.exited).toBe(0);
		const database = await openPglite(join(dataDirectory, 'pgdata'));
		const result = compare(run, await storedWrites(database).finally(() => database.close()));
		console.log(result.summary);
		expect(result.problems, result.summary).toEqual([]);
		expect(result.killsMidWrite, result.summary).toBeGreaterThanOrEqual(10);
	});
});
