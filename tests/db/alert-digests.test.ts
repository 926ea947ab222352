import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import { queueAlertDigests } from '../../src/lib/server/alert-digests.ts';
import { demo, driver, openTestDatabase } from './setup/database.ts';

// Times are passed in, never the real clock: a week in March 2027 (China Standard Time), long after
// anything the seed made, so only this file's notifications fall in its periods.
const china = (text: string) => new Date(`${text}+08:00`);

describe(`alert digests on ${driver}`, () => {
	let database: Database;
	let listings: string[];
	beforeAll(async () => {
		database = await openTestDatabase();
		const rows = await database.query<{ id: string }>(
			sql`select id from public.listings where status = 'published' order by id limit 3`
		);
		listings = rows.map((row) => row.id);
	});
	afterAll(() => database.close());

	async function notify(user: string, kind: string, listing: string | null, at: Date): Promise<number> {
		const [row] = await database.query<{ id: number }>(sql`
			insert into public.notifications (user_id, kind, listing_id, message, created_at)
			values (${user}, ${kind}, ${listing}, 'digest test', ${at}::timestamptz) returning id::int as id`);
		return row.id;
	}
	const digestsOf = (user: string) =>
		database.query<{ channel: string; ids: number[]; sendAfter: Date; payload: { frequency: string } }>(sql`
			select channel, notification_ids::int[] as ids, send_after as "sendAfter", payload
			from app.outbound_messages where kind = 'digest' and user_id = ${user} order by id`);

	it('makes one daily digest per user and channel, once, however many runs at once, one per listing', async () => {
		// The company user: saved searches and matches daily by email by default.
		const first = await notify(demo.company, 'saved_search_match', listings[0], china('2027-03-02T09:00:00'));
		await notify(demo.company, 'need_listing_match', listings[0], china('2027-03-02T10:00:00'));
		const second = await notify(demo.company, 'saved_search_match', listings[1], china('2027-03-03T07:59:59'));
		// Before the period, and after it: in other digests.
		await notify(demo.company, 'saved_search_match', listings[2], china('2027-03-02T07:59:59'));
		await notify(demo.company, 'saved_search_match', listings[2], china('2027-03-03T08:00:00'));
		// Told at once, not in a digest: an interest (deals).
		await notify(demo.company, 'interest_declined', listings[1], china('2027-03-02T12:00:00'));

		const runs = await Promise.all([1, 2, 3].map(() => queueAlertDigests(database, china('2027-03-03T08:05:00'))));
		expect(runs.reduce((sum, queued) => sum + queued, 0)).toBeGreaterThanOrEqual(1);
		const digests = await digestsOf(demo.company);
		expect(digests.map((digest) => [digest.channel, digest.ids, digest.payload.frequency])).toEqual([
			['email', [first, second], 'daily']
		]);
		expect(await queueAlertDigests(database, china('2027-03-03T20:00:00'))).toBe(0);
		expect(await digestsOf(demo.company)).toHaveLength(1);
	});

	it('holds a digest until quiet hours end, and sends a weekly one on Monday', async () => {
		await database.query(
			sql`insert into public.alert_settings (user_id, quiet_from, quiet_until) values (${demo.officer}, '07:00', '09:30')`
		);
		await database.query(sql`insert into public.alert_preferences (user_id, topic, channel, frequency) values
			(${demo.officer}, 'deals', 'email', 'weekly'), (${demo.officer}, 'deals', 'push', 'daily')`);
		const deal = await notify(demo.officer, 'interest_received', listings[0], china('2027-03-03T15:00:00'));
		await queueAlertDigests(database, china('2027-03-04T08:10:00'));
		const daily = await digestsOf(demo.officer);
		expect(daily.map((digest) => [digest.channel, digest.ids])).toEqual([['push', [deal]]]);
		expect(daily[0].sendAfter).toEqual(china('2027-03-04T09:30:00'));
		// The week from Monday 1 March 08:00 ends Monday 8 March 08:00.
		await queueAlertDigests(database, china('2027-03-08T07:59:00'));
		expect(await digestsOf(demo.officer)).toHaveLength(1);
		await queueAlertDigests(database, china('2027-03-08T08:00:00'));
		const weekly = (await digestsOf(demo.officer)).filter((digest) => digest.payload.frequency === 'weekly');
		expect(weekly.map((digest) => [digest.channel, digest.ids])).toEqual([['email', [deal]]]);
	});
});
