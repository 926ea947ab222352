import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../src/lib/server/db/postgres.ts';
import type { ServerProcess } from './process.ts';
import { startSeededPostgres } from './postgres.ts';
import { compare, runCrashCycles, storedWrites } from './crash.ts';

// Issue #16 on PostgreSQL: SIGKILL the app server while it acknowledges writes, 20 times. The
// database server lives on, so this proves the app answers only after PostgreSQL committed.
// scripts/test.js leaves this file out (and says so) where PostgreSQL is not installed.
describe('kill -9 while writing, on PostgreSQL', () => {
	const dataDirectory = mkdtempSync(join(tmpdir(), 'zhiqiao-crash-pg-'));
	let server: ServerProcess | undefined;
	let cluster: { url: string; stop: () => void } | undefined;
	beforeAll(async () => {
		cluster = await startSeededPostgres();
	});
	afterAll(() => {
		server?.child.kill('SIGKILL');
		rmSync(dataDirectory, { recursive: true, force: true });
		cluster?.stop();
	});

	it('stores every acknowledged write exactly once through 20 crashes', { timeout: 300_000 }, async () => {
		const run = await runCrashCycles({
			dataDirectory,
			environment: { DATABASE_URL: cluster!.url },
			cycles: 20,
			label: 'postgres',
			killAfterMs: [200, 1000],
			onServer: (running) => (server = running)
		});
		const database = openPostgres(cluster!.url, { maxConnections: 1 });
		const result = compare(run, await storedWrites(database).finally(() => database.close()));
		console.log(result.summary);
		expect(result.problems, result.summary).toEqual([]);
		expect(result.killsMidWrite, result.summary).toBeGreaterThanOrEqual(10);
	});
});
