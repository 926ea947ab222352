import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import { asService, asUser, demo, driver, openTestDatabase, sqlState } from './setup/database.ts';

// A request's statement and its role switch go to the database together (on PGlite as one call
// of prepared statements, src/lib/server/db/pglite-pipeline.ts). These are the invariants of
// src/lib/server/db/request-role.ts that this must keep.
describe(`request statements on ${driver}`, () => {
	let database: Database;
	const whoAmI = sql`select current_user::text as "user", coalesce(current_setting('request.jwt.claims', true), '') as claims`;
	const ownSessions = sql`select user_id as "userId" from public.sessions order by user_id`;

	beforeAll(async () => {
		database = await openTestDatabase();
		for (const [index, userId] of [demo.researcher, demo.company].entries()) {
			await asService(database).query(sql`
				insert into public.sessions (id, user_id, expires_at) values (${String(index).repeat(64)}, ${userId}, now() + interval '1 day')`);
		}
	});
	afterAll(() => database.close());

	it('runs as the user with their claims, and leaves nothing to the next statement', async () => {
		const [inside] = await asUser(database, demo.company).query<{ user: string; claims: string }>(whoAmI);
		expect(inside.user).toBe('authenticated');
		expect(JSON.parse(inside.claims)).toMatchObject({ role: 'authenticated', sub: demo.company });
		const [after] = await database.query<{ user: string; claims: string }>(whoAmI);
		expect(after.user).not.toBe('authenticated');
		expect(after.claims).toBe('');
	});

	it('runs statements the connection never prepared as the user, however many at once', async () => {
		// Each text is new (a comment with a fresh id) and takes a parameter, so the driver has the
		// database describe it before binding, while its role switch was sent ahead of it.
		const statements = Array.from({ length: 20 }, (_, index) =>
			sql(
				[
					'select current_user::text as "user", auth.uid()::text as "userId", ',
					`::int as "index" /* ${crypto.randomUUID()} */`
				],
				index
			)
		);
		const answers = await Promise.all(statements.map((statement) => asUser(database, demo.company).query(statement)));
		expect(answers.map(([row]) => [row.user, row.userId])).toEqual(
			Array.from({ length: 20 }, () => ['authenticated', demo.company])
		);
	});

	it('leaves nothing behind after a statement that failed either', async () => {
		expect(await sqlState(asUser(database, demo.company).query(sql`select 1 / 0`))).toBe('22012');
		const [after] = await database.query<{ user: string; claims: string }>(whoAmI);
		expect(after.user).not.toBe('authenticated');
		expect(after.claims).toBe('');
	});

	it('applies each reader’s row security to the same statement, however often it ran as another', async () => {
		// Postgres keeps one plan for a statement it has run five times; a plan made for the owner
		// (who bypasses row security) or for another user must never answer for this one.
		for (let round = 0; round < 8; round++) {
			expect((await database.query(ownSessions)).length).toBeGreaterThanOrEqual(2);
			expect(await asUser(database, demo.researcher).query(ownSessions)).toEqual([{ userId: demo.researcher }]);
			expect(await asUser(database, demo.company).query(ownSessions)).toEqual([{ userId: demo.company }]);
		}
	});

	it('commits all of a batch or none of it', async () => {
		await database.query(sql`create table public.batch_probe (id int primary key)`);
		try {
			await database.batch([
				sql`insert into public.batch_probe values (1)`,
				sql`insert into public.batch_probe values (2)`
			]);
			const failed = database.batch([
				sql`insert into public.batch_probe values (3)`,
				sql`insert into public.batch_probe values (1)`
			]);
			expect(await sqlState(failed)).toBe('23505');
			expect(await database.query(sql`select id from public.batch_probe order by id`)).toEqual([{ id: 1 }, { id: 2 }]);
		} finally {
			await database.query(sql`drop table public.batch_probe`);
		}
	});

	it('answers a statement again after the table it reads gained a column', async () => {
		await database.query(sql`create table public.shape_probe (id int)`);
		try {
			await database.query(sql`insert into public.shape_probe values (1)`);
			const everything = sql`select * from public.shape_probe`;
			for (let round = 0; round < 6; round++) expect(await database.query(everything)).toEqual([{ id: 1 }]);
			await database.query(sql`alter table public.shape_probe add column label text default 'x'`);
			// Postgres refuses a prepared statement whose columns changed; the driver prepares it anew.
			expect(await database.query(everything)).toEqual([{ id: 1, label: 'x' }]);
		} finally {
			await database.query(sql`drop table public.shape_probe`);
		}
	});
});
