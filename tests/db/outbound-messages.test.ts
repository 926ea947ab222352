import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as outbound from '../../src/lib/server/outbound-messages.ts';
import { deliveryAttemptsAllowed } from '../../src/lib/rules/delivery-retry.ts';
import { asUser, demo, driver, openTestDatabase, sqlState } from './setup/database.ts';

// The queue of messages leaving by email and push (src/lib/server/outbound-messages.ts).

describe(`outbound messages on ${driver}`, () => {
	let database: Database;
	beforeAll(async () => {
		database = await openTestDatabase();
	});
	afterAll(() => database.close());

	const later = (from: Date, seconds: number) => new Date(from.getTime() + seconds * 1000);
	const settle = async (channel: outbound.Channel, now: Date) => {
		// Leaves nothing of earlier tests due on the channel.
		for (const message of await outbound.claimDueOutboundMessages(database, channel, { now, limit: 1000 }))
			await outbound.markOutboundMessageSent(database, message.id);
	};

	it('hands each due message to one worker only, however many claim at once', async () => {
		const now = new Date();
		await settle('push', later(now, 10 * 24 * 3600));
		const ids = await Promise.all(
			Array.from({ length: 30 }, () =>
				outbound.queueOutboundMessage(database, { channel: 'push', userId: demo.company, kind: 'notification' })
			)
		);
		const claims = await Promise.all(
			Array.from({ length: 5 }, () =>
				outbound.claimDueOutboundMessages(database, 'push', { now: later(now, 1), limit: 10 })
			)
		);
		const claimed = claims.flat().map((message) => message.id);
		expect(new Set(claimed).size).toBe(claimed.length);
		expect(claimed.sort((a, b) => a - b)).toEqual(ids.sort((a, b) => a - b));
		// Claimed and not yet settled: nobody else gets them until the lease ends.
		expect(await outbound.claimDueOutboundMessages(database, 'push', { now: later(now, 60) })).toEqual([]);
		const again = await outbound.claimDueOutboundMessages(database, 'push', { now: later(now, 200), limit: 100 });
		expect(again.map((message) => message.id).sort((a, b) => a - b)).toEqual(ids);
		expect(again.every((message) => message.attempts === 2)).toBe(true);
		for (const message of again) await outbound.markOutboundMessageSent(database, message.id);
		expect(await outbound.claimDueOutboundMessages(database, 'push', { now: later(now, 10_000), limit: 100 })).toEqual(
			[]
		);
	});

	it('waits before a message is due, and tries a failed one later, then gives up', async () => {
		const now = new Date();
		await settle('email', later(now, 10 * 24 * 3600));
		const id = await outbound.queueOutboundMessage(database, {
			channel: 'email',
			emailAddress: 'zhou.min@example.com',
			kind: 'team_invitation',
			payload: { organization: '渝新材料' },
			sendAfter: later(now, 3600)
		});
		expect(await outbound.claimDueOutboundMessages(database, 'email', { now })).toEqual([]);
		let moment = later(now, 3600);
		let outcome: 'retry' | 'given_up' = 'retry';
		for (let attempt = 1; outcome === 'retry'; attempt++) {
			const [message] = await outbound.claimDueOutboundMessages(database, 'email', { now: moment });
			expect(message).toMatchObject({ id, attempts: attempt, payload: { organization: '渝新材料' } });
			outcome = await outbound.markOutboundMessageFailed(database, message, 'SMTP 451', { now: moment });
			// Not again at once.
			expect(await outbound.claimDueOutboundMessages(database, 'email', { now: later(moment, 1) })).toEqual([]);
			moment = later(moment, 13 * 3600);
		}
		const [row] = await database.query<{ attempts: number; gaveUp: boolean; error: string }>(sql`
			select attempts, given_up_at is not null as "gaveUp", last_error as error from app.outbound_messages where id = ${id}`);
		expect(row).toEqual({ attempts: deliveryAttemptsAllowed, gaveUp: true, error: 'SMTP 451' });
		expect(await outbound.claimDueOutboundMessages(database, 'email', { now: later(now, 30 * 24 * 3600) })).toEqual([]);
	});

	it('gives up a permanent refusal at once', async () => {
		const now = new Date();
		await settle('push', later(now, 10 * 24 * 3600));
		await outbound.queueOutboundMessage(database, { channel: 'push', userId: demo.researcher, kind: 'notification' });
		const [message] = await outbound.claimDueOutboundMessages(database, 'push', { now: later(now, 1) });
		expect(await outbound.markOutboundMessageFailed(database, message, '410 Gone', { now, permanent: true })).toBe(
			'given_up'
		);
		expect(await outbound.claimDueOutboundMessages(database, 'push', { now: later(now, 10 * 24 * 3600) })).toEqual([]);
	});

	it('refuses a message with no recipient, or a push to a bare address', async () => {
		expect(await sqlState(outbound.queueOutboundMessage(database, { channel: 'email', kind: 'notification' }))).toBe(
			'23514'
		);
		expect(
			await sqlState(
				outbound.queueOutboundMessage(database, {
					channel: 'push',
					emailAddress: 'a@example.com',
					kind: 'notification'
				})
			)
		).toBe('23514');
	});

	it('is nobody’s to read from a request', async () => {
		expect(await sqlState(asUser(database, demo.company).query(sql`select * from app.outbound_messages`))).toBe(
			'42501'
		);
	});
});
