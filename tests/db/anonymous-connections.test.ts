import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import { openPostgres } from '../../src/lib/server/db/postgres.ts';
import { checkAnonymousConnection } from '../../src/lib/server/db/request-role.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import { anonymousUrlFor } from '../../scripts/lib/postgres-cluster.js';
import { asAnon, driver, openTestDatabase, sqlState } from './setup/database.ts';

describe(`anonymous requests on ${driver}`, () => {
	let database: Database;
	let databaseUrl = '';
	beforeAll(async () => {
		database = await openTestDatabase();
		if (driver === 'postgres') {
			const [{ name }] = await database.query<{ name: string }>(sql`select current_database() as name`);
			databaseUrl = inject('postgresUrl').replace(/\/postgres$/, `/${name}`);
		}
	});
	afterAll(() => database.close());

	it('run as anon with anon’s claims and see published, licensed and transferred listings only', async () => {
		const [found] = await asAnon(database).query<{
			login: string;
			role: string;
			claimed: string;
			drafts: number;
			published: number;
		}>(sql`
			select session_user::text as login, current_user::text as role, auth.jwt() ->> 'role' as claimed,
			       (select count(*) from public.listings where status not in ('published', 'licensed', 'transferred'))::int as drafts,
			       (select count(*) from public.listings)::int as published`);
		// PostgreSQL tests take the production path with DATABASE_ANONYMOUS_URL; PGlite has one connection.
		const login = driver === 'postgres' ? 'zhiqiao_anonymous' : 'postgres';
		expect(found).toEqual({ login, role: 'anon', claimed: 'anon', drafts: 0, published: expect.any(Number) });
		expect(found.published).toBeGreaterThan(50);
	});

	it('have a login role that can do nothing unless it becomes anon', async () => {
		const [role] = await database.query<{ inherits: boolean; canLogIn: boolean; anonMember: boolean }>(sql`
			select rolinherit as inherits, rolcanlogin as "canLogIn", pg_has_role(oid, 'anon', 'member') as "anonMember"
			from pg_roles where rolname = 'zhiqiao_anonymous'`);
		expect(role).toEqual({ inherits: false, canLogIn: true, anonMember: true });
		if (driver === 'pglite') return;
		await checkAnonymousConnection(database.anonymous!);
		// What a pooler that dropped the start-up role would leave: refused, not the owner's rights.
		const withoutRole = openPostgres(anonymousUrlFor(databaseUrl), { maxConnections: 1 });
		try {
			expect(await sqlState(withoutRole.query(sql`select id from public.listings limit 1`))).toBe('42501');
			await expect(checkAnonymousConnection(withoutRole)).rejects.toThrow(/runs? as zhiqiao_anonymous, not anon/);
		} finally {
			await withoutRole.close();
		}
	});

	it('refuse a login role that could read data by itself', async () => {
		if (driver === 'pglite') return expect(database.anonymous).toBeUndefined();
		const owner = openPostgres(databaseUrl, { maxConnections: 1, anonymousUrl: databaseUrl });
		try {
			await expect(checkAnonymousConnection(owner.anonymous!)).rejects.toThrow(/postgres could read data by itself/);
		} finally {
			await owner.close();
		}
	});
});
