import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as filings from '../../src/lib/server/deal-filings.ts';
import { startOverdueFilingsScheduler } from '../../src/lib/server/app/scheduler.ts';
import { asUser, demo, driver, openTestDatabase, sqlState } from './setup/database.ts';

// The scheduler of overdue filings (src/lib/server/app/scheduler.ts, migration 20261207001100).
// The demo's signed non-exclusive licence has its CNIPA recordal pending past its due date.
const demoDeal = '00000000-0000-4000-8004-000000000004';

describe(`overdue filings notified by the server on ${driver}`, () => {
	let database: Database;
	beforeAll(async () => {
		database = await openTestDatabase();
	});
	afterAll(() => database.close());

	const sentFor = async (dealId: string) => {
		const [row] = await database.query<{ n: number }>(sql`
			select count(*)::int as n from public.notifications where kind = 'filing_overdue' and deal_id = ${dealId}`);
		return row.n;
	};

	it('judges at the moment given: nothing before the due date, then each overdue filing exactly once', async () => {
		const [filing] = await database.query<{ due: string }>(sql`
			select to_char(due_on, 'YYYY-MM-DD') as due from public.deal_filings
			where deal_id = ${demoDeal} and kind = 'licence_recordal' and status = 'pending'`);
		const dueDay = new Date(`${filing.due}T12:00:00+08:00`);
		// On its due day (Asia/Shanghai) a filing is not overdue yet.
		expect(await filings.notifyOverdueFilings(database, dueDay)).toBe(0);
		expect(await sentFor(demoDeal)).toBe(0);
		// The next day it is: the scheduler's first run and three direct runs race on separate connections.
		const nextDay = new Date(dueDay.getTime() + 24 * 3600 * 1000);
		const scheduler = startOverdueFilingsScheduler(database, { now: () => nextDay });
		const direct = await Promise.all([1, 2, 3].map(() => filings.notifyOverdueFilings(database, nextDay)));
		await scheduler.ran();
		scheduler.stop();
		expect(await sentFor(demoDeal)).toBe(1);
		expect(direct.reduce((sum, count) => sum + count, 0)).toBeLessThanOrEqual(1);
		// It went to the filing's owner, the deal's officer, who sees it as their own.
		const [mine] = await asUser(database, demo.officer).query<{ message: string }>(sql`
			select message from public.notifications where kind = 'filing_overdue' and deal_id = ${demoDeal}`);
		expect(mine.message).toBe('licence_recordal');
		// Later runs (every hour, every process) send nothing again.
		expect(await filings.notifyOverdueFilings(database, new Date(nextDay.getTime() + 30 * 24 * 3600 * 1000))).toBe(0);
		expect(await sentFor(demoDeal)).toBe(1);
	});

	it('lets no request choose the moment, which would send notifications early', async () => {
		for (const user of [demo.officer, demo.company])
			expect(
				await sqlState(
					asUser(database, user).query(sql`select app.notify_overdue_filings_at(now() + interval '1 year')`)
				)
			).toBe('42501');
	});

	it('keeps running after a failed run, logging it', async () => {
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		const failing = { query: async () => Promise.reject(new Error('database away')) } as unknown as Database;
		const scheduler = startOverdueFilingsScheduler(failing, { everyMs: 10 });
		await new Promise((resolve) => setTimeout(resolve, 45));
		await expect(scheduler.ran()).resolves.toBeUndefined();
		scheduler.stop();
		expect(logged.mock.calls.length).toBeGreaterThanOrEqual(2);
		expect(String(logged.mock.calls[0][0])).toContain('overdue filings not notified');
		logged.mockRestore();
	});
});
