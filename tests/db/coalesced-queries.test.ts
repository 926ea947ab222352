import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import { asService, asUser, demo, driver, openTestDatabase } from './setup/database.ts';

// A request's statements issued together go out as one batch (src/lib/server/db/coalesced-queries.ts).
// What a load relies on: each statement gets its own rows, as the request's user, and one failing
// statement neither fails its neighbours nor runs any of them twice.
describe(`statements a request issues together, on ${driver}`, () => {
	let database: Database;
	const transactionAndUser = sql`select pg_current_xact_id()::text as "transaction", auth.uid()::text as "userId"`;

	beforeAll(async () => {
		database = await openTestDatabase();
		await database.query(sql`create table public.coalesce_probe (id serial primary key, note text not null)`);
		await database.query(sql`grant select, insert on public.coalesce_probe to authenticated`);
		await database.query(sql`grant usage on sequence public.coalesce_probe_id_seq to authenticated`);
	});
	afterAll(() => database.close());

	it('runs statements issued in one turn in one transaction, each answered with its own rows', async () => {
		const request = asUser(database, demo.company);
		const [first, second, third] = await Promise.all([
			request.query<{ transaction: string; userId: string }>(transactionAndUser),
			request.query<{ value: number }>(sql`select ${2}::int as value`),
			request.query<{ transaction: string; userId: string }>(transactionAndUser)
		]);
		expect(second).toEqual([{ value: 2 }]);
		expect(first[0].userId).toBe(demo.company);
		expect(third[0]).toEqual(first[0]);
	});

	it('runs statements awaited one after another in transactions of their own', async () => {
		const request = asUser(database, demo.company);
		const [first] = await request.query<{ transaction: string }>(transactionAndUser);
		const [second] = await request.query<{ transaction: string }>(transactionAndUser);
		expect(second.transaction).not.toBe(first.transaction);
	});

	it('keeps two requests’ statements apart, each as its own user', async () => {
		const [company, researcher] = await Promise.all([
			asUser(database, demo.company).query<{ userId: string }>(transactionAndUser),
			asUser(database, demo.researcher).query<{ userId: string }>(transactionAndUser)
		]);
		expect(company[0].userId).toBe(demo.company);
		expect(researcher[0].userId).toBe(demo.researcher);
	});

	it('never batches the process-wide service_role executor, whose callers are unrelated requests', async () => {
		const service = asService(database);
		const [first, second] = await Promise.all([
			service.query<{ transaction: string }>(transactionAndUser),
			service.query<{ transaction: string }>(transactionAndUser)
		]);
		expect(second[0].transaction).not.toBe(first[0].transaction);
	});

	it('fails only the failing statement; its neighbours answer, and a write among them lands once', async () => {
		const request = asUser(database, demo.company);
		const note = crypto.randomUUID();
		const [written, failed, read] = await Promise.allSettled([
			request.query<{ id: number }>(sql`insert into public.coalesce_probe (note) values (${note}) returning id`),
			request.query(sql`select 1 / 0`),
			request.query<{ value: string }>(sql`select ${'still here'}::text as value`)
		]);
		expect(written.status).toBe('fulfilled');
		expect(failed.status).toBe('rejected');
		expect((failed as PromiseRejectedResult).reason.code).toBe('22012');
		expect(read).toEqual({ status: 'fulfilled', value: [{ value: 'still here' }] });
		const rows = await database.query<{ id: number }>(sql`select id from public.coalesce_probe where note = ${note}`);
		expect(rows).toEqual((written as PromiseFulfilledResult<{ id: number }[]>).value);
	});
});
