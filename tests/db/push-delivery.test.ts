import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import webPush from 'web-push';
import type { Database } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as outbound from '../../src/lib/server/outbound-messages.ts';
import * as subscriptions from '../../src/lib/server/push-subscriptions.ts';
import { sendDuePushMessages } from '../../src/lib/server/push/push-worker.ts';
import type { VapidKeys } from '../../src/lib/server/push/vapid-keys.ts';
import type { PushPayload } from '../../src/lib/server/push/push-messages.ts';
import { inLocale } from '../../src/lib/server/app/in-locale.ts';
import { describeNotification } from '../../src/lib/notifications/describe.ts';
import { describedColumns, describedJoins } from '../../src/lib/server/notifications.ts';
import { asUser, demo, driver, openTestDatabase } from './setup/database.ts';
import {
	browserKeys,
	decryptPush,
	startLocalPushService,
	type BrowserKeys,
	type LocalPushService
} from './setup/push-service.ts';

// The push worker (src/lib/server/push/) against a push service on 127.0.0.1: what it posts is
// decrypted here with the keys a browser would hold, so the encryption is checked end to end.

describe(`web push delivery on ${driver}`, () => {
	let database: Database;
	let service: LocalPushService;
	const keys: VapidKeys = {
		...webPush.generateVAPIDKeys(),
		subject: 'mailto:ops@example.edu.cn',
		source: 'environment'
	};
	// A second ahead: a row queued this very millisecond (the database's clock has microseconds) is due.
	const worker = { keys, allowLoopback: true, now: () => new Date(Date.now() + 1000) };
	const devices = new Map<string, BrowserKeys>();

	beforeAll(async () => {
		database = await openTestDatabase();
		service = await startLocalPushService();
		// The researcher reads English, the company Chinese.
		await database.query(sql`update public.profiles set locale = 'en' where id = ${demo.researcher}`);
		await database.query(sql`update public.profiles set locale = 'zh-CN' where id = ${demo.company}`);
	});
	afterAll(async () => {
		await service.close();
		await database.close();
	});
	beforeEach(async () => {
		// Nothing of an earlier test stays due, and nobody has a device the test did not give them.
		const future = new Date(Date.now() + 30 * 24 * 3600 * 1000);
		for (const message of await outbound.claimDueOutboundMessages(database, 'push', { now: future, limit: 1000 }))
			await outbound.markOutboundMessageSent(database, message.id);
		await database.query(sql`delete from public.push_subscriptions`);
		service.received.length = 0;
	});

	async function addDevice(userId: string, path: string): Promise<string> {
		const browser = browserKeys();
		const endpoint = `${service.origin}${path}`;
		devices.set(endpoint, browser);
		await subscriptions.saveSubscription(
			asUser(database, userId),
			{ endpoint, p256dh: browser.p256dh, auth: browser.auth },
			'Chrome · Android'
		);
		return endpoint;
	}

	const opened = (path: string): PushPayload => {
		const push = service.received.find((received) => received.path === path);
		if (!push) throw new Error(`nothing was posted to ${path}`);
		expect(push.headers['content-encoding']).toBe('aes128gcm');
		// Signed with our VAPID key for this push service's origin.
		expect(push.headers.authorization).toMatch(
			new RegExp(`^vapid t=[\\w-]+\\.[\\w-]+\\.[\\w-]+, k=${keys.publicKey}$`)
		);
		return JSON.parse(decryptPush(push.body, devices.get(`${service.origin}${path}`)!));
	};

	const notificationsOf = (userId: string) =>
		database.query<{ id: number }>(
			sql`select id::int as id from public.notifications where user_id = ${userId} order by id`
		);

	const row = (id: number) =>
		database
			.query<{ sent: boolean; gaveUp: boolean; attempts: number; error: string | null }>(
				sql`select sent_at is not null as sent, given_up_at is not null as "gaveUp", attempts, last_error as error
				    from app.outbound_messages where id = ${id}`
			)
			.then((rows) => rows[0]);

	async function described(userId: string, id: number, locale: 'en' | 'zh-CN') {
		const [notification] = await database.query<Parameters<typeof describeNotification>[0]>(sql`
			select ${describedColumns} from public.notifications n ${describedJoins} where n.id = ${id} and n.user_id = ${userId}`);
		return inLocale(locale, () => describeNotification(notification));
	}

	it('encrypts a notification to each device, worded in its user’s language', async () => {
		await addDevice(demo.researcher, '/push/researcher-phone');
		await addDevice(demo.researcher, '/push/researcher-laptop');
		await addDevice(demo.company, '/push/company-phone');
		const [researcherNotification] = await notificationsOf(demo.researcher);
		const [companyNotification] = await notificationsOf(demo.company);
		const english = await outbound.queueOutboundMessage(database, {
			channel: 'push',
			userId: demo.researcher,
			kind: 'notification',
			notificationIds: [researcherNotification.id]
		});
		const chinese = await outbound.queueOutboundMessage(database, {
			channel: 'push',
			userId: demo.company,
			kind: 'notification',
			notificationIds: [companyNotification.id]
		});
		expect(await sendDuePushMessages(database, worker)).toEqual({ sent: 2, retried: 0, gaveUp: 0 });

		const inEnglish = await described(demo.researcher, researcherNotification.id, 'en');
		for (const path of ['/push/researcher-phone', '/push/researcher-laptop'])
			expect(opened(path)).toEqual({
				title: inEnglish.title,
				body: [inEnglish.link?.text, inEnglish.detail].filter(Boolean).join('\n'),
				url: inEnglish.link?.path ?? '/notifications',
				tag: `notification-${researcherNotification.id}`
			});
		const inChinese = await described(demo.company, companyNotification.id, 'zh-CN');
		const companyPush = opened('/push/company-phone');
		expect(companyPush).toMatchObject({ title: inChinese.title, url: inChinese.link?.path ?? '/notifications' });
		// Really two languages: the Chinese title is written in Chinese characters, the English one is not.
		expect(companyPush.title).toMatch(/\p{Script=Han}/u);
		expect(opened('/push/researcher-phone').title).not.toMatch(/\p{Script=Han}/u);
		expect(companyPush.url).toMatch(/^\/[^/]/);

		expect(await row(english)).toMatchObject({ sent: true, attempts: 1 });
		expect(await row(chinese)).toMatchObject({ sent: true, attempts: 1 });
		const [stamped] = await database.query<{ count: number }>(
			sql`select count(*)::int as count from public.push_subscriptions where last_sent_at is not null`
		);
		expect(stamped.count).toBe(3);
	});

	it('sends a digest as one push counting its alerts, linking to the inbox', async () => {
		await addDevice(demo.company, '/push/company-digest');
		await addDevice(demo.researcher, '/push/researcher-digest');
		const companyIds = (await notificationsOf(demo.company)).slice(0, 3).map((notification) => notification.id);
		const researcherIds = (await notificationsOf(demo.researcher)).slice(0, 2).map((notification) => notification.id);
		expect(companyIds).toHaveLength(3);
		expect(researcherIds).toHaveLength(2);
		await outbound.queueOutboundMessage(database, {
			channel: 'push',
			userId: demo.company,
			kind: 'digest',
			notificationIds: companyIds
		});
		await outbound.queueOutboundMessage(database, {
			channel: 'push',
			userId: demo.researcher,
			kind: 'digest',
			notificationIds: researcherIds
		});
		expect(await sendDuePushMessages(database, worker)).toMatchObject({ sent: 2 });
		expect(service.received).toHaveLength(2);
		expect(opened('/push/company-digest')).toMatchObject({ title: '3 条新提醒', url: '/notifications' });
		const english = opened('/push/researcher-digest');
		expect(english).toMatchObject({ title: '2 new alerts', url: '/notifications' });
		expect(english.body.split('\n')).toHaveLength(2);
	});

	it('forgets a device whose subscription is gone (410), and gives up when no device is left', async () => {
		await addDevice(demo.company, '/push/gone');
		service.answer('/push/gone', 410);
		const [notification] = await notificationsOf(demo.company);
		const id = await outbound.queueOutboundMessage(database, {
			channel: 'push',
			userId: demo.company,
			kind: 'notification',
			notificationIds: [notification.id]
		});
		expect(await sendDuePushMessages(database, worker)).toEqual({ sent: 0, retried: 0, gaveUp: 1 });
		expect(await subscriptions.listSubscriptionsOf(database, demo.company)).toEqual([]);
		expect(await row(id)).toMatchObject({ gaveUp: true, sent: false });
	});

	it('sends to the devices still there when another one is gone', async () => {
		await addDevice(demo.company, '/push/still-here');
		await addDevice(demo.company, '/push/gone-too');
		service.answer('/push/gone-too', 410);
		const [notification] = await notificationsOf(demo.company);
		const id = await outbound.queueOutboundMessage(database, {
			channel: 'push',
			userId: demo.company,
			kind: 'notification',
			notificationIds: [notification.id]
		});
		expect(await sendDuePushMessages(database, worker)).toMatchObject({ sent: 1 });
		const left = await subscriptions.listSubscriptionsOf(database, demo.company);
		expect(left.map((device) => device.endpoint)).toEqual([`${service.origin}/push/still-here`]);
		expect(await row(id)).toMatchObject({ sent: true });
	});

	it('tries again later when the push service fails (500), keeping the device', async () => {
		await addDevice(demo.company, '/push/broken');
		service.answer('/push/broken', 500);
		const [notification] = await notificationsOf(demo.company);
		const id = await outbound.queueOutboundMessage(database, {
			channel: 'push',
			userId: demo.company,
			kind: 'notification',
			notificationIds: [notification.id]
		});
		expect(await sendDuePushMessages(database, worker)).toEqual({ sent: 0, retried: 1, gaveUp: 0 });
		expect(await row(id)).toEqual({ sent: false, gaveUp: false, attempts: 1, error: 'push service answered 500' });
		// Not again at once, and the device stays.
		expect(await sendDuePushMessages(database, worker)).toEqual({ sent: 0, retried: 0, gaveUp: 0 });
		expect(await subscriptions.listSubscriptionsOf(database, demo.company)).toHaveLength(1);
		// Once the push service recovers, the retry arrives.
		service.answer('/push/broken', 201);
		const later = new Date(Date.now() + 24 * 3600 * 1000);
		expect(await sendDuePushMessages(database, { ...worker, now: () => later })).toMatchObject({ sent: 1 });
		expect(await row(id)).toMatchObject({ sent: true, attempts: 2 });
	});

	it('gives up at once, saying why, for a user with no device', async () => {
		const [notification] = await notificationsOf(demo.officer);
		const id = await outbound.queueOutboundMessage(database, {
			channel: 'push',
			userId: demo.officer,
			kind: 'notification',
			notificationIds: notification ? [notification.id] : []
		});
		expect(await sendDuePushMessages(database, worker)).toEqual({ sent: 0, retried: 0, gaveUp: 1 });
		expect(await row(id)).toEqual({
			sent: false,
			gaveUp: true,
			attempts: 1,
			error: 'the user has no device with push turned on'
		});
		expect(service.received).toHaveLength(0);
	});

	it('forgets a device whose key is no point on the curve, and posts nothing to it', async () => {
		await subscriptions.saveSubscription(
			asUser(database, demo.company),
			{ endpoint: `${service.origin}/push/off-curve`, p256dh: `B${'A'.repeat(86)}`, auth: 'A'.repeat(22) },
			null
		);
		const [notification] = await notificationsOf(demo.company);
		const id = await outbound.queueOutboundMessage(database, {
			channel: 'push',
			userId: demo.company,
			kind: 'notification',
			notificationIds: [notification.id]
		});
		expect(await sendDuePushMessages(database, worker)).toEqual({ sent: 0, retried: 0, gaveUp: 1 });
		expect(service.received).toHaveLength(0);
		expect(await subscriptions.listSubscriptionsOf(database, demo.company)).toEqual([]);
		expect(await row(id)).toMatchObject({ gaveUp: true });
	});

	it('never posts to a loopback endpoint unless allowed', async () => {
		await addDevice(demo.company, '/push/loopback');
		const [notification] = await notificationsOf(demo.company);
		await outbound.queueOutboundMessage(database, {
			channel: 'push',
			userId: demo.company,
			kind: 'notification',
			notificationIds: [notification.id]
		});
		expect(await sendDuePushMessages(database, { ...worker, allowLoopback: false })).toMatchObject({ gaveUp: 1 });
		expect(service.received).toHaveLength(0);
	});

	it('delivers each message once when two workers run at once', async () => {
		await addDevice(demo.company, '/push/busy');
		const ids = (await notificationsOf(demo.company)).map((notification) => notification.id);
		const queued = await Promise.all(
			Array.from({ length: 8 }, (_, index) =>
				outbound.queueOutboundMessage(database, {
					channel: 'push',
					userId: demo.company,
					kind: 'notification',
					notificationIds: [ids[index % ids.length]]
				})
			)
		);
		const runs = await Promise.all([sendDuePushMessages(database, worker), sendDuePushMessages(database, worker)]);
		expect(runs[0].sent + runs[1].sent).toBe(queued.length);
		expect(service.received).toHaveLength(queued.length);
		for (const id of queued) expect(await row(id)).toMatchObject({ sent: true, attempts: 1 });
	});
});
