// `npm run bench:limits [-- --postgres] [-- --runs N]`: what the write limits cost a request.
// On a migrated, seeded throwaway database (PGlite always; a throwaway PostgreSQL cluster too with
// --postgres), through the request executor as the demo company would call them, it times:
//   - a sign-in attempt's throttle bookkeeping (three counters before the password is checked),
//   - an interest: first send, replay of the same key, and the same key for another listing
//     (a company holds one open interest per listing, so each one sent is withdrawn, untimed,
//     before the next is sent),
//   - a deal message: first send and replay.
// It prints the median and 95th percentile per operation, in milliseconds.
import { resolve } from 'node:path';
import { openPglite } from '../src/lib/server/db/pglite.ts';
import { openPostgres } from '../src/lib/server/db/postgres.ts';
import type { Database } from '../src/lib/server/db/port.ts';
import { claimsFor, executorForRole } from '../src/lib/server/db/request-role.ts';
import { applyMigrations, readMigrations } from '../src/lib/server/db/migrate.ts';
import { seedDatabase } from '../src/lib/server/db/seed.ts';
import { registerAttempt, throttleKeys } from '../src/lib/server/auth/throttle.ts';
import * as interests from '../src/lib/server/interests.ts';
import * as deals from '../src/lib/server/deals.ts';
import * as messages from '../src/lib/server/deal-messages.ts';
import { findPostgresBinaries, installHint, startPostgresCluster } from './lib/postgres-cluster.js';

const argument = (name: string) => process.argv.find((value, index) => process.argv[index - 1] === name);
const runs = Number(argument('--runs') ?? 200);
const company = { id: '00000000-0000-4000-8000-000000001002', organizationId: '00000000-0000-4000-8000-000000000201' };
const officer = '00000000-0000-4000-8000-000000001003';
const listing = '00000000-0000-4000-8001-000000000001';
const otherListing = '00000000-0000-4000-8001-000000000002';

async function timed<Result>(
	label: string,
	operation: (run: number) => Promise<Result>,
	/** Untimed work after each run, to leave the database as the next run needs it. */
	after?: (result: Result) => Promise<unknown>
): Promise<void> {
	const times: number[] = [];
	for (let run = 0; run < runs; run++) {
		const started = performance.now();
		const result = await operation(run);
		times.push(performance.now() - started);
		await after?.(result);
	}
	times.sort((a, b) => a - b);
	const at = (fraction: number) => times[Math.min(times.length - 1, Math.floor(fraction * times.length))].toFixed(2);
	console.log(`  ${label.padEnd(50)} median ${at(0.5).padStart(6)} ms   p95 ${at(0.95).padStart(6)} ms`);
}

async function measure(name: string, database: Database): Promise<void> {
	await applyMigrations(database, readMigrations(resolve('supabase/migrations')));
	await seedDatabase(database, resolve('supabase/seed.sql'));
	const service = executorForRole(database, { role: 'service_role' });
	const asCompany = executorForRole(database, claimsFor({ id: company.id, sessionId: 'bench' }));
	const input = (key: string) => ({
		idempotencyKey: key,
		wantedMode: 'exclusive_license' as const,
		fieldOfUse: '',
		territory: '',
		budgetMin: null,
		budgetMax: null,
		timeline: null,
		message: '基准测试'
	});
	console.log(`\n${name} (${runs} runs each)`);
	await timed('sign-in attempt: throttle counters', (run) =>
		registerAttempt(service, throttleKeys(`bench${run}@example.com`, `198.18.${run % 250}.1`))
	);
	const keys = Array.from({ length: runs }, () => crypto.randomUUID());
	await timed(
		'interest: first send',
		(run) => interests.expressInterest(asCompany, company, listing, input(keys[run])),
		async (sent) => {
			if (!sent.ok || sent.replayed) throw new Error(`interest not sent: ${JSON.stringify(sent)}`);
			await interests.withdrawInterest(asCompany, sent.id);
		}
	);
	const expect = (reason: string) => async (result: interests.ExpressResult) => {
		const got = result.ok ? (result.replayed ? 'replayed' : 'sent') : result.reason;
		if (got !== reason) throw new Error(`expected ${reason}, got ${got}`);
	};
	await timed(
		'interest: replay of the same key',
		(run) => interests.expressInterest(asCompany, company, listing, input(keys[run])),
		expect('replayed')
	);
	await timed(
		'interest: same key for another listing (refused)',
		(run) => interests.expressInterest(asCompany, company, otherListing, input(keys[run])),
		expect('key_reused')
	);
	const interest = await interests.expressInterest(asCompany, company, listing, input(crypto.randomUUID()));
	if (!interest.ok) throw new Error(`interest refused: ${interest.reason}`);
	const asOfficer = executorForRole(database, claimsFor({ id: officer, sessionId: 'bench' }));
	const opened = await deals.openDeal(asOfficer, interest.id, officer);
	if (!opened.ok) throw new Error(`could not open a deal: ${opened.reason}`);
	const messageKeys = Array.from({ length: runs }, () => crypto.randomUUID());
	await timed('deal message: first send', (run) =>
		messages.postMessage(asCompany, company.id, opened.id, { idempotencyKey: messageKeys[run], body: '消息' })
	);
	await timed('deal message: replay of the same key', (run) =>
		messages.postMessage(asCompany, company.id, opened.id, { idempotencyKey: messageKeys[run], body: '消息' })
	);
}

const pglite = await openPglite();
try {
	await measure('PGlite (in process)', pglite);
} finally {
	await pglite.close();
}
if (process.argv.includes('--postgres')) {
	if (!findPostgresBinaries()) throw new Error(installHint);
	const cluster = await startPostgresCluster();
	const postgres = openPostgres(cluster.url, { maxConnections: 4 });
	try {
		await measure('PostgreSQL 15 (loopback)', postgres);
	} finally {
		await postgres.close();
		await cluster.stop();
	}
}
