import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as subscriptions from '../../src/lib/server/push-subscriptions.ts';
import { asAnon, asUser, demo, driver, openTestDatabase, sqlState } from './setup/database.ts';
import { browserKeys } from './setup/push-service.ts';

// Devices with web push (src/lib/server/push-subscriptions.ts, app.save_push_subscription): each
// user's own, saved once per endpoint, and the first one turns push choices on.

describe(`push subscriptions on ${driver}`, () => {
	let database: Database;
	beforeAll(async () => {
		database = await openTestDatabase();
	});
	afterAll(() => database.close());

	const subscription = (endpoint: string) => {
		const keys = browserKeys();
		return { endpoint, p256dh: keys.p256dh, auth: keys.auth };
	};
	const pushChoices = (userId: string) =>
		database.query<{ topic: string; frequency: string }>(
			sql`select topic, frequency from public.alert_preferences where user_id = ${userId} and channel = 'push' order by topic`
		);

	it('saves a device once per endpoint, and the first one turns push on for the alert topics', async () => {
		const researcher = asUser(database, demo.researcher);
		// Choices made before any device: a digest is kept, 'never' becomes 'immediately'.
		await researcher.query(sql`insert into public.alert_preferences (topic, channel, frequency)
			values ('deals', 'push', 'daily'), ('matches', 'push', 'never'), ('deals', 'email', 'never')`);
		const phone = subscription('https://fcm.googleapis.com/fcm/send/researcher-phone');
		expect(await subscriptions.saveSubscription(researcher, phone, 'Chrome · Android')).toEqual({ firstDevice: true });
		expect(await pushChoices(demo.researcher)).toEqual([
			{ topic: 'deals', frequency: 'daily' },
			{ topic: 'matches', frequency: 'immediately' },
			{ topic: 'saved_searches', frequency: 'immediately' }
		]);
		// Replayed, and renewed with new keys: still one row, with the new keys.
		expect(await subscriptions.saveSubscription(researcher, phone, 'Chrome · Android')).toEqual({ firstDevice: false });
		const renewed = { ...subscription(phone.endpoint) };
		await subscriptions.saveSubscription(researcher, renewed, 'Chrome · Android');
		const stored = await subscriptions.listSubscriptionsOf(database, demo.researcher);
		expect(stored).toHaveLength(1);
		expect(stored[0]).toMatchObject({ p256dh: renewed.p256dh, auth: renewed.auth });
		// A second device leaves the choices the user has changed since alone.
		await researcher.query(
			sql`update public.alert_preferences set frequency = 'never' where topic = 'matches' and channel = 'push'`
		);
		const laptop = subscription('https://updates.push.services.mozilla.com/wpush/v2/researcher-laptop');
		expect(await subscriptions.saveSubscription(researcher, laptop, null)).toEqual({ firstDevice: false });
		expect((await pushChoices(demo.researcher)).find((choice) => choice.topic === 'matches')?.frequency).toBe('never');
		expect((await subscriptions.listOwnDevices(researcher)).map((device) => device.label)).toEqual([
			null,
			'Chrome · Android'
		]);
	});

	it('shows and removes a user’s own devices only', async () => {
		const company = asUser(database, demo.company);
		await subscriptions.saveSubscription(company, subscription('https://fcm.googleapis.com/fcm/send/company'), null);
		const [own] = await subscriptions.listOwnDevices(company);
		const researcherDevices = await subscriptions.listOwnDevices(asUser(database, demo.researcher));
		expect(researcherDevices.map((device) => device.id)).not.toContain(own.id);
		expect(await subscriptions.removeDevice(asUser(database, demo.researcher), own.id)).toBe('not_found');
		expect(await sqlState(asAnon(database).query(sql`select * from public.push_subscriptions`))).toBe('42501');
		expect(
			await sqlState(
				subscriptions.saveSubscription(asAnon(database), subscription('https://fcm.googleapis.com/fcm/send/anon'), null)
			)
		).toBe('42501');
		// Nobody writes rows directly, not even their own.
		const keys = browserKeys();
		expect(
			await sqlState(
				company.query(sql`insert into public.push_subscriptions (endpoint, p256dh, auth)
					values ('https://fcm.googleapis.com/fcm/send/direct', ${keys.p256dh}, ${keys.auth})`)
			)
		).toBe('42501');
		expect(await subscriptions.removeDevice(company, own.id)).toBe('removed');
		expect(await subscriptions.removeDevice(company, own.id)).toBe('not_found');
	});

	it('moves an endpoint to whoever subscribes that browser next', async () => {
		const shared = subscription('https://fcm.googleapis.com/fcm/send/shared-browser');
		await subscriptions.saveSubscription(asUser(database, demo.officer), shared, null);
		await subscriptions.saveSubscription(asUser(database, demo.admin), shared, null);
		expect(await subscriptions.listSubscriptionsOf(database, demo.officer)).toEqual([]);
		expect((await subscriptions.listSubscriptionsOf(database, demo.admin)).map((row) => row.endpoint)).toEqual([
			shared.endpoint
		]);
	});

	it('refuses endpoints and keys of the wrong shape', async () => {
		const admin = asUser(database, demo.admin);
		const good = subscription('https://fcm.googleapis.com/fcm/send/shape');
		for (const bad of [
			{ ...good, endpoint: 'http://push.example.com/x' },
			{ ...good, endpoint: 'https://push.example.com' },
			{ ...good, endpoint: 'ftp://push.example.com/x' },
			{ ...good, p256dh: good.p256dh.slice(1) },
			{ ...good, auth: `${good.auth}A` }
		])
			expect(await sqlState(subscriptions.saveSubscription(admin, bad, null)), JSON.stringify(bad)).toBe('23514');
		// The tests' local push service: plain http on loopback is a shape the database takes.
		expect(
			await subscriptions.saveSubscription(admin, { ...good, endpoint: 'http://127.0.0.1:5399/push/1' }, null)
		).toMatchObject({ firstDevice: expect.any(Boolean) });
	});
});
