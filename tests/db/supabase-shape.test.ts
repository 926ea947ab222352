import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import { applyMigrations, readMigrations } from '../../src/lib/server/db/migrate.ts';
import { seedDatabase } from '../../src/lib/server/db/seed.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as deals from '../../src/lib/server/deals.ts';
import * as interests from '../../src/lib/server/interests.ts';
import * as messages from '../../src/lib/server/messages.ts';
import { asUser, demo, driver, openEmptyDatabase } from './setup/database.ts';

// Our migrations on a database shaped like a new Supabase project (setup/supabase-shape.sql):
// they must apply on top of what Supabase creates, and broadcast through Realtime.
describe(`migrations on a Supabase-shaped database (${driver})`, () => {
	let database: Database;
	let dealId: string;
	const outsider = '00000000-0000-4000-8000-000000002101';

	beforeAll(async () => {
		database = await openEmptyDatabase();
		await database.scriptTransaction((transaction) => transaction.executeScript(readFileSync(resolve('tests/db/setup/supabase-shape.sql'), 'utf8')));
		await applyMigrations(database, readMigrations(resolve('supabase/migrations')));
		await seedDatabase(database, resolve('supabase/seed.sql'));
		const interest = await interests.expressInterest(
			asUser(database, demo.company),
			{ id: demo.company, organizationId: '00000000-0000-4000-8000-000000000201' },
			'00000000-0000-4000-8001-000000000001',
			{ idempotencyKey: crypto.randomUUID(), wantedMode: 'exclusive_license', fieldOfUse: '', territory: '', budgetMin: null, budgetMax: null, timeline: null, message: '' }
		);
		if (!interest.ok) throw new Error('interest refused');
		const deal = await deals.openDeal(asUser(database, demo.officer), interest.id, demo.officer);
		if (!deal.ok) throw new Error('deal refused');
		dealId = deal.id;
	});
	afterAll(() => database.close());

	it('keeps Supabase’s own auth objects and adds nothing that clashes', async () => {
		const [{ users }] = await database.query<{ users: number }>(sql`select count(*)::int as users from auth.users`);
		expect(users).toBeGreaterThanOrEqual(4);
		const [{ policies }] = await database.query<{ policies: number }>(
			sql`select count(*)::int as policies from pg_policies where schemaname = 'realtime' and tablename = 'messages'`
		);
		expect(policies).toBe(1);
	});

	it('broadcasts a deal message exactly once, on the deal’s private topic', async () => {
		await messages.postMessage(asUser(database, demo.company), demo.company, dealId, { idempotencyKey: crypto.randomUUID(), body: '你好' });
		const sent = await database.query<{ topic: string; private: boolean; payload: { id: number } }>(
			sql`select topic, private, payload from realtime.messages where event = 'message' and topic = ${`deal:${dealId}`}`
		);
		expect(sent).toHaveLength(1);
		expect(sent[0]).toMatchObject({ topic: `deal:${dealId}`, private: true });
		const [event] = await database.query<{ id: number }>(
			sql`select id from public.realtime_events where kind = 'message' and topic = ${`deal:${dealId}`}`
		);
		expect(sent[0].payload.id).toBe(event.id);
	});

	it('lets Realtime admit exactly the deal’s participants to its channel', async () => {
		const readable = (userId: string) =>
			asUser(database, userId).transaction(async (transaction) => {
				await transaction.query(sql`select set_config('realtime.topic', ${`deal:${dealId}`}, true)`);
				return transaction.query(sql`select event from realtime.messages where topic = ${`deal:${dealId}`}`);
			});
		for (const participant of [demo.company, demo.researcher, demo.officer]) expect((await readable(participant)).length).toBeGreaterThan(0);
		expect(await readable(outsider)).toEqual([]);
	});
});
