import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import { databaseErrors } from '../../src/lib/contracts/database-errors.ts';
import { parseTopic, topicKinds, topics } from '../../src/lib/contracts/realtime-topics.ts';
import { asUser, demo, driver, openTestDatabase } from './setup/database.ts';

// The contracts in src/lib/contracts hold on the database's side too: what the functions raise
// and publish is what the application names.
describe(`contracts with the database on ${driver}`, () => {
	let database: Database;
	beforeAll(async () => {
		database = await openTestDatabase();
	});
	afterAll(() => database.close());

	it('names every ZQ error code the database raises, and raises every one it names', async () => {
		const functions = await database.query<{ name: string; definition: string; comment: string | null }>(sql`
			select p.oid::regprocedure::text as name, pg_get_functiondef(p.oid) as definition, obj_description(p.oid, 'pg_proc') as comment
			from pg_proc p join pg_namespace n on n.oid = p.pronamespace
			where n.nspname in ('app', 'public') and p.prokind = 'f'`);
		const raising = functions
			.map((fn) => ({
				...fn,
				codes: [...fn.definition.matchAll(/errcode\s*=\s*'(ZQ\d{3})'/g)].map((match) => match[1])
			}))
			.filter((fn) => fn.codes.length > 0);
		const raised = new Set(raising.flatMap((fn) => fn.codes));
		expect([...raised].sort()).toEqual(Object.values(databaseErrors).sort());
		// Each function that raises one cites the module, so a reader of schema.sql finds the other side.
		expect(
			raising.filter((fn) => !fn.comment?.includes('src/lib/contracts/database-errors.ts')).map((fn) => fn.name)
		).toEqual([]);
	});

	it('publishes only on topics the application parses, of every kind it names', async () => {
		// The demo data's interests, deal messages and notifications have published already.
		const published = await database.query<{ topic: string }>(sql`select distinct topic from public.realtime_events`);
		expect(published.length).toBeGreaterThan(0);
		expect(published.filter((row) => parseTopic(row.topic) === null)).toEqual([]);
		expect(new Set(published.map((row) => parseTopic(row.topic)!.kind))).toEqual(new Set(topicKinds));
	});

	it('admits to a topic built by the application exactly the users the database means', async () => {
		const mayRead = async (userId: string, topic: string) =>
			(
				await asUser(database, userId).query<{ allowed: boolean }>(sql`select app.can_read_topic(${topic}) as allowed`)
			)[0].allowed;
		expect(await mayRead(demo.researcher, topics.user(demo.researcher))).toBe(true);
		expect(await mayRead(demo.company, topics.user(demo.researcher))).toBe(false);
		expect(await mayRead(demo.officer, topics.institution(demo.university))).toBe(true);
		expect(await mayRead(demo.company, topics.institution(demo.university))).toBe(false);
	});
});
