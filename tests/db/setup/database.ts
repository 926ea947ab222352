import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import type { Database, Executor } from '../../../src/lib/server/db/port.ts';
import { openPglite } from '../../../src/lib/server/db/pglite.ts';
import { openPostgres } from '../../../src/lib/server/db/postgres.ts';
import { anonymousUrlFor } from '../../../scripts/lib/postgres-cluster.js';
import { claimsFor, executorForRole } from '../../../src/lib/server/db/request-role.ts';
import { sql } from '../../../src/lib/server/db/sql.ts';

export const driver = process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'pglite';

/**
 * A private database for one test file, migrated and seeded: a copy of the PGlite template,
 * or a fresh PostgreSQL database cloned from the template database.
 */
export async function openTestDatabase(): Promise<Database> {
	if (driver === 'pglite') {
		const template = new Blob([readFileSync(inject('pgliteTemplate'))]);
		return openPglite(undefined, { loadDataDir: template });
	}
	// Anonymous statements take the path production takes with DATABASE_ANONYMOUS_URL set
	// (connections that start as anon); PGlite covers the per-transaction role switch.
	return createPostgresDatabase('zhiqiao_template', 8, { anonymous: true });
}

/** A database with nothing in it (no migrations, no seed), for tests that prepare it themselves. */
export async function openEmptyDatabase(): Promise<Database> {
	return driver === 'pglite' ? openPglite() : createPostgresDatabase('template0', 4);
}

/** A new database on the test server, copied from `template`. */
async function createPostgresDatabase(
	template: string,
	maxConnections: number,
	options: { anonymous?: boolean } = {}
): Promise<Database> {
	const serverUrl = inject('postgresUrl');
	const name = `test_${crypto.randomUUID().replaceAll('-', '')}`;
	const admin = openPostgres(serverUrl, { maxConnections: 1 });
	try {
		// Identifiers cannot be parameters; both names are fixed here, never user input.
		await admin.query(sql([`create database ${name} template ${template}`]));
	} finally {
		await admin.close();
	}
	const url = serverUrl.replace(/\/postgres$/, `/${name}`);
	return openPostgres(url, { maxConnections, anonymousUrl: options.anonymous ? anonymousUrlFor(url) : undefined });
}

export const demo = {
	researcher: '00000000-0000-4000-8000-000000001001',
	company: '00000000-0000-4000-8000-000000001002',
	officer: '00000000-0000-4000-8000-000000001003',
	admin: '00000000-0000-4000-8000-000000001004',
	university: '00000000-0000-4000-8000-000000000100',
	college: '00000000-0000-4000-8000-000000000101',
	unverifiedCompany: '00000000-0000-4000-8000-000000000202'
} as const;

/** The executor a request by this user would get. */
export function asUser(database: Database, userId: string): Executor {
	return executorForRole(database, claimsFor({ id: userId, sessionId: 'test-session' }));
}

export function asAnon(database: Database): Executor {
	return executorForRole(database, claimsFor(null));
}

export function asService(database: Database): Executor {
	return executorForRole(database, { role: 'service_role' });
}

/** The SQLSTATE a rejected promise carries, for asserting on database refusals. */
export async function sqlState(promise: Promise<unknown>): Promise<string | undefined> {
	try {
		await promise;
		return undefined;
	} catch (error) {
		return (error as { code?: string }).code ?? 'no code';
	}
}
