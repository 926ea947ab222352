import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import { afterQuietHours } from '../../src/lib/rules/quiet-hours.ts';
import { demo, driver, openTestDatabase } from './setup/database.ts';

describe(`alert fan-out on ${driver}`, () => {
	let database: Database;
	beforeAll(async () => {
		database = await openTestDatabase();
	});
	afterAll(() => database.close());

	/** Makes notifications of a kind for a user in one statement; their ids. */
	async function notify(user: string, kind: string, count = 1): Promise<number[]> {
		const rows = await database.query<{ id: number }>(sql`
			insert into public.notifications (user_id, kind, message)
			select ${user}, ${kind}, 'fan-out ' || n from generate_series(1, ${count}) n returning id::int as id`);
		return rows.map((row) => row.id);
	}
	const messagesFor = (ids: number[]) =>
		database.query<{ channel: string; notificationIds: number[]; sendAfter: Date; createdAt: Date }>(sql`
			select m.channel, m.notification_ids::int[] as "notificationIds", m.send_after as "sendAfter", n.created_at as "createdAt"
			from app.outbound_messages m join public.notifications n on n.id = m.notification_ids[1]
			where m.kind = 'notification' and m.notification_ids && ${ids}::bigint[] order by m.notification_ids[1], m.channel`);

	it('queues a message per channel the user wants at once, and none for digests or never', async () => {
		// The officer: no choices, so deals by email at once, push never, saved searches daily.
		const [deal] = await notify(demo.officer, 'interest_received');
		expect((await messagesFor([deal])).map((row) => [row.channel, row.notificationIds])).toEqual([['email', [deal]]]);
		expect(await messagesFor(await notify(demo.officer, 'saved_search_match'))).toEqual([]);
		await database.query(sql`insert into public.alert_preferences (user_id, topic, channel, frequency) values
			(${demo.officer}, 'deals', 'push', 'immediately'), (${demo.officer}, 'deals', 'email', 'never'),
			(${demo.officer}, 'saved_searches', 'email', 'immediately')`);
		const [pushed] = await notify(demo.officer, 'deal_opened');
		expect((await messagesFor([pushed])).map((row) => row.channel)).toEqual(['push']);
		const [search] = await notify(demo.officer, 'saved_search_match');
		expect((await messagesFor([search])).map((row) => row.channel)).toEqual(['email']);
		expect((await messagesFor([search]))[0].sendAfter).toEqual((await messagesFor([search]))[0].createdAt);
	});

	it('holds a message until the user’s quiet hours end, also in a window past midnight', async () => {
		// A window from an hour before this moment to an hour after it (China time), which passes
		// midnight whenever this runs between 23:00 and 01:00: the message waits for its end.
		const [clock] = await database.query<{ from: string; until: string }>(sql`
			select to_char((now() at time zone 'Asia/Shanghai') - interval '1 hour', 'HH24:MI:SS') as from,
			       to_char((now() at time zone 'Asia/Shanghai') + interval '1 hour', 'HH24:MI:SS') as until`);
		await database.query(sql`insert into public.alert_settings (user_id, quiet_from, quiet_until)
			values (${demo.admin}, ${clock.from}::time, ${clock.until}::time)`);
		const [held] = await notify(demo.admin, 'interest_received');
		const [message] = await messagesFor([held]);
		expect(message.sendAfter).toEqual(afterQuietHours(message.createdAt, clock));
		expect(message.sendAfter.getTime()).toBeGreaterThan(message.createdAt.getTime());
	});

	it('computes quiet hours in SQL exactly as the rule does, on every quarter hour of a day', async () => {
		const windows = [
			{ from: '22:00', until: '07:30' },
			{ from: '12:00', until: '13:30' },
			{ from: '00:00', until: '06:00' },
			{ from: '23:59', until: '00:01' }
		];
		const moments = Array.from(
			{ length: 96 },
			(_, index) => new Date(Date.UTC(2026, 11, 31, 16, 7) + index * 15 * 60 * 1000)
		);
		for (const window of windows) {
			const rows = await database.query<{ due: Date; after: Date }>(sql`
				select due, app.after_quiet_hours(due, ${window.from}::time, ${window.until}::time) as after
				from unnest(${moments.map((moment) => moment.toISOString())}::text[]::timestamptz[]) due order by due`);
			expect(rows.map((row) => row.after.toISOString())).toEqual(
				moments.map((moment) => afterQuietHours(moment, window).toISOString())
			);
		}
	});

	it('queues the messages of a thousand notifications made in one statement', async () => {
		const ids = await notify(demo.researcher, 'interest_message', 1000);
		const messages = await messagesFor(ids);
		expect(messages).toHaveLength(1000);
		expect(new Set(messages.map((row) => row.notificationIds[0]))).toEqual(new Set(ids));
	});
});
