import { mkdirSync } from 'node:fs';
import { openPglite } from '../../src/lib/server/db/pglite.ts';
import { openPostgres } from '../../src/lib/server/db/postgres.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import type { Database } from '../../src/lib/server/db/port.ts';
import { anonymousUrlFor } from './postgres-cluster.js';

/**
 * Runs a benchmark on a fresh PGlite (unless --skip-pglite; in DIR with --pglite-dir DIR), then on PostgreSQL with --postgres (a
 * throwaway local cluster) or DATABASE_URL (a throwaway database created on that server and dropped
 * afterwards). With `anonymous`, the PostgreSQL database also gets connections that start as anon
 * (DATABASE_ANONYMOUS_URL; on a throwaway cluster the passwordless zhiqiao_anonymous).
 */
export async function onEachDriver(
	measure: (database: Database, label: 'pglite' | 'postgres') => Promise<void>,
	options: { anonymous?: boolean } = {}
): Promise<void> {
	if (!process.argv.includes('--skip-pglite')) {
		// --pglite-dir DIR keeps the embedded database in DIR (made when missing), to measure again without loading again.
		const dir = process.argv[process.argv.indexOf('--pglite-dir') + 1];
		if (process.argv.includes('--pglite-dir')) mkdirSync(dir, { recursive: true });
		const pglite = await openPglite(process.argv.includes('--pglite-dir') ? dir : undefined);
		try {
			await measure(pglite, 'pglite');
		} finally {
			await pglite.close();
		}
	}
	let postgresUrl = process.env.DATABASE_URL;
	let stopCluster: (() => void) | undefined;
	if (!postgresUrl && process.argv.includes('--postgres')) {
		const { startPostgresCluster } = await import('./postgres-cluster.js');
		const cluster = await startPostgresCluster();
		postgresUrl = cluster.url;
		stopCluster = cluster.stop;
	}
	if (!postgresUrl) {
		console.log(
			'\nPostgreSQL: not measured (set DATABASE_URL, or pass --postgres to start a throwaway local cluster).'
		);
		return;
	}
	const name = `bench_${crypto.randomUUID().replaceAll('-', '').slice(0, 12)}`;
	const admin = openPostgres(postgresUrl, { maxConnections: 1 });
	await admin.query(sql([`create database ${name}`]));
	const url = new URL(postgresUrl);
	url.pathname = `/${name}`;
	let anonymousUrl: string | undefined;
	if (options.anonymous) {
		// The anonymous login role has no password on a throwaway cluster; elsewhere DATABASE_ANONYMOUS_URL gives one.
		const anonymous = new URL(process.env.DATABASE_ANONYMOUS_URL ?? anonymousUrlFor(postgresUrl));
		anonymous.pathname = `/${name}`;
		anonymousUrl = anonymous.toString();
	}
	const postgres = openPostgres(url.toString(), { maxConnections: 4, anonymousUrl });
	try {
		await measure(postgres, 'postgres');
	} finally {
		await postgres.close();
		await admin.query(sql([`drop database ${name}`]));
		await admin.close();
		stopCluster?.();
	}
}
